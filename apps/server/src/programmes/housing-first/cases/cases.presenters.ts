import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import {
  canAssignMunicipalWorker, canOverrideCaseload, caseloadCapOf, computeMoveInChecklist, computeSuggestedTeam, DOCUMENT_KINDS, housingFirstProgramme,
  type SupportNeedLevel, type TeamRole,
} from '@socrehab/domain/programmes/housing-first/index';
import { canRecordOnCase, sharedLanguages, type UiLanguage } from '@socrehab/domain';
import { type Ctx, originOf } from '../../../app/context';
import type { Tx } from '../../../db/database';
import { forbidden } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireVisiblePerson } from '../../../modules/access/person-access';
import { printedAddress } from '../../../modules/access/address-protection';
import { findEligibilityAssessments, getApplicationById, getFirstContactById, getWaitingListEntryOfApplication } from '../applications/applications.repository';
import { findKeysOfDwelling, getDwellingById } from '../../../modules/dwellings/dwellings.repository';
import { findOfferComparison, presentDwelling } from '../../../modules/dwellings/dwellings.usecases';
import { getSettingsInForce } from '../../../modules/programmes/programmes.repository';
import * as repo from '../../../modules/cases/cases.repository';
import { findStaffLanguages } from '../../../modules/staff/staff-profiles.repository';
import { requireVisibleCase, settingsOfCase } from '../../../modules/cases/cases.usecases';
import { countPlacesTaken } from '../engagement/engagement.repository';

export interface TimelineEvent {
  on: string;
  kind: string;
  by: string | null;
  detail: Record<string, unknown>;
  /** A printable document for this step, if any. */
  document: string | null;
}

/**
 * A case as its page shows it, as of a day: the person, the team with caseload overrides, the
 * documents checklist, agreements and consents, the initial assessment with the suggested team, the
 * dwelling and keys, the move-in checklist with the next step, the timeline of every step from the
 * first contact, and what the actor may do. The view is audited.
 */
