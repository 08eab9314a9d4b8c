import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@socrehab/domain';
import type { Db, Tx, Reader } from '../../db/database';
import { auditCheckpoints, auditLog, auditLogIdentity, persons, users } from '../../db/schema';
import { visiblePersonsCondition } from '../access/person-scope.repository';
import { statementOf } from '../../db/statements';
import type { SealedContent, SignedCheckpoint } from './audit-chain';
import type { AuditEvent, AuditOrigin } from './audit.events';

/**
 * Appends one event to the audit log: one plain INSERT, no lock and no hash (migration 0016). Inside the
 * caller's transaction the event and the change it describes commit or roll back together; a read may
 * pass the database itself, and is answered only after its entry is stored. The sealer (audit-sealer.ts)
 * later folds the entry into the hash chain.
 */
export async function appendAuditEvent(tx: Reader, origin: AuditOrigin, event: AuditEvent, at = new Date()): Promise<void> {
  await appendStatement(tx).execute({
    at, actorUserId: origin.actorUserId, actorOrganisationId: origin.actorOrganisationId, action: event.action, entityType: event.entityType,
    entityId: event.entityId, personId: event.personId, changes: event.changes ?? null, requestId: origin.requestId, clientAddress: origin.clientAddress,
  });
}

/** The INSERT of one entry, built once per database handle (db/statements.ts): a search or a worklist appends one on every request. */
const appendStatement = (tx: Reader) => statementOf(tx, 'audit-append', () => tx.insert(auditLog).values({
  at: sql.placeholder('at'),
  actorUserId: sql.placeholder('actorUserId'),
  actorOrganisationId: sql.placeholder('actorOrganisationId'),
  action: sql.placeholder('action'),
  entityType: sql.placeholder('entityType'),
  entityId: sql.placeholder('entityId'),
  personId: sql.placeholder('personId'),
  changes: sql.placeholder('changes'),
  requestId: sql.placeholder('requestId'),
  clientAddress: sql.placeholder('clientAddress'),
}));

/**
 * The entry `appendAuditEvent` writes for a `view` of a person, as an `INSERT … SELECT` for each person id
 * `source` selects (as `id`), returning `person_id`: a read can record itself in the same statement (the
 * person page, HF-2.7) — nobody found, nothing recorded, nothing answered. The values may be placeholders
 * (`sql.placeholder`) of a statement built once; `at` as ISO 8601 text.
 */
export function personViewEntries(origin: { [K in keyof AuditOrigin]: unknown }, at: unknown, source: SQL): SQL {
  return sql`INSERT INTO audit_log (at, actor_user_id, actor_organisation_id, action, entity_type, entity_id, person_id, request_id, client_address)
    SELECT ${at}::timestamptz, ${origin.actorUserId}::uuid, ${origin.actorOrganisationId}::uuid, 'view', 'person', s.id::text, s.id, ${origin.requestId}, ${origin.clientAddress}
    FROM (${source}) s RETURNING person_id`;
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
      clientAddress: auditLog.clientAddress,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit);
}

/** Which of these persons the actor may read (the one access condition, access/person-scope.repository.ts). */
export async function findReadablePersonIds(db: Db, actor: Actor, today: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.select({ id: persons.id }).from(persons).where(and(inArray(persons.id, ids), visiblePersonsCondition(actor, today)));
  return new Set(rows.map((r) => r.id));
}

// ── Sealing and verifying (audit-sealer.ts) ─────────────────────────────────────────────────────────

