import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMovedInCase, createTestWorld, signIn, TODAY } from '../../../test/test-world';

/** Issue 11 §2 — a value the API accepts is stored or refused with its reason, never silently dropped. */
let world: Awaited<ReturnType<typeof createTestWorld>>;
let sw1: Awaited<ReturnType<typeof signIn>>;
let caseId: string;

beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv', 'en');
  caseId = (await createMovedInCase(world, 'Ilze', 'Kļava')).caseId;
});
afterAll(() => world.close());

describe('issue 11 §2 accepted values are stored or refused', () => {
  it('HF-2.2 a justification on a day within the limit is refused naming the field (it was dropped)', async () => {
    const res = await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: '2026-11-02', kind: 'phone_call', mode: 'phone', hours: 1, justification: 'Nav vajadzīgs' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.justification).toEqual({ code: 'housing.errors.justificationNotNeeded', message: expect.stringContaining('no justification is needed') });
  });

  it('a visit without hours refuses life domains and a justification it would not keep', async () => {
    const visit = { visitedOn: '2026-11-03', workerIds: [world.users.sw1.id], place: 'Mājās', outcome: 'not_home_no_notice', hours: 0 };
    expect((await sw1.post(`/api/cases/${caseId}/visits`, { ...visit, lifeDomains: ['health'] })).json().error.fields.lifeDomains.code).toBe('housing.errors.lifeDomainsNeedHours');
    expect((await sw1.post(`/api/cases/${caseId}/visits`, { ...visit, justification: 'x' })).json().error.fields.justification.code).toBe('housing.errors.justificationNotNeeded');
    expect((await sw1.post(`/api/cases/${caseId}/visits`, visit)).statusCode).toBe(201);
  });

  it('durations are stored as given, not forced to quarter hours: 1.1 h (66 minutes)', async () => {
    const res = await sw1.post(`/api/cases/${caseId}/contacts`, { contactOn: TODAY, kind: 'consultation', mode: 'in_person', hours: 1.1 });
    expect(res.statusCode, res.body).toBe(201);
    expect(Number(res.json().contact.hours)).toBe(1.1);
  });
});
