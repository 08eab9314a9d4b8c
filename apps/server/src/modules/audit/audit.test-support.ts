import { count, sql } from 'drizzle-orm';
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

/**
 * The sealer covers only the transactions below the oldest one still running on the whole server (HF-2.7), and other
 * test files' transactions run there at the same time: wait until every entry written so far is below that line, so one
 * checkpoint seals them all. The embedded database runs nothing else.
 */
export async function untilNoOlderTransactionRuns(db: Db): Promise<void> {
  const horizon = async () => ((await db.execute(sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, (SELECT max(txid)::text FROM audit_log) AS last`)) as unknown as { rows: { xmin: string; last: string }[] }).rows[0]!;
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const { xmin, last } = await horizon();
    if (BigInt(xmin) > BigInt(last)) return;
  }
  throw new Error('a transaction older than the audit entries kept running for two minutes');
}
