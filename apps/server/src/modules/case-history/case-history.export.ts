import { caseHistoryHeader, CASE_HISTORY_FORMAT, CASE_HISTORY_VERSION, formatCaseHistoryLine, type CaseHistoryProgramme } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import { AppError, forbidden } from '../../shared/errors';
import { visiblePersonsCondition } from '../access/person-scope.repository';
import { appendAuditEvent } from '../audit/audit.repository';
import { requireVisibleCase } from '../cases/cases.usecases';
import type { CaseHistoryLookup } from './case-history.import';
import * as repo from './case-history.repository';

/**
 * Exports case histories as the lines of the format (docs/case-history-format.md): one case the actor
 * may see, or every case of a programme (default Housing First) of the actor's organisation whose person
 * they may see (managers only). The header names the programme; its server module writes the lines
 * (issue 12). One audit event ('export') per case, in the same transaction.
 */
export async function exportCaseHistory(
  scope: { caseId: string } | { organisationId: string; programme?: CaseHistoryProgramme }, ctx: Ctx, lookup: CaseHistoryLookup,
): Promise<{ text: string; cases: number }> {
  return ctx.db.transaction(async (tx) => {
    let caseIds: string[];
    let programme: string;
    if ('caseId' in scope) {
      const theCase = await requireVisibleCase(tx, ctx, scope.caseId);
      caseIds = [theCase.id];
      programme = theCase.programme;
    } else {
      if (!ctx.actor.roles.includes('manager') || scope.organisationId !== ctx.actor.organisationId) throw forbidden();
      programme = scope.programme ?? 'housing_first';
      caseIds = await repo.findCaseIdsOfOrganisation(tx, scope.organisationId, programme, visiblePersonsCondition(ctx.actor, today(ctx)));
    }
    const carried = lookup(programme)?.caseHistory;
    if (!carried) throw new AppError(422, 'case_history.programme_not_carried', 'housing.caseHistory.errors.unknownProgramme');
    const lines = [formatCaseHistoryLine(caseHistoryHeader(programme)), ...(await carried.exportLines(tx, caseIds))];
    for (const c of await repo.findCases(tx, caseIds)) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'export', entityType: 'case', entityId: c.id, personId: c.personId, changes: { format: CASE_HISTORY_FORMAT, version: CASE_HISTORY_VERSION, programme },
      }, ctx.now());
    }
    return { text: lines.map((l) => `${l}\n`).join(''), cases: caseIds.length };
  });
}