export async function getCaseDetail(id: string, asOf: string, ctx: Ctx, language: UiLanguage = 'lv') {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, id);
    const person = await requireVisiblePerson(tx, ctx, theCase.personId);
    const settingsVersion = await settingsOfCase<ProgrammeSettings>(tx, theCase);
    const { settings } = settingsVersion;
    const team = await repo.findTeam(tx, id);
    const activeTeam = team.filter(({ member }) => member.fromDate <= asOf && (!member.toDate || member.toDate >= asOf));
    const documents = await repo.findDocuments(tx, id);
    const consents = await repo.findConsents(tx, id);
    const assessments = await repo.findInitialAssessments(tx, id);
    const moveIn = await repo.getMoveIn(tx, id);
    const attachments = await repo.findAttachments(tx, id);
    const application = theCase.applicationId ? await getApplicationById(tx, theCase.applicationId) : null;
    // issue 14: the client's dwelling is their home — a protected address shows as its label to those without a need to know
    const home = (address: string) => printedAddress(address, person.addressAccess, language) ?? address;
    const offers = (application ? await findOfferComparison(tx, application.id) : []).map((o) => ({ ...o, dwelling: { ...o.dwelling, address: home(o.dwelling.address) } }));
    const chosen = offers.find((o) => o.answer === 'chosen');
    const dwellingId = theCase.dwellingId ?? chosen?.dwellingId ?? null;
    const dwelling = dwellingId ? await getDwellingById(tx, dwellingId) : null;
    const keys = dwelling ? (await findKeysOfDwelling(tx, dwelling.id)).filter((k) => k.caseId === id) : [];
    const latest = assessments[0]?.assessment ?? null;
    const level = (latest?.supportNeedLevel ?? null) as SupportNeedLevel | null;
    const checklist = computeMoveInChecklist({
      identityDocument: (documents.find((d) => d.kind === 'identity_document')?.status ?? null) as 'received' | 'waived' | null,
      dataProcessingInformedOn: theCase.dataProcessingInformedOn, serviceRulesInformedOn: theCase.serviceRulesInformedOn, contractSignedOn: theCase.contractSignedOn,
      consentInForce: consents.some((c) => c.givenOn <= asOf && (!c.withdrawnOn || c.withdrawnOn > asOf)),
      municipalSocialWorkerAssigned: activeTeam.some(({ member }) => member.teamRole === 'municipal_social_worker'),
      supportNeedLevel: level, activeTeamRoles: activeTeam.map(({ member }) => member.teamRole), dwellingChosen: !!dwelling, movedInOn: moveIn?.movedInOn ?? null,
    });
    const onTeam = activeTeam.some(({ member }) => member.userId === ctx.actor.userId);
    const canRecord = canRecordOnCase(ctx.actor, theCase.organisationId, onTeam);
    // HF-2.6 each member's languages, and those they share with the person, to match the person to a worker
    const languages = await findStaffLanguages(tx, [...new Set(team.map(({ member }) => member.userId))]);
    const languagesOf = (userId: string) => languages.filter((l) => l.userId === userId).map(({ language, level }) => ({ language, level }));
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'case', entityId: id, personId: theCase.personId }, ctx.now());
    return {
      case: theCase,
      person: {
        id: person.id, givenNames: person.givenNames, surnames: person.surnames, personalCode: person.personalCode, birthDate: person.birthDate,
        phone: person.phone, email: person.email, declaredAddress: person.declaredAddress, languages: person.languages, addressAccess: person.addressAccess,
      },
      settings: { effectiveFrom: settingsVersion.effectiveFrom, ...settings },
      team: team.map(({ member, displayName, assignedByName }) => ({
        ...member, displayName, assignedByName, active: activeTeam.some((a) => a.member.id === member.id),
        languages: languagesOf(member.userId), sharedLanguages: sharedLanguages(person.languages, languagesOf(member.userId)),
      })),
      caseManagerName: team.find(({ member }) => member.userId === theCase.caseManagerUserId)?.displayName ?? null,
      documents: DOCUMENT_KINDS.map((kind) => ({ kind, required: kind === 'identity_document', record: documents.find((d) => d.kind === kind) ?? null })),
      consents,
      initialAssessment: latest && { ...latest, assessedByName: assessments[0]!.assessedByName, suggestedTeam: computeSuggestedTeam(level!) },
      offers,
      dwelling: dwelling && { ...presentDwelling(dwelling), address: home(dwelling.address) },
      moveIn,
      /** HF-3.1.10 when the person refused the spare key, the police open the door in a risk situation. */
      policeIfRisk: moveIn ? !moveIn.spareKeyUseAllowed : null,
      keys,
      attachments,
      incidents: await repo.findIncidents(tx, id),
      checklist,
      timeline: await buildTimeline(tx, theCase, team, documents, consents, assessments, moveIn, offers),
      abilities: {
        record: canRecord,
        assignTeam: canRecord,
        overrideCaseload: canOverrideCaseload(ctx.actor) && theCase.organisationId === ctx.actor.organisationId,
        assignMunicipalWorker: canAssignMunicipalWorker(ctx.actor, theCase.municipalityAtvk),
      },
    };
  });
}

