import { formatCaseHistoryLine } from '@socrehab/domain';
import { type CaseHistoryRecord } from '@socrehab/domain/programmes/housing-first/index';
import type { Tx } from '../../../db/database';
import { encode, normalise, SIMPLE_RECORD_TYPES, type EmailOf } from './case-history.codec';
import * as repo from './case-history.repository';

type Rows = Awaited<ReturnType<typeof repo.loadCaseHistoryRows>>;

/** Housing First's cases as lines (HF-3.1 – HF-3.4, HF-4.4): the export half of its `caseHistory`. */
export async function exportHousingFirstLines(tx: Tx, caseIds: readonly string[]): Promise<string[]> {
  const rows = await repo.loadCaseHistoryRows(tx, caseIds);
  const emails = await repo.findUserEmails(tx, collectUserIds(rows));
  return buildLines(rows, (id) => (id ? emails.get(id) ?? null : null));
}

/** The canonical order: cases by opening day; per case its person (once), application, assessments, decision, its dwellings (once), the case, then its records by type and date. */
function buildLines(rows: Rows, emailOf: EmailOf): string[] {
  const lines: string[] = [];
  const put = (record: Record<string, unknown> & { type: CaseHistoryRecord['type'] }) => lines.push(formatCaseHistoryLine(normalise(record)));
  const byDate = <T extends { id: string }>(list: T[], date: (row: T) => string | number) =>
    [...list].sort((a, b) => String(date(a)).localeCompare(String(date(b))) || a.id.localeCompare(b.id));
  const pad = (n: number) => String(n).padStart(6, '0');
  const written = new Set<string>();
  const once = (id: string) => !written.has(id) && !!written.add(id);
  for (const c of byDate(rows.cases, (c) => c.openedOn)) {
    const person = rows.persons.find((p) => p.id === c.personId);
    if (person && once(person.id)) put(encode.person(person));
    const application = rows.applications.find((a) => a.id === c.applicationId);
    if (application && once(application.id)) {
      put(encode.application(application));
      for (const e of byDate(rows.eligibilityAssessments.filter((e) => e.applicationId === application.id), (e) => e.assessedOn)) put(encode.eligibility_assessment(e, emailOf));
      const decision = encode.decision(application, emailOf);
      if (decision) put(decision);
    }
    const dwellingIds = [c.dwellingId, ...rows.simple.move_in.filter((m) => m.caseId === c.id).map((m) => m.dwellingId), ...rows.simple.dwelling_key.filter((k) => k.caseId === c.id).map((k) => k.dwellingId)];
    for (const d of byDate(rows.dwellings.filter((d) => dwellingIds.includes(d.id)), (d) => d.address)) if (once(d.id)) put(encode.dwelling(d));
    put(encode.case(c, emailOf));
    for (const type of SIMPLE_RECORD_TYPES) {
      const own = (rows.simple[type] as Array<{ id: string; caseId: string } & Record<string, unknown>>).filter((r) => r.caseId === c.id);
      const dateOf = (r: Record<string, unknown>) => (type === 'plan' ? pad(r.version as number) : String(r[DATE_OF[type]] ?? '') + (type === 'visit' ? String(r.atTime ?? '') : ''));
      for (const r of byDate(own, dateOf)) put((encode[type] as (row: unknown, e: EmailOf) => Record<string, unknown> & { type: CaseHistoryRecord['type'] })(r, emailOf));
    }
    for (const e of rows.endings.filter((e) => e.caseId === c.id)) put(encode.exit(e, rows.confirmations.filter((x) => x.endingId === e.id), emailOf));
  }
  return lines;
}

const DATE_OF: Record<(typeof SIMPLE_RECORD_TYPES)[number], string> = {
  team_member: 'fromDate', case_document: 'onDate', consent: 'givenOn', initial_assessment: 'assessedOn', move_in: 'movedInOn', dwelling_key: 'handedOn', visit_slot: 'fromDate', visit: 'visitedOn', contact: 'contactOn', escalation_extension: 'recordedOn',
  engagement_extension: 'decidedOn', engagement_suspension: 'fromOn',
  support_offer: 'offeredOn', plan: 'version', plan_review: 'reviewedOn', functioning_assessment: 'assessedOn', work_log_entry: 'entryOn', incident: 'occurredOn',
  cooperation_protocol: 'heldOn',
};

/** Every user the rows name, to write them as e-mails. */
function collectUserIds(rows: Rows): string[] {
  const ids: Array<string | null | undefined> = [];
  for (const c of rows.cases) ids.push(c.caseManagerUserId);
  for (const a of rows.applications) ids.push(a.decidedBy);
  for (const e of rows.eligibilityAssessments) ids.push(e.assessedBy);
  for (const list of Object.values(rows.simple)) {
    for (const row of list as Array<Record<string, unknown>>) {
      for (const key of ['userId', 'assessedBy', 'setBy', 'recordedBy', 'workerId', 'justifiedBy', 'authorId', 'cancelledBy']) ids.push(row[key] as string | null | undefined);
      if (Array.isArray(row.workerIds)) ids.push(...(row.workerIds as string[]));
      if (Array.isArray(row.goals)) ids.push(...(row.goals as Array<{ responsibleUserId?: string | null }>).map((g) => g.responsibleUserId));
    }
  }
  for (const e of rows.endings) ids.push(e.proposedBy);
  for (const c of rows.confirmations) ids.push(c.userId);
  return [...new Set(ids.filter((id): id is string => !!id))];
}
