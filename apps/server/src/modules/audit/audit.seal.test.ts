import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { auditLog } from '../../db/schema';
import { createTestDatabase } from '../../db/test-database';
import { appendAuditEvent, findLastCheckpoint } from './audit.repository';
import { sealAuditLog, type AuditAnchor } from './audit-sealer';
import { sealEverything, testAnchor, untilNoOlderTransactionRuns } from './audit.test-support';
import { verifyAuditLog } from './audit-verify';

const dir = mkdtempSync(join(tmpdir(), 'socrehab-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const anchorFor = () => testAnchor(join(dir, `checkpoints-${files++}.jsonl`));
const origin = (i: number) => ({ actorUserId: null, actorOrganisationId: null, requestId: `r-${i}`, clientAddress: '192.0.2.7' });

const sealAll = (database: Database, anchor: AuditAnchor) => sealEverything(database.db, anchor);

async function writeSome(database: Database, n: number, from = 0) {
  for (let i = from; i < from + n; i++) {
    await appendAuditEvent(database.db, origin(i), { action: 'view', entityType: 'person', entityId: `p-${i}`, personId: null, changes: { i, nested: { b: 1, a: [i] } } });
  }
}

describe('audit log: one INSERT per event, sealed in batches into a signed chain (HF-2.7, HF-4.4, GDPR Art. 32)', () => {
  let database: Database;
  const anchor = anchorFor();
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('seals concurrent appends, some rolled back, into one chain that matches its checkpoints', async () => {
    const { db } = database;
    const writers = Array.from({ length: 240 }, async (_, i) => {
      try {
        await db.transaction(async (tx) => {
          await appendAuditEvent(tx, origin(i), { action: 'view', entityType: 'person', entityId: `p-${i}`, personId: null, changes: { i } });
          if (i % 3 === 0) await appendAuditEvent(tx, origin(i), { action: 'search', entityType: 'person_search', entityId: null, personId: null });
          if (i % 10 === 7) throw new Error('rolled back');
        });
      } catch (error) {
        if ((error as Error).message !== 'rolled back') throw error;
      }
      if (i % 60 === 0) await sealAuditLog(db, anchor);
    });
    await Promise.all(writers);
    await sealAll(database, anchor);
    const report = await verifyAuditLog(db, anchor);
    expect(report.problems).toEqual([]);
    // 240 views, 80 searches; 24 transactions (i % 10 === 7) rolled back, 8 of them with a search too
    expect(report.entries).toBe(240 + 80 - 24 - 8);
    expect(report.sealed).toBe(report.entries);
    // every checkpoint in the table is in the file too, signed
    const lines = readFileSync(anchor.checkpointFile!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { seq: number; signature: string });
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: report.checkpoints }, (_, i) => i + 1));
    expect(lines.every((l) => /^[0-9a-f]{64}$/.test(l.signature))).toBe(true);
  });

  it('writes no checkpoint when nothing new was recorded, and the next one continues the chain', async () => {
    const before = await findLastCheckpoint(database.db);
    expect(await sealAuditLog(database.db, anchor)).toBeNull();
    await writeSome(database, 3);
    await sealAll(database, anchor);
    const after = await findLastCheckpoint(database.db);
    expect(after!.seq).toBeGreaterThan(before!.seq);
    expect(after!.entries).toBe(before!.entries + 3);
    expect((await verifyAuditLog(database.db, anchor)).problems).toEqual([]);
  });

  it('HF-2.7 a server with another key refuses to seal, so the log never holds checkpoints its verification calls forged', async () => {
    const before = await findLastCheckpoint(database.db);
    await writeSome(database, 2, 1000);
    await untilNoOlderTransactionRuns(database.db); // so the sealer has entries to seal, and checks its key
    const other = anchorFor();
    await expect(sealAuditLog(database.db, { ...other, key: Buffer.from('another key of at least thirty-two characters') })).rejects.toThrow(/checkpoint \d+ was signed with another key/);
    expect((await findLastCheckpoint(database.db))!.seq).toBe(before!.seq);
    await sealAll(database, anchor);
    expect((await verifyAuditLog(database.db, anchor)).problems).toEqual([]);
  });

  it('keeps the client address in every entry', async () => {
    const rows = await database.db.select({ clientAddress: auditLog.clientAddress }).from(auditLog);
    expect(rows.every((r) => r.clientAddress === '192.0.2.7')).toBe(true);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('never skips an entry committed after a later one (a long transaction, PostgreSQL server)', async () => {
    const { db } = database;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const hasWritten = new Promise<void>((resolve) => (started = resolve));
    const long = db.transaction(async (tx) => {
      await appendAuditEvent(tx, origin(1000), { action: 'view', entityType: 'person', entityId: 'long', personId: null });
      started();
      await held;
    });
    await hasWritten;
    await writeSome(database, 2, 2000); // committed while the long transaction (older) still runs
    await sealAuditLog(db, anchor);
    const whileRunning = await findLastCheckpoint(db);
    release();
    await long;
    await sealAll(database, anchor);
    const report = await verifyAuditLog(db, anchor);
    expect(report.problems).toEqual([]);
    expect(report.sealed).toBe(report.entries);
    // the seal taken while it ran covered neither the long transaction's entry nor the two after it
    expect(whileRunning!.entries).toBeLessThanOrEqual(report.entries - 3);
  });
});

describe('audit:verify detects what the append-only trigger cannot stop a superuser from doing', () => {
  async function sealedWorld() {
    const database = await createTestDatabase();
    const anchor = anchorFor();
    await writeSome(database, 10);
    await sealAll(database, anchor);
    await writeSome(database, 10, 10);
    await sealAll(database, anchor);
    expect((await verifyAuditLog(database.db, anchor)).problems).toEqual([]);
    // on a shared server a transaction running in another database may hold a seal back, so the entries can
    // take more than two checkpoints: the file says which were written, and the last one covers all 20
    const checkpoints = readFileSync(anchor.checkpointFile!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { seq: number; entries: number });
    expect(checkpoints.at(-1)!.entries).toBe(20);
    return { database, anchor, checkpoints };
  }

  it('refuses UPDATE, DELETE and TRUNCATE of the log and its checkpoints', async () => {
    const { database } = await sealedWorld();
    try {
      for (const statement of [
        "UPDATE audit_log SET action = 'export'", 'DELETE FROM audit_log', 'TRUNCATE audit_log',
        'DELETE FROM audit_checkpoints', 'TRUNCATE audit_checkpoints', 'DELETE FROM audit_log_identity',
      ]) await expect(database.runScript(statement)).rejects.toThrow(/append-only/);
    } finally {
      await database.close();
    }
  });

  it('reports the newest entries deleted as a cut', async () => {
    const { database, anchor, checkpoints } = await sealedWorld();
    try {
      await database.runScript(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
        DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 3);
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
      const report = await verifyAuditLog(database.db, anchor);
      expect(report.problems).toContainEqual({ kind: 'cut', seq: checkpoints.at(-1)!.seq, expected: 20, found: 17 });
    } finally {
      await database.close();
    }
  });

  it('reports an emptied table, and emptied checkpoints, from the checkpoint file', async () => {
    const { database, anchor, checkpoints } = await sealedWorld();
    try {
      await database.runScript(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_truncate; TRUNCATE audit_log;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_truncate;
        ALTER TABLE audit_checkpoints DISABLE TRIGGER audit_checkpoints_no_truncate; TRUNCATE audit_checkpoints;
        ALTER TABLE audit_checkpoints ENABLE TRIGGER audit_checkpoints_no_truncate;`);
      const report = await verifyAuditLog(database.db, anchor);
      expect(report.problems).toEqual([
        ...checkpoints.map((c) => ({ kind: 'checkpoint_missing', seq: c.seq })),
        ...checkpoints.map((c) => ({ kind: 'cut', seq: c.seq, expected: c.entries, found: 0 })),
      ]);
    } finally {
      await database.close();
    }
  });

  it('reports an altered entry as a different head, and a forged checkpoint by its signature', async () => {
    const { database, anchor, checkpoints } = await sealedWorld();
    try {
      await database.runScript(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
        UPDATE audit_log SET changes = '{"i": 99}' WHERE id = (SELECT min(id) FROM audit_log);
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
      // the first checkpoint's head no longer matches
      const first = checkpoints[0]!;
      expect((await verifyAuditLog(database.db, anchor)).problems).toContainEqual({ kind: 'head', seq: 1, expected: first.entries, found: first.entries });
      const file = anchor.checkpointFile!;
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      const forged = { ...JSON.parse(lines[1]!), entries: 5 };
      writeFileSync(file, `${lines[0]}\n${JSON.stringify(forged)}\n`);
      expect((await verifyAuditLog(database.db, anchor)).problems).toContainEqual({ kind: 'signature', seq: 2, source: 'file' });
      const otherKey = { ...anchor, key: Buffer.from('x'.repeat(32)) };
      expect((await verifyAuditLog(database.db, otherKey)).problems).toContainEqual({ kind: 'signature', seq: 1, source: 'table' });
    } finally {
      await database.close();
    }
  });

  it('still checks the entries written before migration 0016 by their old chains', async () => {
    const { database, anchor } = await sealedWorld();
    try {
      // an entry in the old form: chain, prev_hash and hash of its own, no transaction id
      await database.runScript(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
        INSERT INTO audit_log (chain, at, action, entity_type, prev_hash, hash, txid)
          VALUES (3, now(), 'view', 'person', '${'0'.repeat(64)}', 'not-a-hash', NULL);
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
      const problems = (await verifyAuditLog(database.db, anchor)).problems;
      expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['legacy_hash', 'head']));
    } finally {
      await database.close();
    }
  });
});

describe('the application role may only add to the log (migration 0016, docs/audit-log.md "Deployment")', () => {
  it.runIf(Boolean(process.env.TEST_DATABASE_URL))('revokes UPDATE, DELETE and TRUNCATE from the role named in socrehab.app_role (PostgreSQL server)', async () => {
    const database = await createTestDatabase();
    const role = `socrehab_app_${randomBytes(4).toString('hex')}`;
    const migration = readFileSync(fileURLToPath(new URL('../../../migrations/0016_audit_sealed_log.sql', import.meta.url)), 'utf8');
    const grantBlock = migration.slice(migration.indexOf('DO $$'));
    try {
      await database.runScript(`CREATE ROLE ${role}; SELECT set_config('socrehab.app_role', '${role}', true);\n${grantBlock}`);
      await database.runScript(`SET LOCAL ROLE ${role}; INSERT INTO audit_log (at, action, entity_type) VALUES (now(), 'view', 'person');`);
      for (const statement of ["UPDATE audit_log SET action = 'export'", 'DELETE FROM audit_log', 'TRUNCATE audit_log', 'DELETE FROM audit_checkpoints', 'TRUNCATE audit_checkpoints']) {
        await expect(database.runScript(`SET LOCAL ROLE ${role}; ${statement}`)).rejects.toThrow(/permission denied/);
      }
    } finally {
      await database.runScript(`DROP OWNED BY ${role}; DROP ROLE ${role};`).catch(() => {});
      await database.close();
    }
  });
});
