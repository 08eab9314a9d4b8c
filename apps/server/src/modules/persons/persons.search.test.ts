import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { personSearchKey } from '@socrehab/domain';
import { createTestWorld, signIn } from '../../test/test-world';
import { persons } from '../../db/schema';
import { nameThreshold } from './persons.repository';

/**
 * Name search walks the dictionary of names (migrations 0002, 0034) instead of ranking persons directly:
 * the answer must be the same rows in the same order, ties and pages included.
 */
let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => {
  world = await createTestWorld();
  const given = ['Anna', 'Jānis', 'Anna Marta', 'Ilze', 'Pēteris'];
  const surnames = ['Bērziņa', 'Bērziņš', 'Berzina', 'Bērziņa-Ozola', 'Kalniņš', 'Bērzs'];
  const rows = given.flatMap((g) => surnames.flatMap((s) => [0, 1].map(() => ({ givenNames: g, surnames: s }))));
  await world.db.insert(persons).values(rows.map((p) => ({ ...p, organisationId: world.orgs.riga.id, searchName: personSearchKey(p) })));
  // the provider's own clients: the same names again, in a narrow scope
  await world.db.insert(persons).values(rows.map((p) => ({ ...p, organisationId: world.orgs.provider.id, searchName: personSearchKey(p) })));
});
afterAll(() => world.close());

/**
 * How close a name is to what was typed, written out here on its own: every word typed is as close as the
 * name's closest word to it (migration 0034: `berzina` does not find Anna Bērzs through the end of "anna") and
 * must be close enough; names rank by the sums of those word similarities and of the whole-word similarities
 * of the name's words close enough.
 */
function closeness(q: string) {
  const parts = q.split(' ').map((word) => sql`(SELECT ${word}::text AS word, ${nameThreshold(word)}::float8 AS threshold)`);
  return sql`(SELECT sum(b.s) AS s, sum(b.strict) AS strict, bool_and(b.s >= b.threshold) AS matches FROM (
    SELECT t.threshold, max(word_similarity(t.word, w)::float8) AS s,
      max(strict_word_similarity(t.word, w)::float8) FILTER (WHERE word_similarity(t.word, w) >= t.threshold) AS strict
    FROM (${sql.join(parts, sql` UNION ALL `)}) t, unnest(string_to_array(p.search_name, ' ')) AS w GROUP BY t.word, t.threshold) b)`;
}

/** The ranking the search answers, run directly over persons in Rīga's municipality. */
async function directRanking(q: string) {
  const result = (await world.db.execute(sql`
    SELECT p.id FROM persons p, LATERAL ${closeness(q)} c
    WHERE p.organisation_id = ${world.orgs.riga.id} AND p.merged_into_id IS NULL AND c.matches
    ORDER BY c.s DESC, c.strict DESC, p.search_name COLLATE "C", p.id`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}

/** The same ranking over the persons a provider's manager sees (its own and its cases' persons). */
async function directRankingOfProvider(q: string) {
  const result = (await world.db.execute(sql`
    SELECT p.id FROM persons p, LATERAL ${closeness(q)} c
    WHERE (p.organisation_id = ${world.orgs.provider.id} OR p.id IN (SELECT c.person_id FROM cases c WHERE c.organisation_id = ${world.orgs.provider.id}))
      AND p.merged_into_id IS NULL AND c.matches
    ORDER BY c.s DESC, c.strict DESC, p.search_name COLLATE "C", p.id`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}

/** The ids a search answers, 7 a page, until there are no more (or a page past the expected count). */
async function pageByPage(session: Awaited<ReturnType<typeof signIn>>, q: string, expected: number) {
  const seen: string[] = [];
  for (let page = 1; seen.length < expected + 7 && page < 20; page++) {
    const res = await session.get(`/api/persons?q=${encodeURIComponent(q)}&pageSize=7&page=${page}`);
    seen.push(...res.json().items.map((p: { id: string }) => p.id));
    if (!res.json().hasMore) break;
  }
  return seen;
}

describe('name search in a narrow scope (a provider\'s clients, read from the index of names, migration 0033)', () => {
  it('answers exactly what ranking its persons directly answers, page by page', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    for (const q of ['berzina', 'anna berzina', 'berzinsh', 'kalnins', 'anna', 'ana marta berzna', 'berzinsh janis']) {
      const expected = await directRankingOfProvider(q);
      expect(expected.length, q).toBeGreaterThan(0);
      expect(await pageByPage(manager, q, expected.length), q).toEqual(expected);
    }
  });
});

describe('name search in a wide scope', () => {
  it('answers exactly what ranking persons directly answers, page by page', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    for (const q of ['berzina', 'anna berzina', 'berzinsh', 'berzns', 'kalnins', 'anna', 'ana marta berzna', 'berzinsh janis']) {
      const expected = await directRanking(q);
      expect(expected.length, q).toBeGreaterThan(0);
      // Anna Bērziņa (the test world's own person) is in the same scope and ranked too
      expect(await pageByPage(riga, q, expected.length), q).toEqual(expected);
    }
  });

  it('finds Bērziņš typed berzins, bērzņš and berzinsh (no diacritics, a letter dropped, a letter added), the closest first', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    for (const q of ['berzins', 'bērzņš', 'berzinsh']) {
      const items: { surnames: string }[] = (await riga.get(`/api/persons?q=${encodeURIComponent(q)}&pageSize=100`)).json().items;
      expect(items.length, q).toBeGreaterThan(0);
      // every Bērziņš comes before any other surname: ranked by closeness to what was typed
      const firstOther = items.findIndex((p) => p.surnames !== 'Bērziņš');
      expect(items.slice(0, 10).map((p) => p.surnames), q).toEqual(Array(10).fill('Bērziņš'));
      expect(items.slice(firstOther).some((p) => p.surnames === 'Bērziņš'), q).toBe(false);
    }
  });

  it('matches one word typed against each word of a name: berzina finds no Anna Bērzs through the end of Anna', async () => {
    for (const email of ['riga@test.lv', 'manager@test.lv', 'sw1@test.lv']) {
      const session = await signIn(world.app, email);
      const items: { givenNames: string; surnames: string }[] = (await session.get('/api/persons?q=berzina&pageSize=100')).json().items;
      expect(items.some((p) => p.surnames === 'Bērziņa'), email).toBe(true);
      expect(items.filter((p) => p.surnames === 'Bērzs'), email).toEqual([]);
    }
  });

  it('finds a renamed person under the new name (the dictionary follows every write)', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const id = world.persons.peteris.id;
    const res = await riga.put(`/api/persons/${id}`, { version: 1, person: { givenNames: 'Pēteris', surnames: 'Zvaigznītis', birthDate: '1938-06-28' } });
    expect(res.statusCode).toBe(200);
    expect((await riga.get('/api/persons?q=zvaigznitis')).json().items.map((p: { id: string }) => p.id)).toEqual([id]);
  });
});
