/**
 * The yardstick: bare Fastify answering one indexed SELECT through a `pg` Pool — what this machine
 * can do with no sessions, scoping, audit or presentation. Started by run.ts as a child process.
 * GET /person/:n answers the n-th id of a preloaded sample by primary key.
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
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${(app.server.address() as { port: number }).port}`);
