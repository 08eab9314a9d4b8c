import { formatCaseHistoryLine, type CaseHistoryIssue } from '@socrehab/domain';
import {
  IP_CASE_HISTORY_RECORDS, type IpCaseHistoryLine, type IpCaseHistoryRecordOf, type IpCaseHistoryRecordType,
} from '@socrehab/domain/programmes/individual-programme/index';
import { type Ctx, originOf } from '../../app/context';
import type { Tx } from '../../db/database';
import type { cases, dwellings, households, ipCases } from '../../db/schema';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { decodeDwelling, encode as core } from '../../modules/case-history/case-history.codec';
import { findCases, findDwellings, findExistingMunicipalities, findTakenCaseNumbers, findUserEmails, findUsersByEmails } from '../../modules/case-history/case-history.repository';
import { compareStored, planPersons, writeNewPersons } from '../../modules/case-history/case-history.shared';
import type { ServerCaseHistory } from '../programme-module';
import * as repo from './case-history.repository';
import { getAgreementInForce, PROGRAMME } from './individual-programme.repository';

/**
 * The Individual Programme's cases in the case-history format (docs/case-history-format.md, issue 12):
 * IP-1 the case with its decision and subject (a person, or a family's receiving members), IP-2 the plan's
 * service lines and the volume delivered, IP-3 costs and co-payments, IP-5 the satisfaction surveys, and
 * the ending. Export writes them in the canonical order; import checks them against the database and
 * writes them into the importing provider's register in the caller's transaction.
 */

type R<T extends IpCaseHistoryRecordType> = IpCaseHistoryRecordOf<T>;
type Line<T extends IpCaseHistoryRecordType> = { line: number; record: R<T> };
type EmailOf = (userId: string | null) => string | null;
type Rows = Awaited<ReturnType<typeof repo.loadIpHistoryRows>>;
type CaseRows = repo.IpCaseRows;
type OwnType = repo.IpHistoryTableType;

const toMonth = (day: string) => day.slice(0, 7);
const firstDay = (month: string) => `${month}-01`;

/** A record as the schema outputs it, so stored and imported records compare (and print) the same; a row recorded before today's rules is written as stored. */
function normalise(record: { type: IpCaseHistoryRecordType } & Record<string, unknown>): Record<string, unknown> & { type: string; id: string } {
  const parsed = IP_CASE_HISTORY_RECORDS[record.type].safeParse(record);
  return (parsed.success ? parsed.data : record) as Record<string, unknown> & { type: string; id: string };
}

// ── rows → records ────────────────────────────────────────────────────────────────────────────

const encodeCase = ({ theCase: c, ip }: CaseRows, emailOf: EmailOf) => ({
  type: 'ip_case' as const, id: c.id, personId: c.personId, municipalityAtvk: c.municipalityAtvk, targetGroup: ip.targetGroup, decidedOn: ip.decidedOn, openedOn: c.openedOn,
  communityServicesConsidered: ip.communityServicesConsidered, unmetNeedReason: ip.unmetNeedReason, servicePlace: ip.servicePlace, agreementEndsOn: ip.agreementEndsOn,
  householdId: ip.householdId, caseNumber: c.caseNumber, decidedBy: emailOf(ip.decidedBy) ?? '', caseManager: emailOf(c.caseManagerUserId),
});

const encodeEnding = ({ theCase: c, ip }: CaseRows) => (ip.endingReason && c.closedOn
  ? { type: 'ip_ending' as const, id: c.id, endedOn: c.closedOn, reason: ip.endingReason, note: ip.endingNote }
  : null);

