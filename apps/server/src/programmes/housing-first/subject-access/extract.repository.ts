import { eq, or } from 'drizzle-orm';
import type { Tx } from '../../../db/database';
import {
  applications, caseConsents, cooperationProtocols, engagementExtensions, engagementSuspensions, caseDocuments, caseEndings, caseIncidents, caseTeamMembers, cases, contacts, dwellingOffers, eligibilityAssessments,
  evaluations, firstContacts, functioningAssessments, initialAssessments, moveIns, planReviews, rehabilitationPlans, supportOffers, users, visits,
  waitingListEntries, workLogEntries,
} from '../../../db/schema';

/** Every row Housing First keeps of a person's case (HF-2.7): the tables as stored, keyed by record kind. */
export async function findHousingFirstRecordsOfCase(tx: Tx, caseId: string, personId: string) {
  const [theCase] = await tx.select({ applicationId: cases.applicationId }).from(cases).where(eq(cases.id, caseId));
  const applicationId = theCase?.applicationId ?? null;
  const ofApplication = async <T>(read: (id: string) => Promise<T[]>) => (applicationId ? read(applicationId) : []);
  return {
    firstContacts: await tx.select().from(firstContacts).where(eq(firstContacts.personId, personId)),
    applications: await tx.select().from(applications).where(applicationId ? or(eq(applications.id, applicationId), eq(applications.personId, personId)) : eq(applications.personId, personId)),
    eligibilityAssessments: await ofApplication((id) => tx.select().from(eligibilityAssessments).where(eq(eligibilityAssessments.applicationId, id))),
    waitingList: await tx.select().from(waitingListEntries).where(eq(waitingListEntries.personId, personId)),
    offers: await ofApplication((id) => tx.select().from(dwellingOffers).where(eq(dwellingOffers.applicationId, id))),
    team: await tx.select({ worker: users.displayName, teamRole: caseTeamMembers.teamRole, fromDate: caseTeamMembers.fromDate, toDate: caseTeamMembers.toDate })
      .from(caseTeamMembers).innerJoin(users, eq(users.id, caseTeamMembers.userId)).where(eq(caseTeamMembers.caseId, caseId)).orderBy(caseTeamMembers.fromDate),
    consents: await tx.select().from(caseConsents).where(eq(caseConsents.caseId, caseId)),
    initialAssessments: await tx.select().from(initialAssessments).where(eq(initialAssessments.caseId, caseId)),
    moveIns: await tx.select().from(moveIns).where(eq(moveIns.caseId, caseId)),
    visits: await tx.select().from(visits).where(eq(visits.caseId, caseId)),
    contacts: await tx.select().from(contacts).where(eq(contacts.caseId, caseId)),
    supportOffers: await tx.select().from(supportOffers).where(eq(supportOffers.caseId, caseId)),
    plans: await tx.select().from(rehabilitationPlans).where(eq(rehabilitationPlans.caseId, caseId)),
    planReviews: await tx.select().from(planReviews).where(eq(planReviews.caseId, caseId)),
    functioningAssessments: await tx.select().from(functioningAssessments).where(eq(functioningAssessments.caseId, caseId)),
    evaluations: await tx.select().from(evaluations).where(eq(evaluations.caseId, caseId)),
    workLog: await tx.select().from(workLogEntries).where(eq(workLogEntries.caseId, caseId)),
    incidents: await tx.select().from(caseIncidents).where(eq(caseIncidents.caseId, caseId)),
    documents: await tx.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId)),
    endings: await tx.select().from(caseEndings).where(eq(caseEndings.caseId, caseId)),
    // HF-2.2 the engagement's extensions and suspensions, cancelled ones too
    engagementExtensions: await tx.select().from(engagementExtensions).where(eq(engagementExtensions.caseId, caseId)).orderBy(engagementExtensions.decidedOn),
    engagementSuspensions: await tx.select().from(engagementSuspensions).where(eq(engagementSuspensions.caseId, caseId)).orderBy(engagementSuspensions.fromOn),
    // HF-3.4.6 every version of every cooperation protocol
    protocols: await tx.select().from(cooperationProtocols).where(eq(cooperationProtocols.caseId, caseId)).orderBy(cooperationProtocols.heldOn, cooperationProtocols.version),
  };
}
