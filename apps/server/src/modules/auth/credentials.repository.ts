import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { users } from '../../db/schema';

/** The only file with SQL for a user's credentials: found by sign-in e-mail or id, the password set. */

export async function getUserByEmail(db: Db, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return user ?? null;
}

export async function getUserById(db: Db, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export async function setPassword(tx: Tx, userId: string, passwordHash: string, changedAt: string) {
  await tx.update(users).set({ passwordHash, passwordChangedAt: changedAt }).where(eq(users.id, userId));
}
