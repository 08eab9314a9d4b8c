import type { z } from 'zod';
import { latvianCollator } from '@socrehab/domain';
import {
  TEAM_ROLE_OF, canRefer, checkFamilyMembers, checkReferralDates, computeCurrentFamilyPlan, computeFamilyComposition, computeReferralDecisionDue, isCentreManager, isChildRole,
  type CreateReferralInput, type DecideReferralInput, type MemberRole, type addTeamMemberSchema, type endFamilyCaseSchema, type recordSessionSchema, type setCrisisSchema,
} from '@socrehab/domain/programmes/family-support/index';
import { type Ctx, originOf, today } from '../../app/context';
import { appendAuditEvent } from '../../modules/audit/audit.repository';
import { requireVisiblePerson } from '../../modules/access/person-access';
import { getOrganisation } from '../../modules/cases/cases.repository';
import { nextCaseNumber } from '../../modules/cases/cases.usecases';
import { requireFactDate, requirePastDate } from '../../shared/fact-dates';
import { AppError, forbidden, invalidField } from '../../shared/errors';
import { requireFamilyCase, requireRecordableFamilyCase } from './family-support.access';
import * as repo from './family-support.repository';

/** FS-1, FS-2, FS-5 referrals, the family's case with its members and team, its sessions, crisis support and ending. */

const MEMBER_PROBLEMS = { no_child: 'fs.errors.noChild', no_adult: 'fs.errors.noAdult', contact_not_adult: 'fs.errors.contactNotAdult', duplicate: 'fs.errors.duplicateMember' } as const;
const fullName = (p: { givenNames: string; surnames: string }) => `${p.givenNames} ${p.surnames}`;

/** FS-1 the centres of the actor's organisation (a provider) with their staff by profession; a social service sees every centre it may refer to. */
export async function findCentresWithStaff(ctx: Ctx) {
  if (canRefer(ctx.actor)) return { centres: (await repo.findAllCentres(ctx.db)).map((c) => ({ id: c.id, name: c.name, organisationName: c.organisationName, staff: [] as { userId: string; displayName: string; profession: string }[] })) };
  if (ctx.actor.organisationKind !== 'service_provider' || !ctx.actor.roles.some((r) => r !== 'administrator')) throw forbidden();
  const centres = await repo.findCentres(ctx.db, ctx.actor.organisationId);
  const staff = await repo.findStaff(ctx.db, ctx.actor.organisationId);
  const org = await getOrganisation(ctx.db, ctx.actor.organisationId);
  return {
    centres: centres.map((c) => ({
      id: c.id, name: c.name, organisationName: org.name,
      staff: staff.filter((s) => s.centreId === c.id && s.active).map((s) => ({ userId: s.userId, displayName: s.displayName, profession: s.profession })).sort((a, b) => latvianCollator.compare(a.displayName, b.displayName)),
    })),
  };
}

/**
 * FS-5 the county social service refers a family it assessed: its members (registered with the referral
 * where new, in one household — the core's households), the reason, the assessment, crisis, the premises
 * and information it provides. The persons are the social service's; the centre decides on it.
 */
