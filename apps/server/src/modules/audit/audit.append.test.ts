import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, sql } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { auditLog } from '../../db/schema';
import { createTestDatabase } from '../../db/test-database';
import { AUDIT_CHAINS, GENESIS_HASH } from './audit-chain';
import { appendAuditEvent, verifyAuditChains } from './audit.repository';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const origin = (i: number) => ({ actorUserId: null, actorOrganisationId: null, requestId: `r-${i}` });

describe('audit append (lock and last hash in one call, then the insert)', () => {
  it('keeps every chain verifiable after many concurrent appends, some of them rolled back', async () => {
    const { db } = database;
    const before = (await verifyAuditChains(db)).entries;
    const writers = Array.from({ length: 240 }, async (_, i) => {
      try {
        await db.transaction(async (tx) => {
          await appendAuditEvent(tx, origin(i), { action: 'view', entityType: 'person', entityId: `p-${i}`, personId: null, changes: { i, nested: { b: 1, a: [i] } } });
          if (i % 3 === 0) await appendAuditEvent(tx, origin(i), { action: 'search', entityType: 'person_search', entityId: null, personId: null });
          if (i % 10 === 7) throw new Error('rolled back');
        });
      } catch (error) {
        if ((error as Error).message !== 'rolled back') throw error;
      }
    });
    await Promise.all(writers);
    const report = await verifyAuditChains(db);
    expect(report.broken).toEqual([]);
    // 240 views, 80 searches; 24 transactions (i % 10 === 7) rolled back, 8 of them with a search too
    expect(report.entries - before).toBe(240 + 80 - 24 - 8);
    expect(report.chains).toBeGreaterThan(1);
    // a transaction's entries share one chain, so two transactions never wait on each other's second lock
    const rows = await db.select({ chain: auditLog.chain, requestId: auditLog.requestId }).from(auditLog);
    const chainsOfRequest = new Map<string | null, Set<number>>();
    for (const r of rows) chainsOfRequest.set(r.requestId, (chainsOfRequest.get(r.requestId) ?? new Set()).add(r.chain));
    expect([...chainsOfRequest.values()].every((chains) => chains.size === 1)).toBe(true);
  });

  it('starts a chain from the genesis hash and links each entry to the one before it', async () => {
    const rows = await database.db.select().from(auditLog).orderBy(asc(auditLog.chain), asc(auditLog.id));
    for (let chain = 0; chain < AUDIT_CHAINS; chain++) {
      const mine = rows.filter((r) => r.chain === chain);
      if (!mine.length) continue;
      expect(mine[0]!.prevHash).toBe(GENESIS_HASH);
      for (let i = 1; i < mine.length; i++) expect(mine[i]!.prevHash).toBe(mine[i - 1]!.hash);
    }
  });

  it('reports an altered entry (the verifier still detects tampering)', async () => {
    const { db } = database;
    await expect(db.execute(sql`UPDATE audit_log SET action = 'export' WHERE id = (SELECT min(id) FROM audit_log)`)).rejects.toThrow();
    // the append-only trigger stays: tamper the way only a superuser could, with the trigger disabled
    await database.runScript(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
      UPDATE audit_log SET action = 'export' WHERE id = (SELECT min(id) FROM audit_log);
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;`);
    const report = await verifyAuditChains(db);
    expect(report.broken).toHaveLength(1);
    expect(report.broken[0]!.reason).toBe('hash');
  });
});
