import { execFileSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personSearchKey } from '@socrehab/domain';
import { caseConsents, cases, households, personRelations, persons } from '../../../db/schema';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';

let world: Awaited<ReturnType<typeof createTestWorld>>;
let caseId = '';

const textOf = (payload: Buffer) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: payload }).toString().replace(/\s+/g, ' ');

beforeAll(async () => {
  world = await createTestWorld();
  const [household] = await world.db.insert(households).values({ organisationId: world.orgs.riga.id }).returning();
  const made = await createMovedInCase(world, 'Žanis', 'Ēvalds-Ķuzis', {
    caseNumber: 'MV-2026-0042',
    person: { personalCode: '14076119428', phone: '+371 29123456', email: 'zanis@example.lv', declaredAddress: 'Dzirnavu iela 7-3, Rīga', languages: ['lv', 'ru'], householdId: household!.id },
  });
  caseId = made.caseId;
  const relative = async (givenNames: string, surnames: string, extra: Partial<typeof persons.$inferInsert> = {}) =>
    (await world.db.insert(persons).values({ givenNames, surnames, organisationId: world.orgs.riga.id, searchName: personSearchKey({ givenNames, surnames }), ...extra }).returning())[0]!;
  const sister = await relative('Līga', 'Ēvalde', { birthDate: '1970-03-05', householdId: household!.id });
  const mother = await relative('Ģertrūde', 'Ēvalde', { birthDate: '1941-12-01' });
  const friend = await relative('Jānis', 'Ozoliņš');
  await world.db.insert(personRelations).values([
    // recorded from the mother's side: Žanis is her child, so she is his parent
    { organisationId: world.orgs.riga.id, personId: mother.id, relatedPersonId: made.personId, kind: 'child' },
    { organisationId: world.orgs.riga.id, personId: made.personId, relatedPersonId: friend.id, kind: 'support_person', note: 'Kaimiņš, palīdz ar iepirkšanos' },
  ]);
  void sister;
  await world.db.update(cases).set({ dataProcessingInformedOn: '2026-02-20' }).where(eq(cases.id, caseId));
  await world.db.insert(caseConsents).values({ organisationId: world.orgs.provider.id, caseId, consentTextVersion: 1, givenOn: '2026-02-21', recordedBy: world.users.sw1.id });
  await world.db.update(cases).set({ caseManagerUserId: world.users.sw1.id }).where(eq(cases.id, caseId));
});
afterAll(() => world.close());

describe('HF-3.4.1 the reverse of the case file title page', () => {
  it('prints the dates, the case manager, the identification, family and support persons and the data protection in Latvian', async () => {
    const sw1 = await signIn(world.app, 'sw1@test.lv');
    const res = await sw1.get(`/api/cases/${caseId}/title-page-reverse.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = textOf(res.rawPayload);
    for (const expected of [
      'KLIENTA LIETAS TITULLAPAS OTRĀ PUSE', 'Lietas Nr. MV-2026-0042', 'Lietas uzsākšanas datums 20.02.2026', 'Lietas slēgšanas datums lieta nav slēgta',
      'Klienta gadījuma vadītājs sw1', 'Vārds, uzvārds Žanis Ēvalds-Ķuzis', 'Personas kods 140761-19428', 'Adrese Dzirnavu iela 7-3, Rīga',
      'Tālrunis +371 29123456', 'E-pasts zanis@example.lv', 'Valodas latviešu, krievu',
      'Ģertrūde Ēvalde Vecāks 01.12.1941', 'Līga Ēvalde mājsaimniecības loceklis 05.03.1970',
      'Jānis Ozoliņš', 'Kaimiņš, palīdz ar iepirkšanos', 'Klients informēts par datu apstrādi 20.02.2026',
      'Piekrišana datu apstrādei (teksta versija 1) dota 21.02.2026, spēkā', '5. Klienta datu aizsardzība',
    ]) expect(text).toContain(expected);
  });

  it('is audited as a print and closed to workers outside the case', async () => {
    const manager = await signIn(world.app, 'manager@test.lv');
    expect((await manager.get(`/api/cases/${caseId}/title-page-reverse.pdf?language=en`)).statusCode).toBe(200);
    const audit = JSON.stringify((await manager.get(`/api/audit?actorUserId=${world.users.manager.id}`)).json());
    expect(audit).toContain('title_page_reverse');
    expect((await (await signIn(world.app, 'sw2@test.lv')).get(`/api/cases/${caseId}/title-page-reverse.pdf`)).statusCode).toBe(404);
  });
});
