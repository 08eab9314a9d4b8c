import { count } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { auditLog } from '../../db/schema';
import { findLastCheckpoint } from './audit.repository';
import { sealAuditLog, type AuditAnchor } from './audit-sealer';

/** A test's anchor: a fixed key, checkpoints in the database only unless a file is given. */
export const testAnchor = (checkpointFile: string | null = null): AuditAnchor => ({ key: Buffer.from('k'.repeat(32)), checkpointFile });

/**
 * Seals until a checkpoint covers every committed entry. On a shared server a transaction still running in
 * another database holds the oldest running transaction id back for a moment, and the seal waits for it.
 */
export async function sealEverything(db: Db, anchor: AuditAnchor): Promise<void> {
  const [row] = await db.select({ n: count() }).from(auditLog);
  for (let attempt = 0; attempt < 200; attempt++) {
    await sealAuditLog(db, anchor);
    if (((await findLastCheckpoint(db))?.entries ?? 0) >= row!.n) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the seal never covered every entry');
}
