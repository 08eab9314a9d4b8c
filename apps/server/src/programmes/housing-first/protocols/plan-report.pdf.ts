import type { Content } from 'pdfmake/interfaces';
import { formatDate } from '@socrehab/domain';
import { housingFirstEn } from '@socrehab/domain/programmes/housing-first/i18n/housing-first.en';
import { housingFirstLv } from '@socrehab/domain/programmes/housing-first/i18n/housing-first.lv';
import { gridTable, heading, labelledTable, letterheadBlock, metaLine, paragraph, personRows, renderPdf, signatureBlock, titleBlock } from '../../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../../modules/documents/documents.text';
import type { DocumentLanguage, Letterhead, PersonLine } from '../../../modules/documents/documents.types';
import type { summarisePlanReport } from './plan-report';

/** HF-3.4.6 the report on the plan's implementation over a period ("Pārskats par sociālās rehabilitācijas plāna sniegšanu"). */
export interface PlanReportData extends Letterhead {
  caseNumber: string;
  person: PersonLine;
  from: string;
  to: string;
  summary: ReturnType<typeof summarisePlanReport>;
  socialWorkerName: string | null;
}

const MESSAGES = { lv: housingFirstLv, en: housingFirstEn } as const;
const DASH = '—';

const WORDING = {
  lv: {
    title: 'PĀRSKATS PAR SOCIĀLĀS REHABILITĀCIJAS PLĀNA SNIEGŠANU', header: 'Pārskats par plāna izpildi', period: (from: string, to: string) => `Periods: ${from}–${to}`,
    versions: 'Plāna versijas periodā', noPlan: 'Periodā nebija spēkā neviena sociālās rehabilitācijas plāna versija.', version: (v: number, from: string, to: string | null) => `${v}. versija: no ${from}${to ? ` līdz ${to}` : ''}`,
    progress: '1. Mērķu izpilde', counts: (done: number, inProgress: number, planned: number, dropped: number) => `Izpildīti: ${done}; tiek īstenoti: ${inProgress}; plānoti: ${planned}; atcelti: ${dropped}`,
    goalsHeading: '2. Mērķi, uzdevumi un atzīmes par izpildi', no: 'Nr.', domain: 'Dzīves joma', goal: 'Mērķis un uzdevumi', deadline: 'Termiņš', responsible: 'Atbildīgais', status: 'Izpilde, rezultāts',
    due: '3. Periodā beidzās termiņš', noDue: 'Periodā nebeidzās neviena mērķa termiņš.', reviews: '4. Plāna pārskatīšana periodā', noReviews: 'Periodā plāns netika pārskatīts.',
    work: '5. Veiktais darbs periodā', visits: 'Mājas vizītes (klients satikts)', contacts: 'Kontakti', entries: 'Darba žurnāla ieraksti', hours: 'Kontaktstundas kopā',
    socialWorker: 'Sociālais darbinieks', client: 'Klients', reviewNote: 'Pārskatīšanas piezīmes', reviewedBy: 'Pārskatīja',
  },
  en: {
    title: 'REPORT ON THE IMPLEMENTATION OF THE SOCIAL REHABILITATION PLAN', header: 'Plan implementation report', period: (from: string, to: string) => `Period: ${from}–${to}`,
    versions: 'Plan versions in the period', noPlan: 'No version of the social rehabilitation plan was in force in the period.', version: (v: number, from: string, to: string | null) => `Version ${v}: from ${from}${to ? ` to ${to}` : ''}`,
    progress: '1. Progress on the goals', counts: (done: number, inProgress: number, planned: number, dropped: number) => `Done: ${done}; in progress: ${inProgress}; planned: ${planned}; dropped: ${dropped}`,
    goalsHeading: '2. Goals, tasks and completion marks', no: 'No.', domain: 'Life domain', goal: 'Goal and tasks', deadline: 'Deadline', responsible: 'Responsible', status: 'Completion, result',
    due: '3. Deadlines in the period', noDue: 'No goal’s deadline fell in the period.', reviews: '4. Plan reviews in the period', noReviews: 'The plan was not reviewed in the period.',
    work: '5. Work done in the period', visits: 'Home visits (client met)', contacts: 'Contacts', entries: 'Work log entries', hours: 'Contact hours in total',
    socialWorker: 'Social worker', client: 'Client', reviewNote: 'Notes of the review', reviewedBy: 'Reviewed by',
  },
} as const;

const hoursText = (hours: number, language: DocumentLanguage) => hours.toLocaleString(language === 'lv' ? 'lv-LV' : 'en-GB', { maximumFractionDigits: 2 });

export function renderPlanReport(data: PlanReportData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const w = WORDING[language];
  const text = DOCUMENT_TEXT[language];
  const { planDocument: p, enums } = MESSAGES[language];
  const s = data.summary;
  const goals = s.latest?.goals ?? [];
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${text.common.documentDate}: ${formatDate(data.to)}`, `${text.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(w.title, w.period(formatDate(data.from), formatDate(data.to))),
    labelledTable([
      ...personRows(data.person, text, false),
      [text.common.caseNumber, data.caseNumber],
      [w.versions, s.versions.length > 0 ? s.versions.map((v) => w.version(v.version, formatDate(v.startedOn), v.endedOn ? formatDate(v.endedOn) : null)).join('\n') : DASH],
    ]),
  ];
  if (!s.latest) content.push(paragraph(w.noPlan));
  else {
    content.push(
      heading(w.progress),
      paragraph(w.counts(s.statusCounts.done, s.statusCounts.in_progress, s.statusCounts.planned, s.statusCounts.dropped), { bold: true }),
      heading(w.goalsHeading),
      gridTable([w.no, w.domain, w.goal, w.deadline, w.responsible, w.status], goals.map((g, i) => [
        `${i + 1}.`, enums.lifeDomain[g.domain], [g.goal, g.tasks].filter(Boolean).join('\n'), formatDate(g.deadline) || DASH, g.responsibleName ?? DASH,
        [p.status[g.status], g.result].filter(Boolean).join('\n'),
      ]), [24, 80, '*', 58, 70, 110]),
      heading(w.due),
      s.dueInPeriod.length > 0
        ? gridTable([w.goal, w.deadline, w.status], s.dueInPeriod.map((g) => [g.goal, formatDate(g.deadline), p.status[g.status]]), ['*', 70, 110])
        : paragraph(w.noDue),
    );
  }
  content.push(
    heading(w.reviews),
    s.reviews.length > 0
      ? gridTable([text.common.date, w.reviewNote, w.reviewedBy], s.reviews.map((r) => [formatDate(r.reviewedOn), r.note, r.recordedByName ?? DASH]), [70, '*', 100])
      : paragraph(w.noReviews),
    heading(w.work),
    labelledTable([
      [w.visits, `${s.work.visits} (${s.work.visitsMet})`],
      [w.contacts, String(s.work.contacts)],
      [w.entries, String(s.work.workLogEntries)],
      [w.hours, hoursText(s.work.hours, language)],
    ], 220),
    signatureBlock([{ role: w.socialWorker, name: data.socialWorkerName, date: data.to }, { role: w.client, name: data.person.fullName }], text),
  );
  return renderPdf({ letterhead: data, text, language, title: w.title, headerTitle: w.header, reference: `${text.common.caseNumber} ${data.caseNumber}`, content });
}
