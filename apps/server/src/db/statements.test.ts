import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServerDatabase, type Database } from './database';
import { programmes } from './schema';
import { statementOf } from './statements';
import { createTestDatabase } from './test-database';
import { withDatabase } from './test-global-setup';

/** Issue 16: a hot path's statement is built once per shape and run with each request's values. */
describe('statementOf', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const programmeByCode = (shape: string, named: boolean, built: { count: number }) => statementOf(database.db, shape, () => {
    built.count++;
    return database.db.select({ code: programmes.code }).from(programmes).where(eq(programmes.code, sql.placeholder('code')));
  }, { named });

  it('builds a shape once and answers each run with its own values', async () => {
    const built = { count: 0 };
    expect(await programmeByCode('test:programme-by-code', true, built).execute({ code: 'housing_first' })).toEqual([{ code: 'housing_first' }]);
    expect(await programmeByCode('test:programme-by-code', true, built).execute({ code: 'family_support' })).toEqual([{ code: 'family_support' }]);
    expect(await programmeByCode('test:programme-by-code', true, built).execute({ code: 'no such programme' })).toEqual([]);
    expect(built.count).toBe(1);
  });

  it('keeps a named and an unnamed statement of one shape apart', async () => {
    const built = { count: 0 };
    await programmeByCode('test:programme-by-code-2', true, built).execute({ code: 'housing_first' });
    expect(await programmeByCode('test:programme-by-code-2', false, built).execute({ code: 'individual_budget' })).toEqual([{ code: 'individual_budget' }]);
    expect(built.count).toBe(2);
  });

  it.runIf(!!process.env.TEST_DATABASE_URL)('prepares a named statement on the server, and leaves an unnamed one to be planned on every run', async () => {
    // one connection to the same database, so that what it prepared is what pg_prepared_statements shows
    const [{ name }] = ((await database.db.execute(sql`SELECT current_database() AS name`)) as unknown as { rows: Array<{ name: string }> }).rows as [{ name: string }];
    const one = openServerDatabase(withDatabase(process.env.TEST_DATABASE_URL!, name), 1);
    try {
      const run = (kind: string, named: boolean) => statementOf(one.db, `test:marker:${kind}`, () =>
        one.db.select({ code: programmes.code, kind: sql<string>`${sql.raw(`'${kind}'`)}` }).from(programmes).where(eq(programmes.code, sql.placeholder('code'))), { named })
        .execute({ code: 'housing_first' });
      expect(await run('named-marker', true)).toEqual([{ code: 'housing_first', kind: 'named-marker' }]);
      expect(await run('unnamed-marker', false)).toEqual([{ code: 'housing_first', kind: 'unnamed-marker' }]);
      const prepared = ((await one.db.execute(sql`SELECT statement FROM pg_prepared_statements`)) as unknown as { rows: Array<{ statement: string }> }).rows;
      expect(prepared.filter((r) => r.statement.includes('named-marker')).map((r) => r.statement.includes('unnamed-marker'))).toEqual([false]);
    } finally {
      await one.close();
    }
  });
});
