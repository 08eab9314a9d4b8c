import { randomBytes } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { GENESIS_HASH, hasValidSignature, nextHead, signCheckpoint, type SignedCheckpoint } from './audit-chain';
import { findChainPage, findLastCheckpoint, findLogId, findOldestRunningTxid, insertCheckpoint, lockSealer, type ChainCursor } from './audit.repository';

/** Where checkpoints are signed with and anchored to, outside the audit table. */
export interface AuditAnchor {
  key: Buffer;
  /** The append-only checkpoint file; null keeps the checkpoints in the database only (tests). */
  checkpointFile: string | null;
}

/**
 * The signing key and the checkpoint file from the configuration. Without AUDIT_SIGNING_KEY a key is
 * generated once and kept beside the data folder (the embedded demo); production configures its own,
 * and keeps the checkpoint file where the database's administrators cannot rewrite it (docs/deployment.md).
 */
export function resolveAuditAnchor(config: Config): AuditAnchor {
  const beside = dirname(config.DATA_DIR);
  return {
    key: config.AUDIT_SIGNING_KEY ? Buffer.from(config.AUDIT_SIGNING_KEY, 'utf8') : keptKey(join(beside, 'audit-signing.key')),
    checkpointFile: config.AUDIT_CHECKPOINT_FILE ?? join(beside, 'audit-checkpoints.jsonl'),
  };
}

/** A secret generated once into `file` (0600) and read from it after; two processes at once keep the first's. */
export function keptKey(file: string): Buffer {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // another process created it first: use theirs
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

const PAGE = 5000;
/**
 * Entries hashed before the requests waiting meanwhile are answered: 5 000 entries are 35–80 ms of hashing, which
 * every request in flight waited for, every few seconds under load (issue 16); 500 are 4–8 ms.
 */
const HASHES_BETWEEN_REQUESTS = 500;

/** The log's last checkpoint was signed with another key than this server's. */
export class AuditKeyMismatch extends Error {
  constructor(seq: number) {
    super(`the audit log's checkpoint ${seq} was signed with another key than this server's: start it with the key that signed the log (AUDIT_SIGNING_KEY, or the audit-signing.key beside the DATA_DIR of the server that sealed it); nothing is sealed meanwhile`);
    this.name = 'AuditKeyMismatch';
  }
}

/**
 * Folds the entries written since the last checkpoint into the chain and writes the next signed
 * checkpoint: in the database, then appended to the checkpoint file. Covers every entry of the
 * transactions below the oldest one still running, so a late commit is never skipped (migration 0016).
 * Returns null when there was nothing new to seal.
 */
export async function sealAuditLog(db: Db, anchor: AuditAnchor, now = new Date()): Promise<SignedCheckpoint | null> {
  const checkpoint = await db.transaction(async (tx) => {
    await lockSealer(tx);
    const last = await findLastCheckpoint(tx);
    const upToTxid = await findOldestRunningTxid(tx);
    if (last && BigInt(upToTxid) <= BigInt(last.upToTxid)) return null;
    let head = last?.head ?? GENESIS_HASH;
    let entries = last?.entries ?? 0;
    let cursor: ChainCursor | null = last ? { txid: last.upToTxid, id: 0 } : null;
    let added = 0;
    for (;;) {
      const rows = await findChainPage(tx, cursor, upToTxid, PAGE);
      if (!rows.length) break;
      for (const [i, { txid: _txid, ...entry }] of rows.entries()) {
        head = nextHead(head, entry);
        if (i % HASHES_BETWEEN_REQUESTS === HASHES_BETWEEN_REQUESTS - 1) await new Promise((resolve) => setImmediate(resolve));
      }
      entries += rows.length;
      added += rows.length;
      const lastRow = rows.at(-1)!;
      cursor = { txid: lastRow.txid, id: lastRow.id };
    }
    if (!added) return null;
    const logId = await findLogId(tx);
    // HF-2.7 one key per log: a server started with another key (another DATA_DIR's generated one) would sign
    // checkpoints the log's verification then calls forged; it refuses to seal, and says why, instead
    if (last && !hasValidSignature(anchor.key, { ...last, logId, sealedAt: last.sealedAt.toISOString() })) throw new AuditKeyMismatch(last.seq);
    const signed = signCheckpoint(anchor.key, {
      logId, seq: (last?.seq ?? 0) + 1, upToTxid, entries, head, sealedAt: now.toISOString(),
    });
    await insertCheckpoint(tx, signed);
    return signed;
  });
  // after the commit, so the file never names a checkpoint the database does not have
  if (checkpoint && anchor.checkpointFile) appendCheckpointLine(anchor.checkpointFile, checkpoint);
  return checkpoint;
}

function appendCheckpointLine(file: string, checkpoint: SignedCheckpoint): void {
  mkdirSync(dirname(file), { recursive: true });
  // one write of one line in append mode, then flushed to disk
  const fd = openSync(file, 'a', 0o600);
  try {
    appendFileSync(fd, `${JSON.stringify(checkpoint)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The checkpoints of log `logId` in the checkpoint file (a missing file has none). */
export function readCheckpointFile(file: string, logId: string): { checkpoints: SignedCheckpoint[]; unreadableLines: number[] } {
  if (!existsSync(file)) return { checkpoints: [], unreadableLines: [] };
  const checkpoints: SignedCheckpoint[] = [];
  const unreadableLines: number[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = JSON.parse(line) as SignedCheckpoint;
      if (parsed.logId === logId) checkpoints.push(parsed);
    } catch {
      unreadableLines.push(i + 1);
    }
  });
  return { checkpoints, unreadableLines };
}

/**
 * Seals every `seconds` in this process and once more when stopped (at shutdown), so what was recorded
 * before a clean stop is covered by a checkpoint. A failed seal is logged and retried on the next tick.
 */
export function startAuditSealer(db: Db, anchor: AuditAnchor, seconds: number, log: { error: (o: object, msg: string) => void }) {
  let running: Promise<unknown> = Promise.resolve();
  const seal = () => {
    running = running.then(() => sealAuditLog(db, anchor)).catch((error: unknown) => log.error({ err: error }, 'audit seal failed'));
    return running;
  };
  const timer = setInterval(() => void seal(), seconds * 1000);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await seal();
    },
  };
}
