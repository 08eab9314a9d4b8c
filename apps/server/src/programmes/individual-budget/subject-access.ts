import {
  computeBudgetPeriod, IB_EVALUATION_INSTRUMENTS, IB_PILOT_END_MEETING, UNIT_OF_SERVICE, type IbService,
} from '@socrehab/domain/programmes/individual-budget/index';
import { formatEuro } from '@socrehab/domain';
import type { ServerProgramme } from '../programme-module';
import { wordRow, type ExtractSection } from '../../modules/subject-access/extract';
import { translate } from '../../shared/i18n';
import { findIbRecordsOfCase } from './subject-access.repository';

type Language = 'lv' | 'en';
const ENUMS = ['ib.enums', 'enums'] as const;
const LABEL_KEYS = [
  'pilot', 'referredOn', 'representative', 'representativeName', 'endingReason', 'endingNote', 'assessedOn', 'team', 'goals', 'teamRanking',
  'familyRanking', 'rankedBy', 'budgetCents', 'period', 'fromDate', 'toDate', 'planVersion', 'validFrom', 'reason', 'lines', 'agreedBy',
  'agreedOn', 'service', 'month', 'delivered', 'spentCents', 'note', 'recordedAt', 'reportedOn', 'description', 'interruptionReason', 'meetingOn',
] as const;

const t = (language: Language, key: string, params?: Record<string, string | number>) => translate(language, `ib.${key}`, params);
const serviceName = (language: Language, service: string) => t(language, `enums.service.${service}`);
const ranker = (language: Language, code: string | null) => (code ? t(language, `enums.ranker.${code}`) : null);
const unitPer = (language: Language, service: string) => t(language, `enums.unitPer.${UNIT_OF_SERVICE[service as IbService] ?? 'session'}`);
const number = (value: number, language: Language) => value.toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB', { maximumFractionDigits: 2 });
/** `2026-05` → `05.2026`. */
const monthName = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;

/**
 * IB-1 – IB-6: what the Individual Budget programme keeps of the person's case, section by section — the
 * case, each assessment with both rankings, the budget periods, every support-plan version, the ledger's
 * months, the difficulties, the interruptions and the end-of-pilot meeting with the family.
 */
export const ibPersonExtract: NonNullable<ServerProgramme['personExtract']> = async (tx, _ctx, caseId, _personId, language) => {
  const records = await findIbRecordsOfCase(tx, caseId);
  const labels = Object.fromEntries(LABEL_KEYS.map((k) => [k, t(language, `extract.labels.${k}`)]));
  const word = (row: Record<string, unknown>, extra: Record<string, string> = {}) => wordRow(row, language, { ...labels, ...extra }, ENUMS);
  const meeting = IB_EVALUATION_INSTRUMENTS.find((i) => i.code === IB_PILOT_END_MEETING)!;
  const questionLabels = Object.fromEntries(meeting.questions.map((q) => [`q_${q.code}`, q.names[language]]));

  const sections: Array<[string, ReadonlyArray<Record<string, string>>]> = [
    ['case', records.case.map((c) => word({
      pilot: c.pilot, referredOn: c.referredOn, representative: ranker(language, c.representative), representativeName: c.representativeName,
      endingReason: c.endingReason, endingNote: c.endingNote,
    }))],
    ['assessments', records.assessments.map((a) => word({
      assessedOn: a.assessedOn,
      team: a.team.map((p) => t(language, `enums.profession.${p}`)),
      goals: a.goals,
      teamRanking: [...a.teamRanking].sort((x, y) => x.rank - y.rank)
        .map((r) => t(language, 'extract.rankPerMonth', { rank: r.rank, service: serviceName(language, r.service), perMonth: number(r.perMonth, language), unit: unitPer(language, r.service) })),
      familyRanking: [...a.familyRanking].sort((x, y) => x.rank - y.rank).map((r) => t(language, 'extract.rank', { rank: r.rank, service: serviceName(language, r.service) })),
      rankedBy: ranker(language, a.rankedBy),
      budgetCents: a.budgetCents,
    }))],
    ['budgets', records.assessments.map((a, i) => {
      const period = computeBudgetPeriod(a.assessedOn);
      return word({ period: String(i + 1), fromDate: period.from, toDate: period.to, budgetCents: a.budgetCents });
    })],
    ['planVersions', records.planVersions.map((v) => word({
      planVersion: String(v.version), validFrom: v.validFrom, reason: v.reason,
      lines: v.lines.map((l) => t(language, 'extract.line', {
        service: serviceName(language, l.service), provider: l.providerName, perMonth: number(l.perMonth, language), unit: unitPer(language, l.service),
        schedule: l.schedule, price: formatEuro(l.unitPriceCents / 100, language),
      })),
      agreedBy: ranker(language, v.agreedBy), agreedOn: v.agreedOn,
    }))],
    ['ledger', records.ledger.map((d) => word({
      service: d.service, month: monthName(d.month), delivered: `${number(d.delivered, language)} ${t(language, `enums.unit.${UNIT_OF_SERVICE[d.service as IbService] ?? 'session'}`)}`, spentCents: d.spentCents, note: d.note, recordedAt: d.recordedAt,
    }))],
    ['difficulties', records.difficulties.map((d) => word({ reportedOn: d.reportedOn, service: d.service, description: d.description }))],
    ['interruptions', records.interruptions.map((i) => word({ service: i.service, fromDate: i.fromDate, toDate: i.toDate, interruptionReason: i.reason, note: i.note }))],
    ['closingMeeting', records.closingMeetings.map((m) => {
      const answers = (m.answers ?? {}) as Record<string, unknown>;
      return word({ meetingOn: m.recordedOn, ...Object.fromEntries(meeting.questions.map((q) => [`q_${q.code}`, answers[q.code]])), note: m.note }, questionLabels);
    })],
  ];
  return sections.map(([key, rows]): ExtractSection => ({ title: t(language, `extract.sections.${key}`), records: [...rows] }));
};