const encodeOwn: { [T in OwnType]: (row: repo.IpHistoryRow<T>, email: (id: string | null) => string) => Record<string, unknown> & { type: T } } = {
  ip_recipient: (r) => ({ type: 'ip_recipient', id: r.id, caseId: r.caseId, personId: r.personId, fromDate: r.fromDate, toDate: r.toDate }),
  ip_team_member: (m, email) => ({ type: 'ip_team_member', id: m.id, caseId: m.caseId, worker: email(m.userId), teamRole: m.teamRole, fromDate: m.fromDate, toDate: m.toDate }),
  ip_service_line: (l, email) => ({
    type: 'ip_service_line', id: l.id, caseId: l.caseId, line: l.line, skillAreas: l.skillAreas, unit: l.unit, plannedPerMonth: Number(l.plannedPerMonth),
    fromMonth: toMonth(l.fromMonth), toMonth: l.toMonth ? toMonth(l.toMonth) : null, dwellingId: l.dwellingId, note: l.note, createdBy: email(l.createdBy),
  }),
  ip_service_delivery: (d, email) => ({
    type: 'ip_service_delivery', id: d.id, caseId: d.caseId, serviceLineId: d.serviceLineId, month: toMonth(d.month), delivered: Number(d.delivered), note: d.note, recordedBy: email(d.recordedBy),
  }),
  ip_cost: (c, email) => ({
    type: 'ip_cost', id: c.id, caseId: c.caseId, month: toMonth(c.month), kind: c.kind, plannedCents: c.plannedCents, actualCents: c.actualCents, recordedBy: email(c.recordedBy),
  }),
  ip_co_payment: (c, email) => ({
    type: 'ip_co_payment', id: c.id, caseId: c.caseId, effectiveFrom: toMonth(c.effectiveFrom), rentCents: c.rentCents, managementCents: c.managementCents,
    electricityCents: c.electricityCents, gasCents: c.gasCents, utilitiesCents: c.utilitiesCents, basis: c.basis, assessedOn: c.assessedOn, recordedBy: email(c.recordedBy),
  }),
  evaluation: (e, email) => ({
    type: 'evaluation', id: e.id, caseId: e.caseId!, instrument: e.instrument, recordedOn: e.recordedOn, score: e.score === null ? null : Number(e.score), answers: e.answers,
    note: e.note, recordedBy: email(e.recordedBy),
  }),
};

/** The day (or month) each of the case's own records is ordered by in an export, then its id. */
const ORDER_OF: { [T in OwnType]: (row: repo.IpHistoryRow<T>) => string } = {
  ip_recipient: (r) => r.fromDate, ip_team_member: (m) => m.fromDate, ip_service_line: (l) => l.fromMonth, ip_service_delivery: (d) => d.month,
  ip_cost: (c) => `${c.month}:${c.kind}`, ip_co_payment: (c) => c.effectiveFrom, evaluation: (e) => e.recordedOn,
};
const OWN_TYPES = Object.keys(ORDER_OF) as OwnType[];

/** The users the rows name, to write them as e-mails. */
function userIdsOf(rows: Rows): string[] {
  const ids: Array<string | null> = rows.cases.flatMap(({ theCase, ip }) => [theCase.caseManagerUserId, ip.decidedBy]);
  for (const type of OWN_TYPES) {
    for (const row of rows.tables[type] as Array<Record<string, unknown>>) for (const key of ['userId', 'createdBy', 'recordedBy']) ids.push((row[key] as string | undefined) ?? null);
  }
  return [...new Set(ids.filter((id): id is string => !!id))];
}

/**
 * The lines of these cases: cases by opening day; per case its persons (the case's, then each recipient's,
 * once per file), the dwellings of its housing lines (once per file, by address), the case, then its
 * recipients, team, service lines, deliveries, costs, co-payments and surveys by day, then id, and its ending.
 */
