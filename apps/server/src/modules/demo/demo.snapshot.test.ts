import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openEmbeddedDatabase } from '../../db/database';
import { createTestDatabase } from '../../db/test-database';
import { demoSnapshot } from './demo.snapshot';

/**
 * Issue 16 — today's prepared demo world: kept once, read back the same day in Riga only, one kept at a time.
 * Only the embedded database's data folder is kept so (the server's demo is made by `npm run backup`).
 */
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('the prepared demo world (embedded database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'socrehab-snapshot-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves its day in Riga and starts a new database with the same content; keeping it removes the others', async () => {
    const morning = new Date('2026-12-07T06:30:00Z'); // 08:30 in Riga
    writeFileSync(join(dir, 'demo-2026-12-06-0123456789abcdef.tar.gz'), 'yesterday');
    const today = demoSnapshot(dir, morning);
    expect(today.read()).toBeNull();

    const source = await createTestDatabase();
    await source.db.execute(sql`INSERT INTO planning_regions (code, name_lv, name_en) VALUES ('demo-check', 'Pārbaude', 'Check')`);
    await today.keep(source);
    await source.close();
    expect(readdirSync(dir)).toEqual([today.file.split('/').pop()]);

    const prepared = demoSnapshot(dir, new Date('2026-12-07T21:30:00Z')).read(); // 23:30 in Riga: the same day
    expect(prepared).not.toBeNull();
    expect(demoSnapshot(dir, new Date('2026-12-07T22:30:00Z')).read()).toBeNull(); // 00:30 the next day in Riga
    const copy = await openEmbeddedDatabase(null, prepared!);
    const rows = (await copy.db.execute(sql`SELECT name_en FROM planning_regions WHERE code = 'demo-check'`)) as unknown as { rows: { name_en: string }[] };
    expect(rows.rows).toEqual([{ name_en: 'Check' }]);
    await copy.close();
  }, 120_000);
});
