import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestWorld, signIn } from '../../test/test-world';
import { organisations } from '../../db/schema';
import { nextCaseNumber } from '../cases/cases.usecases';

let world: Awaited<ReturnType<typeof createTestWorld>>;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world.close());

describe('the core serves every registered programme (issue 12)', () => {
  it('lists the registered programmes with their names in both languages', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    const { programmes } = (await manager.get('/api/programmes')).json();
    expect(programmes.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['housing_first', 'individual_programme']));
    expect(programmes.find((p: { code: string }) => p.code === 'housing_first').names).toEqual({ lv: 'Mājoklis vispirms', en: 'Housing First' });
  });

  it('numbers cases per programme in its scope and format; Housing First keeps the provider’s own format and counter (HF-3.1.7.3)', async () => {
    await world.db.update(organisations).set({ caseNumberFormat: 'MC/{YYYY}/{NNN}' }).where(eq(organisations.id, world.orgs.provider.id));
    const provider = { id: world.orgs.provider.id, caseNumberFormat: 'MC/{YYYY}/{NNN}' };
    const other = { id: world.orgs.otherProvider.id, caseNumberFormat: 'MV-{YYYY}-{NNNN}' };
    const numbers = await world.db.transaction(async (tx) => [
      await nextCaseNumber(tx, 'housing_first', provider, '0001000', 2026),
      await nextCaseNumber(tx, 'individual_programme', provider, '0001000', 2026),
      await nextCaseNumber(tx, 'individual_programme', other, '0001000', 2026), // counted per municipality: the next in Rīga
      await nextCaseNumber(tx, 'individual_programme', other, '0005000', 2026),
      await nextCaseNumber(tx, 'housing_first', provider, '0001000', 2026),
    ]);
    expect(numbers).toEqual(['MC/2026/001', 'IP-2026-0001', 'IP-2026-0002', 'IP-2026-0001', 'MC/2026/002']);
  });

  it('an application names a programme that takes applications; none named is Housing First', async () => {
    const riga = await signIn(world.app, 'riga@test.lv');
    const body = { personId: world.persons.peteris.id, municipalityAtvk: '0001000', contactedOn: '2026-11-20', source: 'outreach' };
    const unknown = await riga.post('/api/first-contacts', { ...body, programmeCode: 'no_such_programme' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields.programmeCode.code).toBe('validation.invalidOption');
    // the Individual Programme is granted without an application round (IP-1): the core part it does not use
    expect((await riga.post('/api/first-contacts', { ...body, programmeCode: 'individual_programme' })).json().error.fields.programmeCode.code).toBe('validation.invalidOption');
    const created = await riga.post('/api/first-contacts', body);
    expect(created.statusCode).toBe(201);
    expect(created.json().firstContact.programmeCode).toBe('housing_first');
  });
});
