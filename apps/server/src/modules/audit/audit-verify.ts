import type { Db } from '../../db/database';
import { computeLegacyEntryHash, GENESIS_HASH, hasValidSignature, nextHead, type SignedCheckpoint } from './audit-chain';
import { findChainPage, findCheckpoints, findLegacyChainPage, findLegacyChains, findLogId, type ChainCursor } from './audit.repository';
import { readCheckpointFile, type AuditAnchor } from './audit-sealer';

/** What `audit:verify` found wrong; each names where. */
export type AuditProblem =
  /** fewer entries up to a checkpoint than it says: entries were deleted (the newest, or the table emptied) */
  | { kind: 'cut'; seq: number; expected: number; found: number }
  /** as many entries or more, but the chain ends elsewhere: an entry was altered, added or reordered */
  | { kind: 'head'; seq: number; expected: number; found: number }
  | { kind: 'signature'; seq: number; source: 'table' | 'file' }
  /** a checkpoint in the file that the table lacks or states differently */
  | { kind: 'checkpoint_missing'; seq: number }
  | { kind: 'checkpoint_differs'; seq: number }
  | { kind: 'file_unreadable'; line: number }
  /** an entry from before migration 0016 whose own hash or link in its old chain is wrong */
  | { kind: 'legacy_hash' | 'legacy_link'; chain: number; id: number };

export interface AuditReport {
  entries: number;
  /** entries a checkpoint covers; the rest were written after the last seal */
  sealed: number;
  checkpoints: number;
  /** the newest checkpoint's claim, for the report */
  lastCheckpoint: SignedCheckpoint | null;
  problems: AuditProblem[];
}

const PAGE = 5000;

/**
 * Recomputes the sealed chain from the entries and compares it with every checkpoint, from the table and
 * from the file outside the database (each checked against the signing key). Deleting the newest entries
 * or emptying the table leaves fewer entries than a checkpoint says; an altered entry, a different head.
 */
export async function verifyAuditLog(db: Db, anchor: AuditAnchor): Promise<AuditReport> {
  const problems: AuditProblem[] = [];
  const logId = await findLogId(db);
  const fromTable: SignedCheckpoint[] = (await findCheckpoints(db)).map((c) => ({ ...c, logId, sealedAt: c.sealedAt.toISOString() }));
  const file = anchor.checkpointFile ? readCheckpointFile(anchor.checkpointFile, logId) : { checkpoints: [], unreadableLines: [] };
  for (const line of file.unreadableLines) problems.push({ kind: 'file_unreadable', line });

  const bySeq = new Map<number, SignedCheckpoint>();
  for (const c of fromTable) {
    if (!hasValidSignature(anchor.key, c)) problems.push({ kind: 'signature', seq: c.seq, source: 'table' });
    bySeq.set(c.seq, c);
  }
  for (const c of file.checkpoints) {
    if (!hasValidSignature(anchor.key, c)) {
      problems.push({ kind: 'signature', seq: c.seq, source: 'file' });
      continue;
    }
    const inTable = bySeq.get(c.seq);
    if (!inTable) {
      problems.push({ kind: 'checkpoint_missing', seq: c.seq });
      bySeq.set(c.seq, c);
    } else if (inTable.upToTxid !== c.upToTxid || inTable.entries !== c.entries || inTable.head !== c.head) {
      problems.push({ kind: 'checkpoint_differs', seq: c.seq });
      // the file is the anchor: hold the chain to what it says
      bySeq.set(c.seq, c);
    }
  }
  const checkpoints = [...bySeq.values()].sort((a, b) => a.seq - b.seq);

  let head = GENESIS_HASH;
  let entries = 0;
  let sealed = 0;
  let next = 0;
  const compare = (checkpoint: SignedCheckpoint) => {
    if (entries < checkpoint.entries) problems.push({ kind: 'cut', seq: checkpoint.seq, expected: checkpoint.entries, found: entries });
    else if (entries !== checkpoint.entries || head !== checkpoint.head) problems.push({ kind: 'head', seq: checkpoint.seq, expected: checkpoint.entries, found: entries });
    sealed = entries;
  };
  let cursor: ChainCursor | null = null;
  for (;;) {
    const rows = await findChainPage(db, cursor, null, PAGE);
    if (!rows.length) break;
    for (const { txid, ...entry } of rows) {
      // checkpoints whose range ends before this entry's transaction
      while (next < checkpoints.length && txid !== null && BigInt(txid) >= BigInt(checkpoints[next]!.upToTxid)) compare(checkpoints[next++]!);
      head = nextHead(head, entry);
      entries++;
    }
    const lastRow = rows.at(-1)!;
    cursor = { txid: lastRow.txid, id: lastRow.id };
  }
  while (next < checkpoints.length) compare(checkpoints[next++]!);

  problems.push(...(await verifyLegacyChains(db)));
  return { entries, sealed, checkpoints: checkpoints.length, lastCheckpoint: checkpoints.at(-1) ?? null, problems };
}

/** Entries written before migration 0016: each old chain from its start, every hash and link. */
async function verifyLegacyChains(db: Db): Promise<AuditProblem[]> {
  const problems: AuditProblem[] = [];
  for (const chain of await findLegacyChains(db)) {
    let prevHash = GENESIS_HASH;
    let afterId = 0;
    for (;;) {
      const rows = await findLegacyChainPage(db, chain, afterId, PAGE);
      for (const row of rows) {
        if (row.prevHash !== prevHash) problems.push({ kind: 'legacy_link', chain, id: row.id });
        const content = {
          chain, at: row.at, actorUserId: row.actorUserId, actorOrganisationId: row.actorOrganisationId, action: row.action,
          entityType: row.entityType, entityId: row.entityId, personId: row.personId, changes: row.changes, requestId: row.requestId,
        };
        if (computeLegacyEntryHash(row.prevHash ?? '', content) !== row.hash) problems.push({ kind: 'legacy_hash', chain, id: row.id });
        prevHash = row.hash ?? '';
        afterId = row.id;
      }
      if (rows.length < PAGE) break;
    }
  }
  return problems;
}