export async function createReferral(input: CreateReferralInput, ctx: Ctx) {
  if (!canRefer(ctx.actor) || !ctx.actor.municipalityAtvk) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    requirePastDate('referredOn', input.referredOn, ctx);
    requirePastDate('assessedOn', input.assessedOn, ctx);
    if (checkReferralDates(input)) throw invalidField('assessedOn', 'fs.errors.assessedAfterReferral');
    const centre = await repo.getCentre(tx, input.centreId);
    if (!centre) throw invalidField('centreId', 'fs.errors.centreNotFound');
    if (input.contactIndex >= input.members.length) throw invalidField('contactIndex', 'validation.invalid');
    for (const [i, m] of input.members.entries()) {
      if ('personId' in m) await requireVisiblePerson(tx, ctx, m.personId).catch(() => { throw invalidField(`members.${i}.personId`, 'fs.errors.notHouseholdMember'); });
      else requirePastDate(`members.${i}.birthDate`, m.birthDate, ctx);
    }
    const known = await repo.findPersonsByIds(tx, input.members.flatMap((m) => ('personId' in m ? [m.personId] : [])));
    const households = [...new Set(known.map((p) => p.householdId).filter((h): h is string => !!h))];
    if (households.length > 1) throw invalidField('members', 'fs.errors.notHouseholdMember');
    const householdId = households[0] ?? await repo.insertHousehold(tx, ctx.actor.organisationId);
    const members: { personId: string; role: MemberRole }[] = [];
    for (const m of input.members) {
      if ('personId' in m) { members.push({ personId: m.personId, role: m.role }); continue; }
      const personId = await repo.insertPerson(tx, { organisationId: ctx.actor.organisationId, givenNames: m.givenNames, surnames: m.surnames, birthDate: m.birthDate, gender: m.gender, householdId, createdBy: ctx.actor.userId });
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'person', entityId: personId, personId, changes: { givenNames: m.givenNames, surnames: m.surnames, birthDate: m.birthDate, householdId } }, ctx.now());
      members.push({ personId, role: m.role });
    }
    await repo.setHousehold(tx, known.filter((p) => p.householdId !== householdId).map((p) => p.id), householdId);
    const contactPersonId = members[input.contactIndex]!.personId;
    const problem = checkFamilyMembers(contactPersonId, members.map((m) => ({ ...m, birthDate: null })));
    if (problem) throw invalidField(problem.field === 'contactPersonId' ? 'contactIndex' : 'members', MEMBER_PROBLEMS[problem.reason]);
    const referral = await repo.insertReferral(tx, {
      organisationId: centre.organisationId, centreId: centre.id, referringOrganisationId: ctx.actor.organisationId, municipalityAtvk: ctx.actor.municipalityAtvk!,
      householdId, contactPersonId, members, reason: input.reason, assessedOn: input.assessedOn, referredOn: input.referredOn, assessment: input.assessment, crisis: input.crisis,
      premises: input.premises, informationProvided: input.informationProvided, referredBy: ctx.actor.userId,
    });
    for (const m of members) await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_referral', entityId: referral.id, personId: m.personId, changes: { role: m.role, reason: input.reason, referredOn: input.referredOn, centreId: centre.id } }, ctx.now());
    return { referralId: referral.id, householdId };
  });
}

/** FS-5 the referrals the actor works with: the centre's (its manager) or those the social service made; the decision's due day. */
export async function findReferrals(ctx: Ctx) {
  const where = isCentreManager(ctx.actor) ? { organisationId: ctx.actor.organisationId } : canRefer(ctx.actor) && ctx.actor.municipalityAtvk ? { municipalityAtvk: ctx.actor.municipalityAtvk } : null;
  if (!where) throw forbidden();
  const rows = await repo.findReferrals(ctx.db, where);
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'fs_referral', entityId: null, personId: null, changes: { listed: rows.map((r) => r.referral.id) } }, ctx.now());
  return {
    items: rows.map((r) => ({
      id: r.referral.id, status: r.referral.status as 'pending' | 'accepted' | 'declined', centreId: r.referral.centreId, centreName: r.centreName, referringOrganisationName: r.referringOrganisationName,
      contactName: `${r.contactGivenNames} ${r.contactSurnames}`, reason: r.referral.reason, referredOn: r.referral.referredOn, assessedOn: r.referral.assessedOn, crisis: r.referral.crisis,
      assessment: r.referral.assessment, premises: r.referral.premises, informationProvided: r.referral.informationProvided,
      members: r.referral.members.length, children: r.referral.members.filter((m) => isChildRole(m.role as MemberRole)).length,
      decisionDue: r.referral.status === 'pending' ? computeReferralDecisionDue(r.referral.referredOn, today(ctx)) : null,
      decidedOn: r.referral.decidedOn, declineReason: r.referral.declineReason, caseId: r.referral.caseId,
    })),
  };
}

/**
 * FS-5, FS-1 the centre decides on a referral: accepting opens the family's case (the family is the
 * subject: its household, members with their roles; numbered GA-YYYY-NNNN) with the chosen social worker
 * on its team; declining records why. One open case per family.
 */
