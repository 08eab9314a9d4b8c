import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database';
import { auditLog, users } from '../../db/schema';
import { AUDIT_CHAINS, computeEntryHash, GENESIS_HASH } from './audit-chain';
import type { AuditEvent, AuditOrigin } from './audit.events';

/**
 * Appends one event to the audit log inside the caller's transaction, so the event and the change it
 * describes commit or roll back together.
 *
 * Two round trips: `audit_chain_lock` (migration 0005) takes the chain's advisory transaction lock
 * (key 48151, chain) and returns the chain's last hash in one call; then the insert. The hash is
 * computed here, between the two, because it covers the previous hash. Holding the chain's lock until
 * commit makes id order within a chain equal to commit order.
 */
export async function appendAuditEvent(tx: Tx, origin: AuditOrigin, event: AuditEvent, at = new Date()): Promise<void> {
  const chain = chainOf(tx);
  // both drivers answer with { rows }
  const locked = (await tx.execute(sql`SELECT audit_chain_lock(${chain}::integer) AS hash`)) as unknown as { rows: { hash: string | null }[] };
  const last = locked.rows[0];
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content = {
    chain,
    at,
    actorUserId: origin.actorUserId,
    actorOrganisationId: origin.actorOrganisationId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    personId: event.personId,
    changes: event.changes ?? null,
    requestId: origin.requestId,
  };
  await tx.insert(auditLog).values({ ...content, prevHash, hash: computeEntryHash(prevHash, content) });
}

/**
 * The chain of a transaction: chosen at random on its first entry, the same for the rest. A transaction
 * that appends twice (a merge, a relation: one entry per person) then holds one chain's lock, not two:
 * two such transactions taking two random chains in opposite order deadlocked (PostgreSQL aborted one).
 * The last hash is still read on every append, under the lock, so the entries stay linked.
 */
const chainOfTransaction = new WeakMap<object, number>();
function chainOf(tx: Tx): number {
  let chain = chainOfTransaction.get(tx);
  if (chain === undefined) {
    chain = Math.floor(Math.random() * AUDIT_CHAINS);
    chainOfTransaction.set(tx, chain);
  }
  return chain;
}

export interface AuditFilter {
  personId?: string;
  actorUserId?: string;
  /** Only entries of this organisation's users (a manager's view). */
  organisationId?: string;
  beforeId?: number;
  limit: number;
}

/** Newest first; keyset pagination by id. */
export async function findAuditEntries(db: Db, filter: AuditFilter) {
  const conditions = [
    filter.personId ? eq(auditLog.personId, filter.personId) : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.organisationId ? eq(auditLog.actorOrganisationId, filter.organisationId) : undefined,
    filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined,
  ];
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorDisplayName: users.displayName,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      personId: auditLog.personId,
      changes: auditLog.changes,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}

export interface ChainReport {
  entries: number;
  chains: number;
  broken: { chain: number; id: number; reason: 'hash' | 'link' }[];
}

/** Walks every chain from its start and checks each entry's hash and its link to the previous one. */
export async function verifyAuditChains(db: Db, batchSize = 5000): Promise<ChainReport> {
  const report: ChainReport = { entries: 0, chains: 0, broken: [] };
  for (let chain = 0; chain < AUDIT_CHAINS; chain++) {
    let prevHash = GENESIS_HASH;
    let afterId = 0;
    let seen = false;
    for (;;) {
      const rows = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.chain, chain), sql`${auditLog.id} > ${afterId}`))
        .orderBy(auditLog.id)
        .limit(batchSize);
      for (const row of rows) {
        seen = true;
        report.entries++;
        if (row.prevHash !== prevHash) report.broken.push({ chain, id: row.id, reason: 'link' });
        const { id: _id, hash, prevHash: storedPrev, ...content } = row;
        if (computeEntryHash(storedPrev, content) !== hash) report.broken.push({ chain, id: row.id, reason: 'hash' });
        prevHash = hash;
        afterId = row.id;
      }
      if (rows.length < batchSize) break;
    }
    if (seen) report.chains++;
  }
  return report;
}
