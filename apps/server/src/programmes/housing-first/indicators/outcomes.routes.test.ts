import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { createMovedInCase, createTestWorld, signIn } from '../../../test/test-world';
import { auditLog, caseEndings, cases, evaluations } from '../../../db/schema';

let world: Awaited<ReturnType<typeof createTestWorld>>;
type Client = Awaited<ReturnType<typeof signIn>>;
let sw1: Client, manager: Client, funder: Client;
const URL = '/api/programmes/housing_first/indicators?from=2026-01-01&to=2026-12-31&asOf=2026-11-24';
const caseIds: string[] = [];

const start = (i: number) => ({ income_eur: 100 + i, work: 'none', income_from_benefits: true, hospitalisations: 2, police_contacts: 1, jail_times: 0, jail_days: 0 });
const exit = (i: number) => ({ income_eur: 400 + i * 10.5, work: i < 3 ? 'part_time' : 'none', training: i === 0, volunteering: i < 4, addiction_rehabilitation: false, hospitalisations: i === 0 ? 1 : 0, police_contacts: 0 });

/**
 * The world (today 24.11.2026): six clients of the provider in Rīga, each opened on 20.02.2026; their client
 * questionnaire (HF-4.3 (2)) recorded within the first month and a month before the service ended on 31.10.2026.
 */
beforeAll(async () => {
  world = await createTestWorld();
  sw1 = await signIn(world.app, 'sw1@test.lv');
  manager = await signIn(world.app, 'manager@test.lv');
  funder = await signIn(world.app, 'funder@test.lv');
  for (const name of ['Ilga', 'Juris', 'Kristīne', 'Lauris', 'Maija', 'Nils']) caseIds.push((await createMovedInCase(world, name, 'Liepa')).caseId);
});
afterAll(() => world.close());

const post = (caseId: string, body: Record<string, unknown>) => sw1.post(`/api/cases/${caseId}/evaluations`, { instrument: 'client_questionnaire', recordedOn: '2026-03-10', ...body });

describe('HF-4.3 (2) the client questionnaire', () => {
  it('is due within the first month of the service and on the case’s worklist with its Latvian name', async () => {
    const due = (await sw1.get(`/api/cases/${caseIds[0]}/evaluations?asOf=2026-03-01`)).json().due;
    expect(due).toContainEqual({ instrument: 'client_questionnaire', at: 'start', dueOn: '2026-03-20', daysLeft: 19 });
    const items = (await sw1.get('/api/worklists/worker?asOf=2026-03-10')).json().items as Array<{ caseId: string; instrument?: string; instrumentNames?: { lv: string } }>;
    expect(items.find((i) => i.caseId === caseIds[0] && i.instrument === 'client_questionnaire')?.instrumentNames?.lv).toBe('Klienta anketa indikatoru datiem');
  });

  it('refuses answers that do not fit its questions, naming the field, and writes nothing', async () => {
    const refused = async (answers: Record<string, unknown>, field: string, code: string) => {
      const res = await post(caseIds[0]!, { answers });
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.fields[field]?.code, field).toBe(code);
    };
    await refused({ work: 'none' }, 'answers.income_eur', 'validation.required');
    await refused({ income_eur: 100, work: 'none', salary: 5 }, 'answers.salary', 'validation.unknownField');
    await refused({ income_eur: '100', work: 'none' }, 'answers.income_eur', 'validation.invalidType');
    await refused({ income_eur: -0.01, work: 'none' }, 'answers.income_eur', 'validation.tooSmall');
    await refused({ income_eur: 100000.01, work: 'none' }, 'answers.income_eur', 'validation.tooBig');
    await refused({ income_eur: 10.005, work: 'none' }, 'answers.income_eur', 'validation.invalid');
    await refused({ income_eur: 100, work: 'sometimes' }, 'answers.work', 'validation.invalidOption');
    await refused({ income_eur: 100, work: 'none', training: 'yes' }, 'answers.training', 'validation.invalidType');
    await refused({ income_eur: 100, work: 'none', jail_days: 185 }, 'answers.jail_days', 'validation.tooBig');
    await refused({ income_eur: 100, work: 'none', police_contacts: 1.5 }, 'answers.police_contacts', 'validation.invalid');
    // hostile keys and values stop at the schema: a 400, never a 500
    for (const answers of [{ "x' OR 1=1 --": 1 }, { income_eur: { $gt: 0 } }, { income_eur: [1] }, JSON.parse('{"__proto__": {"admin": true}}')]) {
      expect((await post(caseIds[0]!, { answers })).statusCode).toBe(400);
    }
    const message = (await post(caseIds[0]!, { answers: { work: 'none' } })).json().error.fields['answers.income_eur'].message;
    expect(message).toBe('Obligāts lauks');
    expect(await world.db.select().from(evaluations).where(eq(evaluations.caseId, caseIds[0]!))).toEqual([]);
  });

  it('records fitting answers with a one-time audit event that carries no answers', async () => {
    for (const [i, id] of caseIds.entries()) expect((await post(id, { answers: start(i) })).statusCode).toBe(201);
    const listed = (await sw1.get(`/api/cases/${caseIds[1]}/evaluations?asOf=2026-03-11`)).json();
    expect(listed.evaluations[0]).toMatchObject({ instrument: 'client_questionnaire', recordedOn: '2026-03-10', answers: start(1) });
    expect(listed.due.some((d: { instrument: string }) => d.instrument === 'client_questionnaire')).toBe(false);
    const [audit] = await world.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'evaluation'), eq(auditLog.action, 'create'))).limit(1);
    expect(JSON.stringify(audit!.changes)).not.toContain('income');
  });
});

