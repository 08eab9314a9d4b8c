import { canMergePersons, checkPersonDates, personSearchKey, validatePersonalCode, type PersonFields } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import type { Tx } from '../../db/database';
import { AppError, conflict, forbidden, invalidField, isUniqueViolation } from '../../shared/errors';
import { personNotFound } from '../access/person-access';
import { addressAccessFor } from '../access/address-protection';
import { appendAuditEvent } from '../audit/audit.repository';
import { diffFields } from '../audit/audit.events';
import {
  deleteRelation, findPersonIdByCode, findSimilarPersons, getPersonById, getPersonCodes, getRelationById, insertHousehold, insertPerson, insertPersonCode, insertRelation, lockPersonRow, retirePersonCode, updatePersonRow, type PersonRow,
} from './persons.repository';
import { loadPersonDetail, presentDuplicate } from './persons.presenters';


/** The fields compared and shown in history; the stored search key is derived, not history. */
const historyFields = (p: PersonFields | PersonRow) => ({
  givenNames: p.givenNames, surnames: p.surnames, personalCode: p.personalCode, birthDate: p.birthDate,
  gender: p.gender, languages: p.languages, phone: p.phone, email: p.email, declaredAddress: p.declaredAddress,
  whereaboutsKind: p.whereaboutsKind, whereabouts: p.whereabouts, notes: p.notes,
});

/** Issue 11 §2 — no birth date in the future, typed or carried by the personal code (today in Riga). */
function requirePossibleDates(fields: PersonFields, ctx: Ctx) {
  const problems = checkPersonDates(fields, today(ctx));
  if (Object.keys(problems).length) {
    throw new AppError(400, 'validation.failed', 'errors.validation', { fields: Object.fromEntries(Object.entries(problems).map(([f, key]) => [`person.${f}`, key])) });
  }
}

/** An old-format code tells the birth date: fill it in when the worker left it empty. */
function withDerivedBirthDate(fields: PersonFields): PersonFields {
  if (fields.birthDate || !fields.personalCode) return fields;
  const code = validatePersonalCode(fields.personalCode);
  return code.ok && code.format === 'old' ? { ...fields, birthDate: code.birthDate } : fields;
}

/** Warnings (i18n keys) that do not stop a save. */
function warningsOf(fields: PersonFields): string[] {
  if (!fields.personalCode) return [];
  const code = validatePersonalCode(fields.personalCode);
  return code.ok && code.warnings.length ? ['warnings.personalCodeCheckDigit'] : [];
}

/** Likely duplicates visible to the worker: the same personal code, or a similar name and the same birth date. */
export async function findDuplicates(input: { givenNames: string; surnames: string; birthDate: string | null; personalCode: string | null }, ctx: Ctx, tx?: Tx) {
  const db = tx ?? ctx.db;
  const candidates: ReturnType<typeof presentDuplicate>[] = [];
  if (input.personalCode) {
    const id = await findPersonIdByCode(db, input.personalCode);
    const found = id ? await getPersonById(db, ctx.actor, today(ctx), id) : null;
    if (found) candidates.push(presentDuplicate(found.person, 'same_code'));
  }
  if (input.birthDate && (input.givenNames || input.surnames)) {
    const similar = await findSimilarPersons(db, ctx.actor, today(ctx), personSearchKey(input), input.birthDate);
    for (const p of similar) {
      if (!candidates.some((c) => c.id === p.id)) candidates.push(presentDuplicate(p, 'similar_name_same_birth_date'));
    }
  }
  return candidates;
}

/**
 * Registers a person. The same personal code is refused outright; a similar name with the same birth
 * date is a warning the worker must confirm (`confirmNotDuplicate`).
 */
export async function createPerson(input: { person: PersonFields; confirmNotDuplicate: boolean }, ctx: Ctx) {
  requirePossibleDates(input.person, ctx);
  const fields = withDerivedBirthDate(input.person);
  return ctx.db.transaction(async (tx) => {
    if (fields.personalCode && (await findPersonIdByCode(tx, fields.personalCode))) throw await personalCodeClash(tx, ctx, fields.personalCode, 'person.personalCode');
    if (!input.confirmNotDuplicate) {
      const candidates = await findDuplicates({ ...fields, personalCode: null }, ctx, tx);
      if (candidates.length) throw conflict('persons.possible_duplicate', 'errors.persons.possibleDuplicate', { candidates });
    }
    const row = await insertPerson(tx, { ...fields, organisationId: ctx.actor.organisationId, searchName: personSearchKey(fields), createdBy: ctx.actor.userId });
    if (fields.personalCode) await insertCodeOnce(tx, ctx, 'person.personalCode', row.id, row.organisationId, fields.personalCode);
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'create', entityType: 'person', entityId: row.id, personId: row.id, changes: diffFields(null, historyFields(fields)),
    }, ctx.now());
    return { person: await loadPersonDetail(tx, ctx, row.id), warnings: warningsOf(fields) };
  });
}

