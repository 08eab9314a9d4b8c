import { formatDateTime } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../../app/context';
import { AppError } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireVisiblePerson } from '../../../modules/access/person-access';
import { findTeam, getOrganisation, getUser } from '../../../modules/cases/cases.repository';
import { requireVisibleCase } from '../../../modules/cases/cases.usecases';
import { renderPlanDocument } from '../documents/plan-document.pdf';
import type { DocumentLanguage } from '../../../modules/documents/documents.types';
import { findPlanReviewsWithNames } from './plans.reads.repository';
import { loadPlanVersions } from './plans.views';

/**
 * HF-3.4.4 prints a version of the plan (the newest by default) for the person's and the social
 * worker's signatures, with the reviews made while it was in force (HF-3.2.5). The print is audited.
 */
export async function printPlan(caseId: string, version: number | undefined, language: DocumentLanguage, ctx: Ctx) {
  return ctx.db.transaction(async (tx) => {
    const theCase = await requireVisibleCase(tx, ctx, caseId);
    const versions = await loadPlanVersions(tx, caseId);
    if (versions.length === 0) throw new AppError(404, 'plans.no_plan', 'housing.planDocument.errors.noPlan');
    const plan = version === undefined ? versions[0]! : versions.find((v) => v.version === version);
    if (!plan) throw new AppError(404, 'plans.version_not_found', 'housing.planDocument.errors.versionNotFound');
    const next = versions.filter((v) => v.version > plan.version).at(-1);
    const until = plan.endedOn ?? next?.startedOn ?? null;
    const reviews = (await findPlanReviewsWithNames(tx, caseId))
      .filter((r) => r.reviewedOn >= plan.startedOn && (!until || r.reviewedOn < until || (plan.endedOn !== null && r.reviewedOn === plan.endedOn)))
      .reverse();

    const person = await requireVisiblePerson(tx, ctx, theCase.personId);
    // the social worker who signs now; for a plan printed after the team changed, the one of its start
    const team = await findTeam(tx, caseId);
    const socialWorkerOn = (day: string) =>
      team.find(({ member }) => member.teamRole === 'social_worker' && member.fromDate <= day && (!member.toDate || member.toDate >= day));
    const socialWorker = socialWorkerOn(today(ctx)) ?? socialWorkerOn(plan.startedOn);
    const caseManager = !socialWorker && theCase.caseManagerUserId ? await getUser(tx, theCase.caseManagerUserId) : null;

    await appendAuditEvent(tx, originOf(ctx), {
      action: 'print', entityType: 'rehabilitation_plan', entityId: plan.id, personId: theCase.personId, changes: { document: 'rehabilitation_plan', version: plan.version },
    }, ctx.now());
    return renderPlanDocument({
      organisationName: (await getOrganisation(tx, theCase.organisationId)).name, printedOn: formatDateTime(ctx.now()),
      printedBy: (await getUser(tx, ctx.actor.userId))?.displayName ?? '',
      caseNumber: theCase.caseNumber ?? '',
      person: { fullName: `${person.givenNames} ${person.surnames}`, personalCode: person.personalCode, birthDate: person.birthDate, address: null },
      version: plan.version, startedOn: plan.startedOn, endedOn: plan.endedOn, current: plan === versions[0] && !plan.endedOn,
      recordedByName: plan.recordedByName, socialWorkerName: socialWorker?.displayName ?? caseManager?.displayName ?? null,
      goals: plan.goals, reviews,
    }, language);
  });
}
