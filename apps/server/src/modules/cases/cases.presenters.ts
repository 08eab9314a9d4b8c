import { type Ctx, today } from '../../app/context';
import { visiblePersonsCondition } from '../access/person-scope.repository';
import * as repo from './cases.repository';

/**
 * The cases the actor works on (social worker, mentor) or the organisation's (manager), newest first:
 * open on `asOf`, ended by then (HF-3.3: from its ending day a case is ended), or all.
 */
export async function findMyCases(asOf: string, status: 'open' | 'ended' | 'all', ctx: Ctx) {
  const visible = visiblePersonsCondition(ctx.actor, today(ctx));
  const whose = ctx.actor.roles.includes('manager')
    ? { organisationId: ctx.actor.organisationId }
    : ctx.actor.roles.includes('municipal_social_worker')
      ? { municipalityAtvk: ctx.actor.municipalityAtvk ?? '' }
      : { teamMemberId: ctx.actor.userId };
  const rows = await repo.findCasesForList(ctx.db, visible, whose, asOf, status);
  return { items: rows };
}