async function exportLines(tx: Tx, caseIds: readonly string[]): Promise<string[]> {
  const rows = await repo.loadIpHistoryRows(tx, caseIds);
  const emails = await findUserEmails(tx, userIdsOf(rows));
  const emailOf: EmailOf = (id) => (id ? emails.get(id) ?? null : null);
  const lines: string[] = [];
  const put = (record: { type: IpCaseHistoryRecordType } & Record<string, unknown>) => lines.push(formatCaseHistoryLine(normalise(record)));
  const byOrder = <T extends { id: string }>(list: readonly T[], order: (row: T) => string) => [...list].sort((a, b) => order(a).localeCompare(order(b)) || a.id.localeCompare(b.id));
  const written = new Set<string>();
  const once = (id: string) => !written.has(id) && !!written.add(id);
  for (const c of byOrder(rows.cases.map((r) => ({ ...r, id: r.theCase.id })), (r) => r.theCase.openedOn)) {
    const own = <T extends OwnType>(type: T) => byOrder((rows.tables[type] as repo.IpHistoryRow<T>[]).filter((r) => r.caseId === c.id), ORDER_OF[type] as (row: repo.IpHistoryRow<T>) => string);
    const recipients = own('ip_recipient');
    for (const personId of [c.theCase.personId, ...recipients.map((r) => r.personId)]) {
      const person = rows.persons.find((p) => p.id === personId);
      if (person && once(person.id)) put(core.person(person));
    }
    const dwellingIds = own('ip_service_line').map((l) => l.dwellingId);
    for (const d of byOrder(rows.dwellings.filter((d) => dwellingIds.includes(d.id)), (d) => d.address)) if (once(d.id)) put(core.dwelling(d));
    put(encodeCase(c, emailOf));
    for (const type of OWN_TYPES) {
      for (const row of own(type)) put((encodeOwn[type] as (r: unknown, e: (id: string | null) => string) => { type: IpCaseHistoryRecordType } & Record<string, unknown>)(row, (id) => emailOf(id) ?? ''));
    }
    const ending = encodeEnding(c);
    if (ending) put(ending);
  }
  return lines;
}

// ── records → rows ────────────────────────────────────────────────────────────────────────────

type UserIdOf = (email: string) => string;
const decodeOwn: { [T in OwnType]: (r: R<T>, organisationId: string, user: UserIdOf, person: (id: string) => string) => unknown } = {
  ip_recipient: (r, o, _u, person) => ({ id: r.id, caseId: r.caseId, organisationId: o, personId: person(r.personId), fromDate: r.fromDate, toDate: r.toDate }),
  ip_team_member: (r, o, user) => ({ id: r.id, caseId: r.caseId, organisationId: o, userId: user(r.worker), teamRole: r.teamRole, fromDate: r.fromDate, toDate: r.toDate }),
  ip_service_line: (r, o, user) => ({
    id: r.id, caseId: r.caseId, organisationId: o, line: r.line, skillAreas: [...new Set(r.skillAreas)], unit: r.unit, plannedPerMonth: r.plannedPerMonth,
    fromMonth: firstDay(r.fromMonth), toMonth: r.toMonth ? firstDay(r.toMonth) : null, dwellingId: r.dwellingId, note: r.note, createdBy: user(r.createdBy),
  }),
  ip_service_delivery: (r, o, user) => ({
    id: r.id, serviceLineId: r.serviceLineId, caseId: r.caseId, organisationId: o, month: firstDay(r.month), delivered: r.delivered, note: r.note, recordedBy: user(r.recordedBy),
  }),
  ip_cost: (r, o, user) => ({
    id: r.id, caseId: r.caseId, organisationId: o, month: firstDay(r.month), kind: r.kind, plannedCents: r.plannedCents, actualCents: r.actualCents, recordedBy: user(r.recordedBy),
  }),
  ip_co_payment: (r, o, user) => ({
    id: r.id, caseId: r.caseId, organisationId: o, effectiveFrom: firstDay(r.effectiveFrom), rentCents: r.rentCents, managementCents: r.managementCents,
    electricityCents: r.electricityCents, gasCents: r.gasCents, utilitiesCents: r.utilitiesCents, basis: r.basis, assessedOn: r.assessedOn, recordedBy: user(r.recordedBy),
  }),
  evaluation: (r, _o, user) => ({
    id: r.id, programmeCode: PROGRAMME, instrument: r.instrument, caseId: r.caseId, recordedOn: r.recordedOn, score: r.score, answers: r.answers, note: r.note, recordedBy: user(r.recordedBy),
  }),
};