export async function decideReferral(referralId: string, input: DecideReferralInput, ctx: Ctx) {
  if (!isCentreManager(ctx.actor)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const found = await repo.getReferral(tx, referralId, true);
    if (!found || found.referral.organisationId !== ctx.actor.organisationId) throw new AppError(404, 'fs.referral_not_found', 'fs.errors.referralNotFound');
    const referral = found.referral;
    if (referral.status !== 'pending') throw new AppError(409, 'fs.referral_decided', 'fs.errors.referralDecided');
    requirePastDate('decidedOn', input.decidedOn, ctx);
    if (input.decidedOn < referral.referredOn) throw invalidField('decidedOn', 'fs.errors.decidedBeforeReferral');
    if (input.decision === 'decline') {
      await repo.decideReferral(tx, referralId, { status: 'declined', decidedOn: input.decidedOn, decidedBy: ctx.actor.userId, declineReason: input.declineReason });
      await appendAuditEvent(tx, originOf(ctx), { action: 'decide', entityType: 'fs_referral', entityId: referralId, personId: referral.contactPersonId, changes: { decision: 'decline', decidedOn: input.decidedOn } }, ctx.now());
      return { referralId, status: 'declined' as const, caseId: null };
    }
    const staff = (await repo.findStaff(tx, ctx.actor.organisationId)).find((s) => s.userId === input.socialWorkerUserId && s.centreId === referral.centreId && s.active);
    if (!staff) throw invalidField('socialWorkerUserId', 'fs.errors.notCentreWorker');
    await repo.lockHousehold(tx, referral.householdId);
    if (await repo.findOpenCaseOfHousehold(tx, referral.householdId)) throw new AppError(409, 'fs.already_supported', 'fs.errors.alreadySupported', { fields: { referralId: 'fs.errors.alreadySupported' } });
    const caseNumber = await nextCaseNumber(tx, repo.PROGRAMME, await getOrganisation(tx, ctx.actor.organisationId), referral.municipalityAtvk, Number(input.decidedOn.slice(0, 4)));
    const theCase = await repo.insertCase(tx, {
      organisationId: ctx.actor.organisationId, personId: referral.contactPersonId, municipalityAtvk: referral.municipalityAtvk, programme: repo.PROGRAMME,
      caseNumber, status: 'open', openedOn: input.decidedOn, caseManagerUserId: staff.userId,
    });
    await repo.insertFsCase(tx, {
      caseId: theCase.id, organisationId: ctx.actor.organisationId, centreId: referral.centreId, householdId: referral.householdId, referralId,
      referringMunicipalityAtvk: referral.municipalityAtvk, crisisSince: referral.crisis ? input.decidedOn : null,
    });
    await repo.insertMembers(tx, referral.members.map((m) => ({ caseId: theCase.id, organisationId: ctx.actor.organisationId, personId: m.personId, role: m.role, fromDate: input.decidedOn })));
    await repo.insertTeamMember(tx, { caseId: theCase.id, organisationId: ctx.actor.organisationId, userId: staff.userId, teamRole: 'social_worker', fromDate: input.decidedOn, assignedBy: ctx.actor.userId });
    await repo.decideReferral(tx, referralId, { status: 'accepted', decidedOn: input.decidedOn, decidedBy: ctx.actor.userId, caseId: theCase.id });
    for (const m of referral.members) {
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_case', entityId: theCase.id, personId: m.personId, changes: { caseNumber, role: m.role, referralId, openedOn: input.decidedOn } }, ctx.now());
    }
    return { referralId, status: 'accepted' as const, caseId: theCase.id, caseNumber };
  });
}

/** FS-1 the families' cases the actor may list: a manager's organisation's, a worker's own, a social service's referred ones; children as counts only. */
export async function findFamilies(ctx: Ctx) {
  const { actor } = ctx;
  const municipal = canRefer(actor) ? actor.municipalityAtvk : null;
  if (!municipal && !(actor.organisationKind === 'service_provider' && actor.roles.some((r) => r !== 'administrator'))) throw forbidden();
  const rows = await repo.findFsCases(ctx.db, repo.caseListCondition({ organisationId: actor.organisationId, userId: actor.userId, manager: actor.roles.includes('manager'), municipalityAtvk: municipal, today: today(ctx) }));
  await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'fs_case', entityId: null, personId: null, changes: { listed: rows.map((r) => r.caseId) } }, ctx.now());
  return {
    items: rows.map((r) => ({
      caseId: r.caseId, caseNumber: r.caseNumber, contactName: fullName(r), centreName: r.centreName, openedOn: r.openedOn, closedOn: r.closedOn, status: r.status as 'open' | 'closed',
      children: r.children, adults: r.members - r.children, inCrisis: !!r.crisisSince,
    })),
  };
}