describe('HF-4.2 D, E, F on the indicators report', () => {
  beforeAll(async () => {
    for (const [i, id] of caseIds.entries()) expect((await post(id, { recordedOn: '2026-10-15', answers: exit(i) })).statusCode).toBe(201);
    for (const id of caseIds) {
      await world.db.update(cases).set({ status: 'closed', closedOn: '2026-10-31' }).where(eq(cases.id, id));
      await world.db.insert(caseEndings).values({ organisationId: world.orgs.provider.id, caseId: id, reason: 'person_wish', endsOn: '2026-10-31', destination: 'market_flat', proposedBy: world.users.sw1.id, status: 'final' });
    }
  });

  it('the provider’s manager reads D income, E self-sufficiency and F crisis services exactly', async () => {
    const { outcomes } = (await manager.get(URL)).json().programme;
    expect(outcomes.cases).toBe(6);
    expect(outcomes.income).toEqual({ meanAtStart: 102.5, meanAtExit: 426.25, increased: { count: 6, of: 6, share: 1 } });
    expect(outcomes.workingAtStart).toEqual({ count: 0, of: 6, share: 0 });
    expect(outcomes.workingAtExit).toEqual({ count: 3, of: 6, share: 0.5 });
    expect(outcomes.training.count).toBe(1);
    expect(outcomes.volunteering.count).toBe(4);
    expect(outcomes.crisisServices).toContainEqual({ measure: 'hospitalisations', atStart: 12, atExit: 1 });
    expect(outcomes.crisisServices).toContainEqual({ measure: 'police_contacts', atStart: 6, atExit: 0 });
  });

  it('HF-4.2 every figure drills down: per municipality and provider the retention, and the E and F clients, each list as long as its count; funders 403', async () => {
    const report = (await manager.get(URL)).json();
    const provider = `p:${report.providers[0].id}`, municipality = `m:${report.municipalities[0].id}`;
    const listed = async (figure: string, group: string) => {
      const res = await manager.get(`/api/programmes/housing_first/indicators/cases?figure=${encodeURIComponent(figure)}&group=${encodeURIComponent(group)}&from=2026-01-01&to=2026-12-31&asOf=2026-11-24`);
      expect(res.statusCode, `${figure} ${group}`).toBe(200);
      return (res.json().cases as Array<{ caseId: string }>).map((c) => c.caseId).sort();
    };
    // B i, ii per group: moved in 1.03.2026, ended 31.10.2026 to a market flat — housed at 6 months; 12 months not yet reached
    for (const group of [provider, municipality]) {
      const figures = report[group.startsWith('p:') ? 'providers' : 'municipalities'][0].figures;
      expect(await listed('housed6', group)).toEqual([...caseIds].sort());
      expect((await listed('reached6', group)).length).toBe(figures.housedAfter6Months.of);
      expect(await listed('notHoused6', group)).toEqual([]);
      expect((await listed('reached12', group)).length).toBe(figures.housedAfter12Months.of);
      expect((await listed('working_at_exit', group)).length).toBe(figures.outcomes.workingAtExit.count);
    }
    // E: the first three work part time at the exit, the first trained, the first four volunteer
    expect(await listed('working_at_exit', provider)).toEqual(caseIds.slice(0, 3).sort());
    expect(await listed('training', 'all')).toEqual([caseIds[0]]);
    expect((await listed('volunteering', 'all')).length).toBe(report.programme.outcomes.volunteering.count);
    expect(await listed('working_at_start', 'all')).toEqual([]);
    expect((await listed('income_up', municipality)).length).toBe(6);
    // F: every client had hospital stays at the start (12 in all), only the first at the exit (1)
    expect((await listed('crisis_start:hospitalisations', provider)).length).toBe(6);
    expect(await listed('crisis_exit:hospitalisations', 'all')).toEqual([caseIds[0]]);
    expect(await listed('crisis_exit:police_contacts', 'all')).toEqual([]);
    // the drill-down is a read of personal data: audited with the figure and its cases
    const [audit] = await world.db.select().from(auditLog).where(eq(auditLog.entityType, 'indicator_report')).orderBy(desc(auditLog.id)).limit(1);
    expect(audit!.changes).toMatchObject({ view: 'cases', figure: 'crisis_exit:police_contacts', cases: [] });
    // funders read aggregates only; an unknown figure is a 400 naming it
    expect((await funder.get(`/api/programmes/housing_first/indicators/cases?figure=training&group=all`)).statusCode).toBe(403);
    const unknown = await manager.get(`/api/programmes/housing_first/indicators/cases?figure=crisis_exit:nothing&group=all`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toHaveProperty('figure');
  });

  it('a funder sees the whole programme with every count under 5 suppressed, and its complement', async () => {
    const report = (await funder.get(URL)).json();
    expect(report.suppressed).toBe(true);
    const { outcomes } = report.programme;
    expect(outcomes.cases).toBe(6);
    expect(outcomes.income.increased.count).toBe(6);
    // 1 trained, 5 did not: both hidden, else 6 − 5 gives the one back
    expect(outcomes.training).toEqual({ count: null, of: 6, share: null });
    // 3 of 6 working at the exit: neither 3 nor the 3 not working may show
    expect(outcomes.workingAtExit.count).toBeNull();
    expect(outcomes.volunteering.count).toBeNull(); // 4 did, 2 did not
  });

  it('a funder sees nothing of D–F where fewer than 5 clients answered both', async () => {
    await world.db.delete(evaluations).where(and(eq(evaluations.caseId, caseIds[0]!), eq(evaluations.recordedOn, '2026-10-15')));
    await world.db.delete(evaluations).where(and(eq(evaluations.caseId, caseIds[1]!), eq(evaluations.recordedOn, '2026-10-15')));
    const { outcomes } = (await funder.get(URL)).json().programme;
    expect(outcomes.cases).toBeNull();
    expect(outcomes.income).toEqual({ meanAtStart: null, meanAtExit: null, increased: { count: null, of: null, share: null } });
    expect(outcomes.crisisServices.every((m: { atStart: unknown; atExit: unknown }) => m.atStart === null && m.atExit === null)).toBe(true);
    // the manager still reads the 4 exactly
    expect((await manager.get(URL)).json().programme.outcomes.cases).toBe(4);
  });
});
