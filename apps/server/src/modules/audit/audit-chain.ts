import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The tamper evidence of the audit log (HF-2.7, HF-4.4; GDPR Art. 32): the sealer folds the entries, in
 * order of (transaction id, id), into one hash chain and signs a checkpoint of its head, as a Certificate
 * Transparency log signs its tree heads. Hashing and signing happen in Node (node:crypto), not in SQL.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry's link in the sealed chain covers: everything recorded about the event. */
export interface SealedContent {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  changes: unknown;
  requestId: string | null;
  clientAddress: string | null;
}

/** The chain's head after `entry`: sha256 of the previous head and the entry's canonical content. */
export function nextHead(prevHead: string, entry: SealedContent): string {
  return createHash('sha256').update(prevHead).update(canonicalJson({ ...entry, at: entry.at.toISOString() })).digest('hex');
}

/** A signed statement: the first `entries` entries of log `logId` (those below `upToTxid`) end in `head`. */
export interface Checkpoint {
  logId: string;
  seq: number;
  /** Every entry of a transaction below this id is covered; no such transaction can still commit. */
  upToTxid: string;
  entries: number;
  head: string;
  sealedAt: string;
}

export interface SignedCheckpoint extends Checkpoint {
  signature: string;
}

export function signCheckpoint(key: Buffer, checkpoint: Checkpoint): SignedCheckpoint {
  return { ...checkpoint, signature: hmac(key, checkpoint) };
}

export function hasValidSignature(key: Buffer, checkpoint: SignedCheckpoint): boolean {
  const { signature, ...signed } = checkpoint;
  const expected = Buffer.from(hmac(key, signed), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function hmac(key: Buffer, checkpoint: Checkpoint): string {
  const { logId, seq, upToTxid, entries, head, sealedAt } = checkpoint;
  return createHmac('sha256', key).update(canonicalJson({ logId, seq, upToTxid, entries, head, sealedAt })).digest('hex');
}

/** Entries written before migration 0016 carry their own link in one of 16 chains. */
export type LegacyChainedContent = Omit<SealedContent, 'id' | 'clientAddress'> & { chain: number };

export function computeLegacyEntryHash(prevHash: string, entry: LegacyChainedContent): string {
  const content = canonicalJson({ ...entry, at: entry.at.toISOString(), prevHash });
  return createHash('sha256').update(content).digest('hex');
}

/** JSON with object keys sorted at every depth, so jsonb's key reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
