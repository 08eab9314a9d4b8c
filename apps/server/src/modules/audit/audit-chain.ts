import { createHash } from 'node:crypto';

/**
 * The tamper evidence of the audit log: every entry's hash covers its content and the hash of the
 * previous entry of its chain. Hashing happens in Node (the embedded database's pgcrypto is unreliable).
 */
export const GENESIS_HASH = '0'.repeat(64);
/** Entries are spread over this many independent chains so concurrent writers rarely wait. */
export const AUDIT_CHAINS = 16;

export interface ChainedContent {
  chain: number;
  at: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  changes: unknown;
  requestId: string | null;
}

export function computeEntryHash(prevHash: string, entry: ChainedContent): string {
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
