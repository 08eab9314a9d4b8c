import { and, asc, eq } from 'drizzle-orm';
import { IB_PILOT_END_MEETING } from '@socrehab/domain/programmes/individual-budget/index';
import type { Tx } from '../../db/database';
import { evaluations, ibAssessments, ibCases, ibDeliveries, ibDifficulties, ibInterruptions, ibPlanVersions } from '../../db/schema';

/** Every row the Individual Budget programme keeps of a case (HF-2.7 applied to IB-1 – IB-6), keyed by record kind. */
export async function findIbRecordsOfCase(tx: Tx, caseId: string) {
  return {
    case: await tx.select().from(ibCases).where(eq(ibCases.caseId, caseId)),
    assessments: await tx.select().from(ibAssessments).where(eq(ibAssessments.caseId, caseId)).orderBy(asc(ibAssessments.assessedOn)),
    planVersions: await tx.select().from(ibPlanVersions).where(eq(ibPlanVersions.caseId, caseId)).orderBy(asc(ibPlanVersions.version)),
    ledger: await tx.select().from(ibDeliveries).where(eq(ibDeliveries.caseId, caseId)).orderBy(asc(ibDeliveries.month), asc(ibDeliveries.service)),
    difficulties: await tx.select().from(ibDifficulties).where(eq(ibDifficulties.caseId, caseId)).orderBy(asc(ibDifficulties.reportedOn)),
    interruptions: await tx.select().from(ibInterruptions).where(eq(ibInterruptions.caseId, caseId)).orderBy(asc(ibInterruptions.fromDate)),
    closingMeetings: await tx.select().from(evaluations)
      .where(and(eq(evaluations.caseId, caseId), eq(evaluations.instrument, IB_PILOT_END_MEETING))).orderBy(asc(evaluations.recordedOn)),
  };
}