/** What the database allows once (a recipient per case, a delivery per line and month, a cost per month and kind, a co-payment per month): the key and its field. */
const UNIQUE_KEY: Partial<{ [T in OwnType]: { field: string; ofRecord: (r: R<T>, person: (id: string) => string) => string; ofRow: (row: repo.IpHistoryRow<T>) => string } }> = {
  ip_recipient: { field: 'personId', ofRecord: (r, person) => `${r.caseId}:${person(r.personId)}`, ofRow: (row) => `${row.caseId}:${row.personId}` },
  ip_service_delivery: { field: 'month', ofRecord: (r) => `${r.serviceLineId}:${firstDay(r.month)}`, ofRow: (row) => `${row.serviceLineId}:${row.month}` },
  ip_cost: { field: 'month', ofRecord: (r) => `${r.caseId}:${firstDay(r.month)}:${r.kind}`, ofRow: (row) => `${row.caseId}:${row.month}:${row.kind}` },
  ip_co_payment: { field: 'effectiveFrom', ofRecord: (r) => `${r.caseId}:${firstDay(r.effectiveFrom)}`, ofRow: (row) => `${row.caseId}:${row.effectiveFrom}` },
};

/** The e-mails a record names; `municipal`: a user of the case's municipality's social service may be meant (the decision may be the municipality's, IP-1). */
function workerFields(r: IpCaseHistoryLine['record']): Array<{ field: string; email: string; municipal: boolean }> {
  const f = (field: string, email: string | null, municipal = false) => (email ? [{ field, email, municipal }] : []);
  switch (r.type) {
    case 'ip_case': return [...f('decidedBy', r.decidedBy, true), ...f('caseManager', r.caseManager)];
    case 'ip_team_member': return f('worker', r.worker, r.teamRole === 'municipal_social_worker');
    case 'ip_service_line': return f('createdBy', r.createdBy);
    case 'ip_service_delivery': case 'ip_cost': case 'ip_co_payment': case 'evaluation': return f('recordedBy', r.recordedBy);
    default: return [];
  }
}

/**
 * Every check of an IP file against the database, and what to write into the actor's organisation:
 * workers (users of the organisation; the decision's and a municipal social worker's also of the case's
 * municipality's social service), municipalities, persons (the registry's by id or code, else new),
 * dwellings, the case number free in the register, the provider's agreement with the municipality in
 * force on the opening day (IP-4), a record already stored compared (never overwritten) and one of
 * another organisation's case refused.
 */