async function buildTimeline(
  tx: Tx, theCase: NonNullable<Awaited<ReturnType<typeof repo.getCaseById>>>, team: Awaited<ReturnType<typeof repo.findTeam>>,
  documents: Awaited<ReturnType<typeof repo.findDocuments>>, consents: Awaited<ReturnType<typeof repo.findConsents>>,
  assessments: Awaited<ReturnType<typeof repo.findInitialAssessments>>, moveIn: Awaited<ReturnType<typeof repo.getMoveIn>>,
  offers: Awaited<ReturnType<typeof findOfferComparison>>,
): Promise<TimelineEvent[]> {
  const names = await repo.findUserNames(tx, [
    ...team.map((t) => t.member.userId), ...documents.map((d) => d.recordedBy), ...consents.map((c) => c.recordedBy), ...offers.map((o) => o.offeredBy),
    ...(moveIn ? [moveIn.recordedBy] : []),
  ]);
  const application = theCase.applicationId ? await getApplicationById(tx, theCase.applicationId) : null;
  const contact = application?.firstContactId ? await getFirstContactById(tx, application.firstContactId) : null;
  for (const [id, name] of await repo.findUserNames(tx, [application?.createdBy, application?.decidedBy, contact?.createdBy].filter((x): x is string => !!x))) {
    names.set(id, name);
  }
  const by = (id: string | null | undefined) => (id ? names.get(id) ?? null : null);
  const events: TimelineEvent[] = [];
  const push = (on: string | null | undefined, kind: string, who: string | null, detail: Record<string, unknown> = {}, document: string | null = null) => {
    if (on) events.push({ on, kind, by: who, detail, document });
  };
  if (application) {
    if (contact) push(contact.contactedOn, 'first_contact', by(contact.createdBy), { source: contact.source });
    push(application.submittedOn, 'application', by(application.createdBy), { applicationId: application.id });
    for (const { assessment, assessedByName } of [...(await findEligibilityAssessments(tx, application.id))].reverse()) {
      push(assessment.assessedOn, 'eligibility_assessment', assessedByName, { outcome: assessment.outcome });
    }
    push(application.decidedOn, 'decision', by(application.decidedBy), { decision: application.status }, `/api/applications/${application.id}/decision-letter.pdf`);
    const entry = await getWaitingListEntryOfApplication(tx, application.id);
    push(entry?.addedOn, 'waiting_list', null);
  }
  for (const o of offers) {
    push(o.offeredOn, 'dwelling_offered', by(o.offeredBy), { address: o.dwelling.address });
    push(o.answeredOn, o.answer === 'chosen' ? 'dwelling_chosen' : 'dwelling_refused', null, { address: o.dwelling.address });
  }
  push(theCase.openedOn, 'case_opened', null, { caseNumber: theCase.caseNumber }, `/api/cases/${theCase.id}/title-page.pdf`);
  for (const d of documents) push(d.onDate, `document_${d.status}`, by(d.recordedBy), { kind: d.kind });
  push(theCase.dataProcessingInformedOn, 'data_processing_information', null);
  push(theCase.serviceRulesInformedOn, 'service_rules_information', null);
  push(theCase.contractSignedOn, 'contract_signed', null, {}, `/api/cases/${theCase.id}/contract.pdf`);
  for (const c of consents) {
    push(c.givenOn, 'consent_given', by(c.recordedBy), { version: c.consentTextVersion }, `/api/cases/${theCase.id}/consents/${c.id}/consent.pdf`);
    push(c.withdrawnOn, 'consent_withdrawn', null, { version: c.consentTextVersion });
  }
  for (const { assessment, assessedByName } of assessments) push(assessment.assessedOn, 'initial_assessment', assessedByName, { supportNeedLevel: assessment.supportNeedLevel });
  for (const { member, displayName, assignedByName } of team) {
    push(member.fromDate, 'team_assigned', assignedByName, { worker: displayName, teamRole: member.teamRole, overrideReason: member.overrideReason });
  }
  push(moveIn?.movedInOn, 'moved_in', by(moveIn?.recordedBy), { accompaniedBy: moveIn?.accompaniedBy }, moveIn ? `/api/cases/${theCase.id}/handover-act.pdf` : null);
  return events.sort((a, b) => a.on.localeCompare(b.on));
}

/** HF-2.4 managers see every worker's caseload against the caps, as of a day. */
export async function getCaseloadOverview(asOf: string, ctx: Ctx) {
  if (!ctx.actor.roles.includes('manager')) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const loads = await repo.findOrganisationCaseloads(tx, ctx.actor.organisationId, asOf, 'housing_first');
    const workers = await repo.findActiveUsersOfOrganisation(tx, ctx.actor.organisationId);
    const { settings } = await getSettingsInForce<ProgrammeSettings>(tx, housingFirstProgramme.code, asOf); // the caps are Housing First's settings (HF-2.4)
    const overrides = await repo.countCaseloadOverrides(tx, ctx.actor.organisationId, asOf);
    const items = workers
      .filter((w) => w.roles.some((r) => r === 'social_worker' || r === 'social_mentor'))
      .map((w) => {
        const role: TeamRole = w.roles.includes('social_worker') ? 'social_worker' : 'social_mentor';
        const load = loads.find((l) => l.userId === w.id && l.teamRole === role) ?? { cases: 0, casesAlone: 0 };
        const cap = caseloadCapOf(role, settings);
        return {
          userId: w.id, displayName: w.displayName, teamRole: role, cases: load.cases, casesAlone: role === 'social_worker' ? load.casesAlone : null,
          cap, capAlone: role === 'social_worker' ? settings.caseloadSocialWorkerAlone : null,
          overCap: cap !== null && load.cases > cap, overrides: overrides.find((o) => o.userId === w.id)?.n ?? 0,
        };
      })
      .sort((a, b) => Number(b.overCap) - Number(a.overCap) || b.cases - a.cases);
    // HF-2.2 the programme's places (its settings in force on the day) against its cases open then, for planning
    const taken = await countPlacesTaken(tx, housingFirstProgramme.code, ctx.actor.organisationId, asOf);
    return { asOf, items, places: { capacity: settings.capacity, taken: taken.all, takenByOrganisation: taken.own } };
  });
}
