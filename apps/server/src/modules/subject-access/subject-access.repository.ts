import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Reader } from '../../db/database';
import { auditLog, cases, ipRecipients, organisations, users } from '../../db/schema';

/**
 * The cases of the organisation in which the person is the client or, in the Individual Programme, one
 * of the recipients (HF-2.7: the information the provider holds), oldest first.
 */
export async function findCasesOfPersonInOrganisation(db: Reader, personId: string, organisationId: string) {
  const asRecipient = db.select({ caseId: ipRecipients.caseId }).from(ipRecipients).where(eq(ipRecipients.personId, personId));
  return db
    .select({ id: cases.id, programme: cases.programme, caseNumber: cases.caseNumber, status: cases.status, openedOn: cases.openedOn, closedOn: cases.closedOn, organisationName: organisations.name })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.organisationId))
    .where(and(eq(cases.organisationId, organisationId), or(eq(cases.personId, personId), inArray(cases.id, asRecipient))))
    .orderBy(cases.openedOn, cases.id);
}

/** Every audit-log entry about the person — who read or changed their data — newest first, with the actor's name and organisation. */
export async function findAccessLogOfPerson(db: Reader, personId: string, limit: number) {
  return db
    .select({ at: auditLog.at, action: auditLog.action, entityType: auditLog.entityType, actorName: users.displayName, organisationName: organisations.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(organisations, eq(organisations.id, auditLog.actorOrganisationId))
    .where(eq(auditLog.personId, personId))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