async function planImport(tx: Tx, ctx: Ctx, file: { records: readonly IpCaseHistoryLine[] | readonly { line: number; record: unknown }[] }, issues: CaseHistoryIssue[]) {
  const records = file.records as readonly IpCaseHistoryLine[];
  const organisationId = ctx.actor.organisationId;
  const issue = (line: number, field: string, key: string) => issues.push({ line, field, key });
  const linesOf = <T extends IpCaseHistoryRecordType>(type: T) => records.filter((l) => l.record.type === type) as Line<T>[];
  const created: IpCaseHistoryLine[] = [];
  const caseLines = linesOf('ip_case');
  const fileCases = new Map(caseLines.map((l) => [l.record.id, l.record]));

  // workers
  const users = new Map((await findUsersByEmails(tx, [...new Set(records.flatMap((l) => workerFields(l.record).map((w) => w.email)))])).map((u) => [u.email, u]));
  for (const { line, record } of records) {
    const atvk = record.type === 'ip_case' ? record.municipalityAtvk : 'caseId' in record ? fileCases.get(record.caseId)?.municipalityAtvk : undefined;
    for (const w of workerFields(record)) {
      const u = users.get(w.email);
      const allowed = u && (u.organisationId === organisationId || (w.municipal && u.organisationKind === 'municipal_social_service' && u.municipalityAtvk === atvk));
      if (!allowed) issue(line, w.field, 'housing.caseHistory.errors.unknownWorker');
      else if (record.type === 'ip_case' && w.field === 'caseManager' && !u.roles.includes('social_worker')) issue(line, 'caseManager', 'ip.errors.caseManagerInvalid');
      else if (record.type === 'ip_team_member' && !u.roles.includes(record.teamRole)) issue(line, 'teamRole', 'housing.caseHistory.errors.workerRole');
    }
  }
  const userIdOf: UserIdOf = (email) => users.get(email)?.id ?? '';
  const emailOfId = new Map([...users.values()].map((u) => [u.id, u.email]));
  const emailOf: EmailOf = (id) => (id ? emailOfId.get(id) ?? null : null);
  const email = (id: string | null) => emailOf(id) ?? '';

  // municipalities
  const dwellingLines = linesOf('dwelling');
  const known = await findExistingMunicipalities(tx, [...new Set([...caseLines, ...dwellingLines].map((l) => l.record.municipalityAtvk))]);
  for (const l of [...caseLines, ...dwellingLines]) if (!known.has(l.record.municipalityAtvk)) issue(l.line, 'municipalityAtvk', 'housing.caseHistory.errors.unknownMunicipality');

  // persons: the registry's by id, then by personal code; else new
  const { newPersons, person } = await planPersons(tx, linesOf('person'), issues);
  created.push(...newPersons);

  // dwellings of housing lines (IP-2): one already in a register is compared, a new one joins the importing organisation's
  const storedDwellings = new Map((await findDwellings(tx, dwellingLines.map((l) => l.record.id))).map((d) => [d.id, d]));
  const newDwellings: Array<typeof dwellings.$inferInsert> = [];
  for (const l of dwellingLines) {
    const stored = storedDwellings.get(l.record.id);
    if (stored) { compareStored(issues, l.line, normalise(core.dwelling(stored)), l.record); continue; }
    newDwellings.push(decodeDwelling(l.record, organisationId, ctx.actor.userId));
    created.push(l);
  }

  // IP-1 cases: the number free in the provider's register, the agreement in force on the opening day; an ending with its case
  const storedCases = new Map((await findCases(tx, caseLines.map((l) => l.record.id))).map((c) => [c.id, c]));
  const storedIp = new Map((await repo.findIpCaseRows(tx, caseLines.map((l) => l.record.id))).map((r) => [r.theCase.id, r]));
  const storedElsewhere = (caseId: string) => { const c = storedCases.get(caseId); return !!c && c.organisationId !== organisationId; };
  const endings = new Map(linesOf('ip_ending').map((l) => [l.record.id, l]));
  const taken = await findTakenCaseNumbers(tx, organisationId, caseLines.map((l) => l.record.caseNumber).filter((n): n is string => !!n));
  const householdIds = [...new Set(caseLines.map((l) => l.record.householdId).filter((id): id is string => !!id))];
  const storedHouseholds = await repo.findHouseholdIds(tx, householdIds);
  const numbersInFile = new Set<string>();
  const newCases: Array<typeof cases.$inferInsert> = [];
  const newIpCases: Array<typeof ipCases.$inferInsert> = [];
  const closeStored: Array<R<'ip_ending'>> = [];
  const householdOfPerson = new Map<string, string>();
  for (const l of caseLines) {
    const r = { ...l.record, personId: person(l.record.personId) };
    const ending = endings.get(r.id);
    const stored = storedIp.get(r.id);
    if (storedCases.has(r.id)) {
      if (!stored || storedElsewhere(r.id)) { issue(l.line, 'id', 'housing.caseHistory.errors.idTaken'); continue; }
      compareStored(issues, l.line, normalise(encodeCase(stored, emailOf)), r);
      const storedEnding = encodeEnding(stored);
      if (ending && storedEnding) compareStored(issues, ending.line, normalise(storedEnding), ending.record);
      else if (ending) { closeStored.push(ending.record); created.push(ending); }
      continue;
    }
    if (r.caseNumber && (taken.has(r.caseNumber) || numbersInFile.has(r.caseNumber))) issue(l.line, 'caseNumber', 'housing.caseHistory.errors.caseNumberTaken');
    if (r.caseNumber) numbersInFile.add(r.caseNumber);
    const agreement = await getAgreementInForce(tx, organisationId, r.municipalityAtvk, r.openedOn);
    if (!agreement) { issue(l.line, 'openedOn', 'ip.errors.noAgreement'); continue; }
    const endedOn = ending?.record.endedOn ?? null;
    newCases.push({
      id: r.id, organisationId, personId: r.personId, municipalityAtvk: r.municipalityAtvk, programme: PROGRAMME, caseNumber: r.caseNumber,
      status: endedOn ? 'closed' : 'open', openedOn: r.openedOn, closedOn: endedOn, caseManagerUserId: r.caseManager ? userIdOf(r.caseManager) : null,
    });
    newIpCases.push({
      caseId: r.id, organisationId, householdId: r.householdId, serviceAgreementId: agreement.id, targetGroup: r.targetGroup, decidedOn: r.decidedOn, decidedBy: userIdOf(r.decidedBy),
      communityServicesConsidered: r.communityServicesConsidered, unmetNeedReason: r.unmetNeedReason, servicePlace: r.servicePlace, agreementEndsOn: r.agreementEndsOn,
      endingReason: ending?.record.reason ?? null, endingNote: ending?.record.note ?? null,
    });
    // a family's members new to the registry join its household (a registered person's household is the registry's)
    if (r.householdId) for (const x of linesOf('ip_recipient').filter((x) => x.record.caseId === r.id)) householdOfPerson.set(x.record.personId, r.householdId);
    created.push(l);
    if (ending) created.push(ending);
  }
  const newHouseholds: Array<typeof households.$inferInsert> = householdIds.filter((id) => !storedHouseholds.has(id) && newIpCases.some((c) => c.householdId === id)).map((id) => ({ id, organisationId }));

  // the cases' own records (IP-1 recipients and team, IP-2 lines and deliveries, IP-3 costs and co-payments, IP-5 surveys)
  const storedCaseIds = [...storedIp.keys()];
  const own: Array<{ type: OwnType; rows: unknown[] }> = [];
  for (const type of OWN_TYPES) {
    const typeLines = linesOf(type) as Array<Line<typeof type>>;
    const byId = new Map((await repo.findRowsByIds(tx, type, typeLines.map((l) => l.record.id))).map((row) => [row.id, row]));
    const unique = UNIQUE_KEY[type] as { field: string; ofRecord: (r: unknown, p: typeof person) => string; ofRow: (row: unknown) => string } | undefined;
    const takenKeys = new Set(unique ? (await repo.findRowsOfCases(tx, type, storedCaseIds)).filter((row) => !typeLines.some((l) => l.record.id === row.id)).map(unique.ofRow) : []);
    const rows: unknown[] = [];
    for (const l of typeLines) {
      const row = byId.get(l.record.id);
      const fileRecord = l.record.type === 'ip_recipient' ? { ...l.record, personId: person(l.record.personId) } : l.record;
      if (row) { compareStored(issues, l.line, normalise((encodeOwn[type] as (r: unknown, e: typeof email) => { type: IpCaseHistoryRecordType } & Record<string, unknown>)(row, email)), fileRecord); continue; }
      if (storedElsewhere(l.record.caseId)) { issue(l.line, 'caseId', 'housing.caseHistory.errors.idTaken'); continue; }
      if (unique && takenKeys.has(unique.ofRecord(l.record, person))) { issue(l.line, unique.field, 'housing.caseHistory.errors.duplicateRecord'); continue; }
      rows.push((decodeOwn[type] as (r: unknown, o: string, u: UserIdOf, p: typeof person) => unknown)(l.record, organisationId, userIdOf, person));
      created.push(l);
    }
    own.push({ type, rows });
  }

  const write = async () => {
    await repo.insertHouseholds(tx, newHouseholds);
    await writeNewPersons(tx, ctx, newPersons, (id) => householdOfPerson.get(id) ?? null);
    await repo.insertDwellings(tx, newDwellings);
    await repo.insertIpHistory(tx, { cases: newCases, ipCases: newIpCases, own });
    for (const e of closeStored) await repo.closeIpCase(tx, e.id, e.endedOn, e.reason, e.note);
    // one event per case the import added to: what came in, counted by record type
    const perCase = new Map<string, Record<string, number>>();
    for (const { record } of created) {
      const caseId = record.type === 'ip_case' || record.type === 'ip_ending' ? record.id : 'caseId' in record ? record.caseId : null;
      if (!caseId) continue;
      const counts = perCase.get(caseId) ?? {};
      counts[record.type] = (counts[record.type] ?? 0) + 1;
      perCase.set(caseId, counts);
    }
    for (const [caseId, counts] of perCase) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'create', entityType: 'ip_case', entityId: caseId, personId: person(fileCases.get(caseId)?.personId ?? '') || null, changes: { source: 'case_history_import', records: counts },
      }, ctx.now());
    }
  };
  return { created, write };
}

/** The Individual Programme's half of the case-history format on the server (issue 12). */
export const ipCaseHistory: ServerCaseHistory = { exportLines, planImport };