/**
 * FS-1 a family's case with its members and their roles, its team, sessions, groups, mentor, conferences
 * and the family's own plan. Its children's records go only to the family's team and the referring social
 * service; the centre's manager sees how many children, not who. Each member shown is audited.
 */
export async function getFamilyCase(caseId: string, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row, view, onTeam } = await requireFamilyCase(tx, ctx, caseId);
    const allMembers = await repo.findMembers(tx, caseId);
    const shown = view === 'full' ? allMembers : allMembers.filter((m) => !isChildRole(m.role as MemberRole));
    const composition = computeFamilyComposition(allMembers.map((m) => ({ personId: m.personId, role: m.role as MemberRole, birthDate: m.birthDate })));
    const shownIds = new Set(shown.map((m) => m.personId));
    const sessions = (await repo.findSessions(tx, { caseId })).map((s) => ({ id: s.id, kind: s.kind, heldOn: s.heldOn, minutes: s.minutes, note: s.note, present: s.present.filter((p) => shownIds.has(p)), presentCount: s.present.length }));
    const enrolments = (await repo.findEnrolmentsOfCase(tx, caseId)).filter((e) => shownIds.has(e.personId));
    const matches = await repo.findMatches(tx, { caseId });
    const meetings = await repo.findMeetings(tx, matches.map((m) => m.match.id));
    const conferences = await repo.findConferences(tx, caseId);
    const plan = computeCurrentFamilyPlan(conferences.map((c) => ({ id: c.conference.id, heldOn: c.conference.heldOn, plan: c.conference.plan, reviewOn: c.conference.reviewOn })), today(ctx));
    const team = await repo.findTeam(tx, caseId);
    const staff = await repo.findStaff(tx, row.organisationId);
    for (const m of shown) await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'fs_case', entityId: caseId, personId: m.personId, changes: { view } }, ctx.now());
    const record = row.status === 'open' && ctx.actor.organisationId === row.organisationId && (onTeam || ctx.actor.roles.includes('manager'));
    return {
      caseId, caseNumber: row.caseNumber, status: row.status as 'open' | 'closed', openedOn: row.openedOn, closedOn: row.closedOn, centreId: row.centreId, centreName: row.centreName,
      contactPersonId: row.personId, contactName: fullName(row), referringMunicipalityAtvk: row.referringMunicipalityAtvk, crisisSince: row.crisisSince, crisisNote: row.crisisNote,
      endingReason: row.endingReason, childrenHidden: view !== 'full', composition,
      members: shown.map((m) => ({ personId: m.personId, fullName: fullName(m), role: m.role as MemberRole, birthDate: m.birthDate, gender: m.gender, child: isChildRole(m.role as MemberRole) })),
      team: team.filter((t) => !t.toDate || t.toDate >= today(ctx)).map((t) => ({ userId: t.userId, displayName: t.displayName, role: staff.find((s) => s.userId === t.userId && s.centreId === row.centreId)?.profession ?? t.teamRole, fromDate: t.fromDate })),
      sessions, enrolments,
      mentor: matches.map((m) => ({
        matchId: m.match.id, mentorId: m.match.mentorId, mentorName: `${m.mentorGivenNames} ${m.mentorSurnames}`, matchedOn: m.match.matchedOn, endedOn: m.match.endedOn, endingReason: m.match.endingReason,
        meetings: meetings.filter((x) => x.matchId === m.match.id).map((x) => ({ id: x.id, heldOn: x.heldOn, minutes: x.minutes, note: x.note })),
      })),
      conferences: conferences.map((c) => ({
        id: c.conference.id, coordinatorUserId: c.conference.coordinatorUserId, coordinatorName: c.coordinatorName, preparationStartedOn: c.conference.preparationStartedOn,
        heldOn: c.conference.heldOn, plan: c.conference.plan, reviewOn: c.conference.reviewOn, reviewedOn: c.conference.reviewedOn, reviewOutcome: c.conference.reviewOutcome,
        invitees: c.invitees.map((i) => ({ id: i.id, name: i.name, relation: i.relation, familyMember: i.familyMember, attended: i.attended })),
      })),
      familyPlan: plan ? { conferenceId: plan.id, heldOn: plan.heldOn, plan: plan.plan, reviewOn: plan.reviewOn } : null,
      abilities: { record, manage: record && ctx.actor.roles.includes('manager') },
    };
  });
}

