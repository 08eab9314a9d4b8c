import { addDays, type DueEvaluation } from '@socrehab/domain';
import { CLIENT_QUESTIONNAIRE } from '@socrehab/domain/programmes/housing-first/index';
import type { Ctx } from '../../../app/context';
import { seededRandom } from '../../../modules/demo/latvian-names';
import { dueEvaluationsOfCases, recordCaseEvaluation, recordProviderEvaluation, type ProgrammeLookup } from '../../../modules/evaluations/evaluations.usecases';
import { findIndicatorCases } from '../indicators/indicators.repository';

type Random = ReturnType<typeof seededRandom>;

/**
 * HF-4.3 the demo's evaluations (issue 13): every Housing First case's instruments recorded as they fell
 * due before today — the client questionnaire a week into the service and at the exit, the reviews,
 * satisfaction and quality at the end — so the worklist shows only what is due from today and the
 * indicators D–F tell the pilot's story: more income, more work and activities, fewer crises at the exit
 * than at the start. The provider held two of its three workshops and five of its ten interviews.
 */
export async function seedHousingFirstEvaluations(today: string, manager: Ctx, lookup: ProgrammeLookup) {
  const random = seededRandom(413);
  const rows = await findIndicatorCases(manager.db, { organisationId: manager.actor.organisationId });
  const cases = rows.map((r) => ({ id: r.caseId, programme: 'housing_first', openedOn: r.openedOn, closedOn: r.closedOn }));
  const yesterday = addDays(today, -1);
  const clients = new Map(cases.map((c) => [c.id, clientOf(random)]));
  // round by round, every case's earliest instrument due before today, until none is (the schedule read once a round for all)
  for (let round = 0; round < 40; round++) {
    const due = await manager.db.transaction((tx) => dueEvaluationsOfCases(tx, cases, yesterday, lookup));
    let recorded = 0;
    for (const c of cases) {
      const next = (due.get(c.id) ?? []).find((d) => d.dueOn <= yesterday);
      if (!next) continue;
      const client = clients.get(c.id)!;
      await recordCaseEvaluation(c.id, recordingOf(next.instrument, dayOf(next, c.openedOn), next.at === 'start' ? client.start : client.exit), manager, lookup);
      recorded++;
    }
    if (!recorded) break;
  }

  // HF-4.3 (7), (8) programme-level events so far
  const events = [
    { instrument: 'design_workshop', recordedOn: addDays(today, -300), answers: { topic: 'Klientu atlase un pirmais mēnesis mājoklī', participants: 14 } },
    { instrument: 'design_workshop', recordedOn: addDays(today, -120), answers: { topic: 'Atbalsts dzīves jomās ārpus mājokļa', participants: 11 } },
    ...(['provider', 'provider', 'client', 'client', 'client'] as const).map((interviewee, i) => ({ instrument: 'experience_interview', recordedOn: addDays(today, -90 + i * 9), answers: { interviewee } })),
  ];
  for (const e of events) await recordProviderEvaluation('housing_first', { ...e, note: null }, manager, lookup);
}

/** The day a due instrument is recorded: the start's questionnaire a week into the service (HF-4.3 (2)), the rest on their day. */
const dayOf = (due: DueEvaluation, startedOn: string) => (due.at === 'start' ? [addDays(startedOn, 7), due.dueOn].sort()[0]! : due.dueOn);

type Answers = Record<string, string | number | boolean>;

/** One client's answers at the start and at the exit: poorer and in more crises at the start (HF-4.2 D, E, F). */
function clientOf(random: Random): { start: Answers; exit: Answers } {
  const pension = random.next() < 0.25;
  const startIncome = pension ? random.int(280, 420) : random.int(0, 6) * 25 + random.int(0, 99) / 100;
  const works = random.next();
  const work = works < 0.15 ? 'full_time' : works < 0.4 ? 'part_time' : 'none';
  const exitIncome = startIncome + (work === 'full_time' ? random.int(450, 700) : work === 'part_time' ? random.int(180, 350) : random.int(0, 120)) + random.int(0, 99) / 100;
  const crises = (high: boolean) => ({
    hospitalisations: random.int(0, high ? 3 : 1), day_hospital_stays: random.int(0, high ? 2 : 1), inpatient_stays: random.int(0, high ? 2 : 0),
    emergency_calls: random.int(0, high ? 5 : 2), police_contacts: random.int(0, high ? 4 : 1), jail_times: random.next() < (high ? 0.15 : 0.03) ? 1 : 0,
  });
  const startCrises = crises(true);
  const exitCrises = crises(false);
  return {
    start: {
      income_eur: startIncome, income_from_work: false, income_from_benefits: !pension, income_from_pension: pension, income_other: false, work: random.next() < 0.08 ? 'part_time' : 'none',
      training: false, volunteering: random.next() < 0.1, addiction_rehabilitation: false, ...startCrises, jail_days: startCrises.jail_times ? random.int(2, 30) : 0,
    },
    exit: {
      income_eur: Math.round(exitIncome * 100) / 100, income_from_work: work !== 'none', income_from_benefits: work === 'none' && !pension, income_from_pension: pension, income_other: random.next() < 0.1, work,
      training: random.next() < 0.3, volunteering: random.next() < 0.45, addiction_rehabilitation: random.next() < 0.25, ...exitCrises, jail_days: exitCrises.jail_times ? random.int(1, 5) : 0,
    },
  };
}

/** What is recorded for each instrument: the questionnaire's answers, a score where the instrument has one. */
function recordingOf(instrument: string, recordedOn: string, answers: Answers) {
  if (instrument === CLIENT_QUESTIONNAIRE) return { instrument, recordedOn, answers, note: null };
  if (instrument === 'client_satisfaction') return { instrument, recordedOn, score: 4, answers: {}, note: 'Apmierināts ar atbalstu mājoklī; vēlētos biežākas mentora vizītes' };
  if (instrument === 'service_quality') return { instrument, recordedOn, score: 4, answers: {}, note: 'Plāns izpildīts daļēji; mājoklis saglabāts' };
  return { instrument, recordedOn, answers: {}, note: 'Rehabilitācijas process izvērtēts kopā ar klientu; plāns papildināts' };
}
