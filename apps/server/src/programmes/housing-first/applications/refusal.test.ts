import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, signIn } from '../../../test/test-world';

/** HF-3.1.2 a refusal rests on the recorded assessment of the criteria and the alternatives offered; the letter says only that. */
let world: Awaited<ReturnType<typeof createTestWorld>>;
let riga: Awaited<ReturnType<typeof signIn>>;
let applicationId: string;
const pdfFlat = (bytes: Buffer) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes }).toString('utf8').replace(/\s+/g, ' ');

beforeAll(async () => {
  world = await createTestWorld();
  riga = await signIn(world.app, 'riga@test.lv', 'en');
  applicationId = (await riga.post('/api/applications', { personId: world.persons.peteris.id, municipalityAtvk: '0001000', submittedOn: '2026-10-05', answers: { householdSize: 1 } })).json().application.id;
});
afterAll(() => world.close());

describe('HF-3.1.2 refusing eligibility', () => {
  it('is refused without a recorded assessment that found the person not eligible', async () => {
    const res = await riga.post(`/api/applications/${applicationId}/decision`, { version: 1, decidedOn: '2026-10-20', decision: 'refused', reason: 'Neatbilst' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'applications.refusal_not_assessed', fields: { decision: { code: 'housing.errors.refusalNeedsAssessment' } } });
  });

  it('after the assessment, the letter names its day, the criteria not met and the services offered', async () => {
    const assessed = await riga.post(`/api/applications/${applicationId}/eligibility-assessments`, {
      assessedOn: '2026-10-12', findings: [1, 2, 3, 4, 5, 6].map((n) => ({ key: `riga-${n}`, finding: n === 1 ? 'not_met' : 'met', note: null })),
      priorityFactors: [], outcome: 'not_eligible', reason: 'Ir dzīvesvieta', alternativesOffered: ['shelter'],
    });
    expect(assessed.statusCode, assessed.body).toBe(201);
    expect((await riga.post(`/api/applications/${applicationId}/decision`, { version: 1, decidedOn: '2026-10-20', decision: 'refused', reason: 'Neatbilst' })).statusCode).toBe(200);
    const letter = await world.app.inject({ method: 'GET', url: `/api/applications/${applicationId}/decision-letter.pdf?language=en`, headers: { cookie: riga.cookie } });
    expect(letter.statusCode).toBe(200);
    const flat = pdfFlat(letter.rawPayload);
    expect(flat).toContain('assessed on 12.10.2026 whether you meet the service’s criteria');
    expect(flat).toContain('Criteria the assessment found not met 1. Has no permanent place of residence');
    expect(flat).toContain('Other services available to you');
  });
});
