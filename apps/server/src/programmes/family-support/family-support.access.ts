import { formatDate } from '@socrehab/domain';
import { canRecordOnFamily, computeFamilyView, type FamilyView } from '@socrehab/domain/programmes/family-support/index';
import { type Ctx, today } from '../../app/context';
import type { Tx } from '../../db/database';
import { AppError, forbidden } from '../../shared/errors';
import * as repo from './family-support.repository';

/** Who may see and record on a family's case (the safety of children: `computeFamilyView`). */

export const caseNotFound = () => new AppError(404, 'fs.case_not_found', 'fs.errors.caseNotFound');

/**
 * A family's case as the actor may see it — the whole case, or without its children's records (the
 * centre's manager) — or 404: out of scope looks the same as not there.
 */
export async function requireFamilyCase(tx: Tx, ctx: Ctx, caseId: string, lock = false): Promise<{ row: repo.FsCaseRow; view: Exclude<FamilyView, 'none'>; onTeam: boolean }> {
  const row = await repo.getFsCase(tx, caseId, lock);
  const onTeam = row ? await repo.isOnTeam(tx, caseId, ctx.actor.userId, today(ctx)) : false;
  const view = row ? computeFamilyView(ctx.actor, { organisationId: row.organisationId, referringMunicipalityAtvk: row.referringMunicipalityAtvk, onTeam }) : 'none';
  // the 404 is audited by the core as a refused access (app/access-audit.ts), outside this transaction
  if (!row || view === 'none') throw caseNotFound();
  return { row, view, onTeam };
}

/** An open family case the actor may record on: the centre's manager, or on the family's team today. */
export async function requireRecordableFamilyCase(tx: Tx, ctx: Ctx, caseId: string) {
  const found = await requireFamilyCase(tx, ctx, caseId, true);
  if (!canRecordOnFamily(ctx.actor, { organisationId: found.row.organisationId, referringMunicipalityAtvk: found.row.referringMunicipalityAtvk, onTeam: found.onTeam })) throw forbidden();
  if (found.row.status === 'closed') throw new AppError(409, 'cases.closed', 'errors.facts.caseClosed', { params: { closedOn: formatDate(found.row.closedOn) } });
  return found;
}
