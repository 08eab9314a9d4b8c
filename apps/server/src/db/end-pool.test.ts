import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { endPool } from './database';

/**
 * A pool ended by `endPool` has closed every connection when it answers, so a database dropped at once
 * (`WITH (FORCE)`, as the tests' clean-up does) terminates none still closing (PostgreSQL server).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('endPool (PostgreSQL server)', () => {
  it('answers once every connection of the pool has closed', async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const name = `socrehab_endpool_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
    let closed = 0;
    pool.on('connect', (client) => client.once('end', () => closed++));
    await Promise.all([1, 2, 3, 4].map(() => pool.query('SELECT pg_sleep(0.05)')));
    expect(pool.totalCount).toBe(4);
    await endPool(pool);
    // pg-pool's end() alone answers with the connections still closing (closed 0 here)
    expect(closed).toBe(4);
    await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.end();
  });
});
