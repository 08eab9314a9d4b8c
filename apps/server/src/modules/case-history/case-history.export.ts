import { caseHistoryHeader, CASE_HISTORY_FORMAT, CASE_HISTORY_VERSION, formatCaseHistoryLine, type CaseHistoryProgramme } from '@socrehab/domain';
import { type Ctx, originOf, today } from '../../app/context';
import { AppError, forbidden } from '../../shared/errors';
import { visiblePersonsCondition } from '../access/person-scope.repository';
import { addressAccessOf, addressProtectedLabel } from '../access/address-protection';
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
    const exported = await repo.findCases(tx, caseIds);
    const access = await addressAccessOf(tx, ctx, exported.map((c) => c.personId));
    const hidden = new Set([...access].filter(([, a]) => a.hidden).map(([id]) => id));
    const lines = [formatCaseHistoryLine(caseHistoryHeader(programme)), ...withoutProtectedAddresses(await carried.exportLines(tx, caseIds), hidden)];
    for (const c of exported) {
      await appendAuditEvent(tx, originOf(ctx), {
        action: 'export', entityType: 'case', entityId: c.id, personId: c.personId, changes: { format: CASE_HISTORY_FORMAT, version: CASE_HISTORY_VERSION, programme },
      }, ctx.now());
    }
    return { text: lines.map((l) => `${l}\n`).join(''), cases: caseIds.length };
  });
}

/**
 * Issue 14, protected address: the lines as the exporter may see them. A person whose address is hidden
 * from the exporter is written without it (declared address and whereabouts null) and the dwellings that
 * follow their person line — their homes, written after it in every programme's canonical order — with
 * the label "Adrese aizsargāta" for the address the format requires (an import of it names the dwelling
 * to check rather than inventing one).
 */
function withoutProtectedAddresses(lines: readonly string[], hidden: ReadonlySet<string>): string[] {
  if (!hidden.size) return [...lines];
  let current = false;
  return lines.map((line) => {
    const record = JSON.parse(line) as { type: string; id: string } & Record<string, unknown>;
    if (record.type === 'person') current = hidden.has(record.id);
    if (!current) return line;
    const format = (changed: Record<string, unknown>) => formatCaseHistoryLine({ ...record, ...changed } as { type: string; id: string });
    if (record.type === 'person') return format({ declaredAddress: null, whereabouts: null });
    if (record.type === 'dwelling') return format({ address: addressProtectedLabel('lv') });
    return line;
  });
}
