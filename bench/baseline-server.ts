/**
 * The yardstick: bare Fastify answering one indexed SELECT through a `pg` Pool — what this machine
 * can do with no sessions, scoping, audit or presentation. Started by run.ts as a child process.
 * GET /person/:n answers the n-th id of a preloaded sample by primary key. GET /person-10/:n does the
 * same in ten statements (BEGIN, eight primary-key SELECTs, COMMIT) — the person page's round trips
 * without its work, to show what the round trips alone cost on this machine.
 */
import Fastify from 'fastify';
import pg from 'pg';

const url = process.env.DATABASE_URL!;
const pool = new pg.Pool({ connectionString: url, max: 20 });
const { rows: sample } = await pool.query<{ id: string }>('SELECT id FROM persons TABLESAMPLE SYSTEM (1) LIMIT 5000');

const app = Fastify({ logger: false });
app.get<{ Params: { n: string } }>('/person/:n', async (request) => {
  const id = sample[Number(request.params.n) % sample.length]!.id;
  const { rows } = await pool.query('SELECT id, given_names, surnames, personal_code, birth_date FROM persons WHERE id = $1', [id]);
  return rows[0] ?? null;
});
app.get<{ Params: { n: string } }>('/person-10/:n', async (request) => {
  const id = sample[Number(request.params.n) % sample.length]!.id;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let row: unknown = null;
    for (let i = 0; i < 8; i++) row = (await client.query('SELECT id, given_names, surnames, personal_code, birth_date FROM persons WHERE id = $1', [id])).rows[0];
    await client.query('COMMIT');
    return row;
  } finally {
    client.release();
  }
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${(app.server.address() as { port: number }).port}`);
