import { and, asc, desc, eq } from 'drizzle-orm';
import type { Tx, Reader } from '../../../db/database';
import { cooperationProtocols, users } from '../../../db/schema';

/** The only file with SQL for HF-3.4.6 cooperation protocols: every version is a row, none is changed. */

export type ProtocolRow = typeof cooperationProtocols.$inferSelect;

export async function insertProtocolVersion(tx: Tx, values: typeof cooperationProtocols.$inferInsert) {
  const [row] = await tx.insert(cooperationProtocols).values(values).returning();
  return row!;
}

/** Every version of every protocol of a case with the recorder's name: by meeting day, then version (oldest first). */
export async function findProtocolVersionsOfCase(db: Reader, caseId: string) {
  return db
    .select({ protocol: cooperationProtocols, recordedByName: users.displayName })
    .from(cooperationProtocols)
    .leftJoin(users, eq(users.id, cooperationProtocols.recordedBy))
    .where(eq(cooperationProtocols.caseId, caseId))
    .orderBy(asc(cooperationProtocols.protocolId), asc(cooperationProtocols.version));
}

/** The newest version of one protocol of a case. */
export async function getLatestProtocolVersion(db: Reader, caseId: string, protocolId: string) {
  const [row] = await db.select().from(cooperationProtocols)
    .where(and(eq(cooperationProtocols.caseId, caseId), eq(cooperationProtocols.protocolId, protocolId)))
    .orderBy(desc(cooperationProtocols.version)).limit(1);
  return row ?? null;
}
