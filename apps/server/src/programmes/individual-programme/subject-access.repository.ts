import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database';
import { caseTeamMembers, evaluations, ipCases, ipCoPayments, ipCosts, ipRecipients, ipServiceDeliveries, ipServiceLines, persons, users } from '../../db/schema';

/** Every row the Individual Programme keeps of a case (HF-2.7 applied to IP-1 – IP-5), keyed by record kind. */
export async function findIpRecordsOfCase(tx: Tx, caseId: string) {
  return {
    decision: await tx.select().from(ipCases).where(eq(ipCases.caseId, caseId)),
    recipients: await tx.select({ givenNames: persons.givenNames, surnames: persons.surnames, fromDate: ipRecipients.fromDate, toDate: ipRecipients.toDate })
      .from(ipRecipients).innerJoin(persons, eq(persons.id, ipRecipients.personId)).where(eq(ipRecipients.caseId, caseId)),
    team: await tx.select({ worker: users.displayName, teamRole: caseTeamMembers.teamRole, fromDate: caseTeamMembers.fromDate, toDate: caseTeamMembers.toDate })
      .from(caseTeamMembers).innerJoin(users, eq(users.id, caseTeamMembers.userId)).where(eq(caseTeamMembers.caseId, caseId)).orderBy(caseTeamMembers.fromDate),
    serviceLines: await tx.select().from(ipServiceLines).where(eq(ipServiceLines.caseId, caseId)),
    deliveries: await tx.select().from(ipServiceDeliveries).where(eq(ipServiceDeliveries.caseId, caseId)),
    costs: await tx.select().from(ipCosts).where(eq(ipCosts.caseId, caseId)),
    coPayments: await tx.select().from(ipCoPayments).where(eq(ipCoPayments.caseId, caseId)),
    evaluations: await tx.select().from(evaluations).where(eq(evaluations.caseId, caseId)),
  };
}
