import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/database';
import { municipalities, programmes } from '../../../db/schema';

/** The only file with SQL for the printed documents: the reference rows a letter names. */

export async function getProgramme(tx: Tx, code: string) {
  const [row] = await tx.select().from(programmes).where(eq(programmes.code, code));
  return row!;
}

export async function getMunicipality(tx: Tx, atvk: string) {
  const [row] = await tx.select().from(municipalities).where(eq(municipalities.atvk, atvk));
  return row ?? null;
}