async function insertCode(tx: Tx, personId: string, organisationId: string, code: string, changeReason: string | null = null) {
  const parsed = validatePersonalCode(code);
  await insertPersonCode(tx, { personId, organisationId, code, format: parsed.ok ? parsed.format : 'old', changeReason });
}

/**
 * Issue 11 §1: a code is registered once. The UNIQUE index decides, also between two requests giving
 * the same code at once; a clash is answered by `personalCodeClash` (the insert runs in a savepoint, so
 * the transaction can still read who holds the code).
 */
async function insertCodeOnce(tx: Tx, ctx: Ctx, field: string, personId: string, organisationId: string, code: string, changeReason: string | null = null) {
  try {
    await tx.transaction((savepoint) => insertCode(savepoint, personId, organisationId, code, changeReason));
  } catch (error) {
    if (isUniqueViolation(error, 'person_codes_code')) throw await personalCodeClash(tx, ctx, code, field);
    throw error;
  }
}

/**
 * A personal code already registered (issue 11 §1, §4). An actor who may see its person is shown that
 * person as the candidate; anyone else gets a neutral refusal that points to asking the person's
 * provider or municipality for access or a referral — neither whose code it is nor where it is held.
 */
async function personalCodeClash(tx: Tx, ctx: Ctx, code: string, field: string) {
  const holderId = await findPersonIdByCode(tx, code);
  const holder = holderId ? await getPersonById(tx, ctx.actor, today(ctx), holderId) : null;
  if (!holder) return new AppError(409, 'persons.personal_code_unavailable', 'errors.persons.personalCodeUnavailable', { fields: { [field]: 'errors.persons.personalCodeUnavailable' } });
  return new AppError(409, 'persons.personal_code_taken', 'errors.persons.personalCodeTaken', {
    fields: { [field]: 'errors.persons.personalCodeTaken' },
    details: { candidates: [presentDuplicate(holder.person, 'same_code')] },
  });
}

/**
 * Loads a person in scope inside a transaction, locking the row for the change that follows. The row
 * is locked first and read after (issue 11 §1): under READ COMMITTED a read before the lock may be a
 * version another transaction has already replaced.
 */
async function lockPerson(tx: Tx, ctx: Ctx, id: string) {
  await lockPersonRow(tx, id);
  const found = await getPersonById(tx, ctx.actor, today(ctx), id);
  if (!found) throw personNotFound();
  return found.person;
}

/**
 * Edits a person. The worker sends the version they saw; if someone saved in between, the answer is
 * 409 with the current data — never a silent overwrite. A code once set changes only through
 * `changePersonalCode`.
 */
export async function updatePerson(input: { id: string; version: number; person: PersonFields }, ctx: Ctx) {
  requirePossibleDates(input.person, ctx);
  let fields = withDerivedBirthDate(input.person);
  return ctx.db.transaction(async (tx) => {
    const current = await lockPerson(tx, ctx, input.id);
    if (current.version !== input.version) {
      throw conflict('persons.version_conflict', 'errors.persons.versionConflict', { current: await loadPersonDetail(tx, ctx, input.id) });
    }
    if (current.mergedIntoId) throw conflict('persons.already_merged', 'errors.persons.alreadyMerged');
    if (current.personalCode && fields.personalCode !== current.personalCode) {
      throw invalidField('person.personalCode', 'errors.persons.codeChangeNotAllowed');
    }
    if (!current.personalCode && fields.personalCode) {
      await insertCodeOnce(tx, ctx, 'person.personalCode', current.id, current.organisationId, fields.personalCode);
    }
    // issue 14: an editor not shown a protected address neither sees nor changes it (their form holds it empty)
    if ((await addressAccessFor(tx, ctx, current.id)).hidden) {
      fields = { ...fields, declaredAddress: current.declaredAddress, whereaboutsKind: current.whereaboutsKind as PersonFields['whereaboutsKind'], whereabouts: current.whereabouts };
    }
    const changes = diffFields(historyFields(current), historyFields(fields));
    await updatePersonRow(tx, current.id, { ...fields, searchName: personSearchKey(fields), version: current.version + 1, updatedAt: ctx.now().toISOString() });
    if (Object.keys(changes).length) {
      await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'person', entityId: current.id, personId: current.id, changes }, ctx.now());
    }
    return { person: await loadPersonDetail(tx, ctx, current.id), warnings: warningsOf(fields) };
  });
}

