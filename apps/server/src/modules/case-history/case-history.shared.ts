import { personSearchKey, validatePersonalCode, type CaseHistoryIssue, type CaseHistoryLine } from '@socrehab/domain';
import { type Ctx, originOf } from '../../app/context';
import type { Tx } from '../../db/database';
import { appendAuditEvent } from '../audit/audit.repository';
import * as repo from './case-history.repository';

/**
 * What every programme's import shares (docs/case-history-format.md): comparing a stored record with a
 * file's, and the registry's persons — matched by id, then by personal code, else new (never duplicated).
 */

/** Canonical JSON (keys sorted), so a stored record and a file's record compare by content. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The first top-level field where two records differ, for the error's field. */
export function firstDifference(a: Record<string, unknown>, b: Record<string, unknown>): string {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].find((k) => canonical(a[k]) !== canonical(b[k])) ?? '';
}

/**
 * A stored record (as its schema outputs it) against the file's: only the fields the file carries are
 * compared; a difference is `…errors.conflictsWithExisting` on the first differing field — an import never overwrites.
 */
export function compareStored(issues: CaseHistoryIssue[], line: number, stored: Record<string, unknown>, fileRecord: Record<string, unknown>) {
  const a = Object.fromEntries(Object.keys(fileRecord).map((k) => [k, stored[k]]));
  if (canonical(a) !== canonical(fileRecord)) issues.push({ line, field: firstDifference(a, fileRecord) || 'id', key: 'housing.caseHistory.errors.conflictsWithExisting' });
}

type PersonFields = { type: 'person'; id: string; givenNames: string; surnames: string; personalCode: string | null };
type PersonLine = CaseHistoryLine<PersonFields>;

/**
 * The file's persons against the registry: a person with the record's id, else one with its personal code
 * (current or earlier) is used — every reference of the file redirected to them; else the person is new
 * (two new persons of one file with the same code are `…errors.personCodeTaken`).
 */
export async function planPersons<L extends PersonLine>(tx: Tx, personLines: readonly L[], issues: CaseHistoryIssue[]) {
  const registry = await repo.findPersonsByIdsOrCodes(tx, personLines.map((l) => l.record.id), personLines.map((l) => l.record.personalCode).filter((c): c is string => !!c));
  const personIdOf = new Map<string, string>();
  const newPersons: L[] = [];
  const codesInFile = new Set<string>();
  for (const l of personLines) {
    const code = l.record.personalCode;
    const matched = registry.ids.has(l.record.id) ? l.record.id : code ? registry.personOfCode.get(code) : undefined;
    personIdOf.set(l.record.id, matched ?? l.record.id);
    if (!matched) {
      if (code && codesInFile.has(code)) issues.push({ line: l.line, field: 'personalCode', key: 'housing.caseHistory.errors.personCodeTaken' });
      newPersons.push(l);
    }
    if (code) codesInFile.add(code);
  }
  return { personIdOf, newPersons, person: (id: string) => personIdOf.get(id) ?? id };
}

/** Writes the new persons into the organisation's registry (with their code in the codes index), one audit event each. */
export async function writeNewPersons(tx: Tx, ctx: Ctx, newPersons: readonly PersonLine[], householdOf: (personId: string) => string | null = () => null) {
  for (const { record: p } of newPersons) {
    const { type: _type, id, ...fields } = p;
    const parsed = fields.personalCode ? validatePersonalCode(fields.personalCode) : null;
    const householdId = householdOf(id);
    await repo.insertPerson(tx, { ...fields, id, organisationId: ctx.actor.organisationId, searchName: personSearchKey(fields), createdBy: ctx.actor.userId, ...(householdId ? { householdId } : {}) },
      parsed ? (parsed.ok ? parsed.format : 'old') : null);
    await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'person', entityId: id, personId: id, changes: { source: 'case_history_import' } }, ctx.now());
  }
}
