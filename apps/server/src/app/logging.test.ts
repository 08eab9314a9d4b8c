import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import type { FastifyInstance } from 'fastify';
import { createTestWorld, signIn, TODAY } from '../test/test-world';
import { buildApp } from './build-app';
import { serializeError } from './logging';

let world: Awaited<ReturnType<typeof createTestWorld>>;
let logged: FastifyInstance;
const lines: string[] = [];
beforeAll(async () => {
  world = await createTestWorld();
  logged = await buildApp({ db: world.db, config: { ...world.config, LOG_LEVEL: 'trace' }, now: () => new Date(`${TODAY}T10:00:00Z`) }, {
    logger: true, serveWeb: false, logStream: { write: (line) => void lines.push(line) },
  });
});
afterAll(async () => {
  await logged.close();
  await world.close();
});

// a unique-violation as pg reports it, wrapped as Drizzle wraps a failed query
function failedQuery() {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "person_codes_code"'), {
    code: '23505', severity: 'ERROR', detail: 'Key (code)=(14076119428) already exists.', constraint: 'person_codes_code', table: 'person_codes',
  });
  return new DrizzleQueryError('insert into "person_codes" ("code", "person_id") values ($1, $2)', ['14076119428', 'Anna Bērziņa'], cause);
}

const PERSONAL = ['Bērziņa', 'B%C4%93rzi', 'Berzina', '140761', '14076119428', 'Anna', 'Test-parole', 'sid=', 'x-csrf-token', '127.0.0.1', '127.1.'];

describe('server logs carry no personal data (GDPR Art. 5(1)(c), 32; issue 11 §4)', () => {
  it('logs a search, a person page and a sign-in by method, path and status: no query string, header, body or address', async () => {
    const riga = await signIn(logged, 'riga@test.lv');
    expect((await riga.get('/api/persons?q=B%C4%93rzi%C5%86a')).statusCode).toBe(200);
    expect((await riga.get('/api/persons?q=140761-19428')).statusCode).toBe(200);
    expect((await riga.get(`/api/persons/${world.persons.anna.id}`)).statusCode).toBe(200);
    expect((await riga.get('/api/persons/duplicates?givenNames=Anna&surnames=B%C4%93rzi%C5%86a')).statusCode).toBe(200);
    const text = lines.join('');
    expect(text).toContain('"path":"/api/persons"');
    expect(text).toContain('"statusCode":200');
    for (const secret of [...PERSONAL, riga.csrf]) expect(text).not.toContain(secret);
  });

  it('logs a failed query by its SQL text and the database error code, never its parameters or detail', () => {
    const serialized = JSON.stringify(serializeError(failedQuery()));
    expect(serialized).toContain('insert into \\"person_codes\\"');
    expect(serialized).toContain('"code":"23505"');
    expect(serialized).toContain('"constraint":"person_codes_code"');
    for (const secret of PERSONAL) expect(serialized).not.toContain(secret);
  });

  it('the same through the logger, also when the parameters are logged by name somewhere else', () => {
    const before = lines.length;
    logged.log.error({ err: failedQuery(), params: ['Anna'], body: { givenNames: 'Anna' }, headers: { cookie: 'sid=1' } }, 'unexpected error');
    const text = lines.slice(before).join('');
    expect(text).toContain('Failed query');
    for (const secret of PERSONAL) expect(text).not.toContain(secret);
  });
});