/** Replaces an old-format code with a new-format one — once; both stay findable, the reason kept with the new code. */
export async function changePersonalCode(input: { id: string; version: number; newCode: string; reason: string | null }, ctx: Ctx) {
  const parsed = validatePersonalCode(input.newCode);
  if (!parsed.ok) throw invalidField('newCode', `validation.personalCode.${parsed.error}`);
  return ctx.db.transaction(async (tx) => {
    const current = await lockPerson(tx, ctx, input.id);
    if (current.version !== input.version) {
      throw conflict('persons.version_conflict', 'errors.persons.versionConflict', { current: await loadPersonDetail(tx, ctx, input.id) });
    }
    const codes = await getPersonCodes(tx, current.id);
    const active = codes.find((c) => !c.replacedAt);
    if (parsed.format !== 'new' || !active || active.format !== 'old' || codes.some((c) => c.replacedAt)) {
      throw invalidField('newCode', 'errors.persons.codeChangeNotAllowed');
    }
    const now = ctx.now().toISOString();
    await retirePersonCode(tx, active.id, now);
    await insertCodeOnce(tx, ctx, 'newCode', current.id, current.organisationId, parsed.code, input.reason);
    await updatePersonRow(tx, current.id, { personalCode: parsed.code, version: current.version + 1, updatedAt: now });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'code_change', entityType: 'person', entityId: current.id, personId: current.id,
      changes: { personalCode: { from: active.code, to: parsed.code }, ...(input.reason ? { reason: input.reason } : {}) },
    }, ctx.now());
    return { person: await loadPersonDetail(tx, ctx, current.id), warnings: parsed.warnings.length ? ['warnings.personalCodeCheckDigit'] : [] };
  });
}

export async function addRelation(input: { personId: string; relatedPersonId: string; kind: string; note: string | null }, ctx: Ctx) {
  if (input.personId === input.relatedPersonId) throw invalidField('relatedPersonId', 'errors.persons.relationSelf');
  return ctx.db.transaction(async (tx) => {
    const person = await lockPerson(tx, ctx, input.personId);
    if (!(await getPersonById(tx, ctx.actor, today(ctx), input.relatedPersonId))) throw personNotFound();
    const relation = await insertRelation(tx, { organisationId: person.organisationId, personId: person.id, relatedPersonId: input.relatedPersonId, kind: input.kind, note: input.note, createdBy: ctx.actor.userId });
    for (const personId of [person.id, input.relatedPersonId]) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'relation_add', entityType: 'person_relation', entityId: relation.id, personId,
        changes: { relation: { from: null, to: { personId: person.id, relatedPersonId: input.relatedPersonId, kind: input.kind } } },
      }, ctx.now());
    }
    return { id: relation.id };
  });
}

export async function removeRelation(input: { personId: string; relationId: string }, ctx: Ctx) {
  await ctx.db.transaction(async (tx) => {
    await lockPerson(tx, ctx, input.personId);
    const relation = await getRelationById(tx, input.relationId);
    if (!relation || (relation.personId !== input.personId && relation.relatedPersonId !== input.personId)) throw personNotFound();
    await deleteRelation(tx, relation.id);
    for (const personId of [relation.personId, relation.relatedPersonId]) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'relation_remove', entityType: 'person_relation', entityId: relation.id, personId,
        changes: { relation: { from: { personId: relation.personId, relatedPersonId: relation.relatedPersonId, kind: relation.kind }, to: null } },
      }, ctx.now());
    }
  });
}

/** Joins the household of another person (creating it if that person has none), or leaves with null. */
export async function setHousehold(input: { personId: string; withPersonId: string | null }, ctx: Ctx) {
  await ctx.db.transaction(async (tx) => {
    const person = await lockPerson(tx, ctx, input.personId);
    let householdId: string | null = null;
    if (input.withPersonId) {
      if (input.withPersonId === person.id) throw invalidField('withPersonId', 'errors.persons.relationSelf');
      const other = await lockPerson(tx, ctx, input.withPersonId);
      householdId = other.householdId;
      if (!householdId) {
        householdId = await insertHousehold(tx, other.organisationId);
        await updatePersonRow(tx, other.id, { householdId, version: other.version + 1 });
      }
    }
    await updatePersonRow(tx, person.id, { householdId, version: person.version + 1, updatedAt: ctx.now().toISOString() });
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'household_change', entityType: 'person', entityId: person.id, personId: person.id,
      changes: { householdId: { from: person.householdId, to: householdId } },
    }, ctx.now());
  });
}

export const assertCanMerge = (ctx: Ctx) => {
  if (!canMergePersons(ctx.actor)) throw forbidden();
};