/** The sealer's advisory lock: one sealer at a time, across processes. */
export async function lockSealer(tx: Tx): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(48151, -1)`);
}

export async function findLogId(db: Reader): Promise<string> {
  const [row] = await db.select({ logId: auditLogIdentity.logId }).from(auditLogIdentity).limit(1);
  if (!row) throw new Error('audit_log_identity is empty: the audit log has lost its identity (migration 0016 writes it)');
  return row.logId;
}

/** The oldest transaction still running: every transaction below it has committed or rolled back. */
export async function findOldestRunningTxid(tx: Tx): Promise<string> {
  // both drivers answer with { rows }
  const result = (await tx.execute(sql`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`)) as unknown as { rows: { xmin: string }[] };
  return result.rows[0]!.xmin;
}

const checkpointColumns = {
  seq: auditCheckpoints.seq,
  upToTxid: sql<string>`${auditCheckpoints.upToTxid}::text`,
  entries: auditCheckpoints.entries,
  head: auditCheckpoints.head,
  sealedAt: auditCheckpoints.sealedAt,
  signature: auditCheckpoints.signature,
};

export async function findLastCheckpoint(db: Reader) {
  const [row] = await db.select(checkpointColumns).from(auditCheckpoints).orderBy(desc(auditCheckpoints.seq)).limit(1);
  return row ?? null;
}

export async function findCheckpoints(db: Db) {
  return db.select(checkpointColumns).from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq));
}

export async function insertCheckpoint(tx: Tx, checkpoint: SignedCheckpoint): Promise<void> {
  await tx.insert(auditCheckpoints).values({
    seq: checkpoint.seq,
    upToTxid: sql`${checkpoint.upToTxid}::xid8` as unknown as string,
    entries: checkpoint.entries,
    head: checkpoint.head,
    sealedAt: new Date(checkpoint.sealedAt),
    signature: checkpoint.signature,
  });
}

const sealedColumns = {
  id: auditLog.id,
  txid: sql<string | null>`${auditLog.txid}::text`,
  at: auditLog.at,
  actorUserId: auditLog.actorUserId,
  actorOrganisationId: auditLog.actorOrganisationId,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  personId: auditLog.personId,
  changes: auditLog.changes,
  requestId: auditLog.requestId,
  clientAddress: auditLog.clientAddress,
};
export type SealedRow = SealedContent & { txid: string | null };

/** A position in the sealed chain's order: (txid, id), entries before migration 0016 (txid NULL) first. */
export interface ChainCursor {
  txid: string | null;
  id: number;
}

/**
 * The next page of the chain after `after` (from the start when null), up to the transaction `belowTxid`
 * (exclusive; no bound when null). Entries before migration 0016 come first, in id order.
 */
export async function findChainPage(db: Reader, after: ChainCursor | null, belowTxid: string | null, limit: number): Promise<SealedRow[]> {
  const below = belowTxid === null ? undefined : sql`${auditLog.txid} < ${belowTxid}::xid8`;
  if (!after || after.txid === null) {
    const legacy = await db.select(sealedColumns).from(auditLog)
      .where(and(isNull(auditLog.txid), after ? sql`${auditLog.id} > ${after.id}` : undefined))
      .orderBy(asc(auditLog.id)).limit(limit);
    if (legacy.length) return legacy;
    return db.select(sealedColumns).from(auditLog).where(and(isNotNull(auditLog.txid), below))
      .orderBy(asc(auditLog.txid), asc(auditLog.id)).limit(limit);
  }
  return db.select(sealedColumns).from(auditLog)
    .where(and(sql`(${auditLog.txid}, ${auditLog.id}) > (${after.txid}::xid8, ${after.id})`, below))
    .orderBy(asc(auditLog.txid), asc(auditLog.id)).limit(limit);
}

/** Entries before migration 0016, one old chain at a time, from `afterId`. */
export async function findLegacyChainPage(db: Db, chain: number, afterId: number, limit: number) {
  return db.select().from(auditLog)
    .where(and(eq(auditLog.chain, chain), sql`${auditLog.id} > ${afterId}`))
    .orderBy(asc(auditLog.id)).limit(limit);
}

export async function findLegacyChains(db: Db): Promise<number[]> {
  const rows = await db.selectDistinct({ chain: auditLog.chain }).from(auditLog).where(isNotNull(auditLog.chain));
  return rows.map((r) => r.chain!).sort((a, b) => a - b);
}

/** The entries of these actions about a person, newest first, with the actor's name (a person's history). */
export function findEntriesOfPerson(db: Db, personId: string, actions: readonly string[], limit: number) {
  return db
    .select({ id: auditLog.id, at: auditLog.at, actorId: users.id, actorName: users.displayName, action: auditLog.action, changes: auditLog.changes })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.personId, personId), inArray(auditLog.action, [...actions])))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