/** FS-1 a member of the centre's staff (a psychologist, a lawyer, a family assistant…) joins the family's team. */
export async function addTeamMember(caseId: string, input: z.infer<typeof addTeamMemberSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireRecordableFamilyCase(tx, ctx, caseId);
    if (!ctx.actor.roles.includes('manager')) throw forbidden();
    requireFactDate(row, 'fromDate', input.fromDate, ctx);
    const staff = (await repo.findStaff(tx, row.organisationId)).find((s) => s.userId === input.userId && s.centreId === row.centreId && s.active);
    if (!staff) throw invalidField('userId', 'fs.errors.notCentreWorker');
    if (await repo.isOnTeam(tx, caseId, input.userId, input.fromDate)) throw new AppError(409, 'fs.already_on_team', 'fs.errors.alreadyOnTeam', { fields: { userId: 'fs.errors.alreadyOnTeam' } });
    await repo.insertTeamMember(tx, { caseId, organisationId: row.organisationId, userId: input.userId, teamRole: TEAM_ROLE_OF[input.profession], fromDate: input.fromDate, assignedBy: ctx.actor.userId });
    await appendAuditEvent(tx, originOf(ctx), { action: 'assign', entityType: 'case_team_member', entityId: caseId, personId: row.personId, changes: { ...input } }, ctx.now());
    return { caseId, userId: input.userId, profession: input.profession };
  });
}

/** FS-2 crisis support: the family is marked in crisis from a day (a crisis contact falls due), or no longer. */
export async function setCrisis(caseId: string, input: z.infer<typeof setCrisisSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireRecordableFamilyCase(tx, ctx, caseId);
    requireFactDate(row, 'on', input.on, ctx);
    await repo.setCrisis(tx, caseId, input.inCrisis ? input.on : null, input.inCrisis ? input.note : null);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'fs_case', entityId: caseId, personId: row.personId, changes: { crisisSince: { from: row.crisisSince, to: input.inCrisis ? input.on : null } } }, ctx.now());
    return { caseId, crisisSince: input.inCrisis ? input.on : null };
  });
}

/** FS-2 individual work, work with the family or crisis support: a session with the members present (the family's own). */
export async function recordSession(caseId: string, input: z.infer<typeof recordSessionSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireRecordableFamilyCase(tx, ctx, caseId);
    requireFactDate(row, 'heldOn', input.heldOn, ctx);
    const members = new Set((await repo.findMembers(tx, caseId)).map((m) => m.personId));
    const stranger = input.presentPersonIds.findIndex((p) => !members.has(p));
    if (stranger >= 0) throw invalidField(`presentPersonIds.${stranger}`, 'fs.errors.notMember');
    const session = await repo.insertSession(tx, { organisationId: row.organisationId, caseId, kind: input.kind, heldOn: input.heldOn, minutes: input.minutes, facilitatorUserIds: [ctx.actor.userId], note: input.note, recordedBy: ctx.actor.userId }, [...new Set(input.presentPersonIds)]);
    for (const personId of new Set(input.presentPersonIds)) await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'fs_case', entityId: session.id, personId, changes: { session: input.kind, heldOn: input.heldOn } }, ctx.now());
    return { id: session.id, kind: input.kind, heldOn: input.heldOn };
  });
}

/** The family's support ends: the case, its members and any mentor matching end that day; its team stays for the ending's evaluations, which fall due. */
export async function endFamilyCase(caseId: string, input: z.infer<typeof endFamilyCaseSchema>, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const { row } = await requireRecordableFamilyCase(tx, ctx, caseId);
    requireFactDate(row, 'endedOn', input.endedOn, ctx);
    await repo.endCase(tx, caseId, input.endedOn, input.reason, input.note);
    await appendAuditEvent(tx, originOf(ctx), { action: 'update', entityType: 'fs_case', entityId: caseId, personId: row.personId, changes: { status: { from: 'open', to: 'closed' }, ...input } }, ctx.now());
    return { caseId, status: 'closed' as const, closedOn: input.endedOn };
  });
}
