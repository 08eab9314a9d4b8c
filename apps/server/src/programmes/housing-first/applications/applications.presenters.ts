import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import { canManageApplications, canOfferDwellings, canOpenCase, computeDecisionDeadline } from '@socrehab/domain/programmes/housing-first/index';
import type { UiLanguage } from '@socrehab/domain';
import { type Ctx, originOf } from '../../../app/context';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { findOfferComparison, workingMunicipalities } from '../../../modules/dwellings/dwellings.usecases';
import { getCriteriaSetById, getCriteriaSetInForce, getQuestionnaireFormById, getSettingsById } from '../../../modules/programmes/programmes.repository';
import { findCaseOfApplication, findEligibilityAssessments, getPreviousCase } from './applications.repository';
import { requireVisiblePerson } from '../../../modules/access/person-access';
import { printedAddress } from '../../../modules/access/address-protection';
import { findWaitingListPosition, requireVisibleApplication } from './applications.usecases';

/**
 * An application as its page shows it, as of a day: the questionnaire with its form, every
 * eligibility assessment with the criteria version it applied, the decision deadline, the decision,
 * the waiting-list position with its explanation, the offers side by side, and what the actor may do.
 * The view is audited.
 */
export async function getApplicationDetail(id: string, asOf: string, ctx: Ctx, language: UiLanguage = 'lv') {
  return ctx.db.transaction(async (tx) => {
    const application = await requireVisibleApplication(tx, ctx, id);
    const person = await requireVisiblePerson(tx, ctx, application.personId);
    const form = await getQuestionnaireFormById(tx, application.questionnaireFormId);
    const { settings } = await getSettingsById<ProgrammeSettings>(tx, application.settingsId);
    const assessments = await Promise.all((await findEligibilityAssessments(tx, id)).map(async ({ assessment, assessedByName }) => {
      const set = await getCriteriaSetById(tx, assessment.criteriaSetId);
      return { ...assessment, assessedByName, criteriaVersion: set.version, criteria: set.criteria };
    }));
    const criteriaInForce = await getCriteriaSetInForce(tx, application.programmeCode, application.municipalityAtvk, asOf);
    const deadline = computeDecisionDeadline(application.submittedOn, settings.decisionDeadlineDays, application.decidedOn ?? asOf);
    const waitingList = await findWaitingListPosition(tx, id, asOf);
    // issue 14: the chosen dwelling becomes the client's home — a protected address shows as its label to those without a need to know
    const offers = (await findOfferComparison(tx, id)).map((o) => ({ ...o, dwelling: { ...o.dwelling, address: printedAddress(o.dwelling.address, person.addressAccess, language) ?? o.dwelling.address } }));
    const openedCase = await findCaseOfApplication(tx, id);
    // HF-3.3.4 a re-application names the case that ended before it
    const previousCase = application.previousCaseId ? await getPreviousCase(tx, application.previousCaseId) : null;
    const { served } = await workingMunicipalities(tx, ctx, asOf);
    const manages = canManageApplications(ctx.actor, application.municipalityAtvk);
    const onList = !!waitingList.entry && !waitingList.entry.leftOn;
    await appendAuditEvent(tx, originOf(ctx), { action: 'view', entityType: 'application', entityId: id, personId: application.personId }, ctx.now());
    return {
      application,
      person: { id: person.id, givenNames: person.givenNames, surnames: person.surnames, personalCode: person.personalCode, birthDate: person.birthDate },
      questionnaire: { version: form.version, fields: form.fields },
      criteriaInForce: criteriaInForce && { id: criteriaInForce.id, version: criteriaInForce.version, validFrom: criteriaInForce.validFrom, criteria: criteriaInForce.criteria },
      assessments,
      deadline: { ...deadline, decidedLate: application.decidedOn ? deadline.overdue : null, decisionDeadlineDays: settings.decisionDeadlineDays },
      waitingList: waitingList.entry && { ...waitingList.entry, position: waitingList.position },
      offers,
      maxDwellingsOffered: settings.maxDwellingsOffered,
      case: openedCase ?? null,
      previousCase: previousCase ?? null,
      abilities: {
        assess: manages && application.status === 'pending',
        decide: manages && application.status === 'pending',
        removeFromWaitingList: manages && onList,
        offer: canOfferDwellings(ctx.actor, served, application.municipalityAtvk) && onList,
        openCase: canOpenCase(ctx.actor, served, application.municipalityAtvk) && onList && !openedCase,
      },
    };
  });
}
