import { daysBetween } from '@socrehab/domain';
import { isMunicipalOfficerOf } from '@socrehab/domain/programmes/regional-planning/index';
import { MUNICIPALITIES } from '@socrehab/domain/reference/municipalities';
import type { Ctx } from '../../app/context';
import type { Reader } from '../../db/database';
import type { DueWorklistItem, RankedWorklistItem } from '../programme-module';
import * as repo from './regional-planning.repository';

/** RP-6 the officer's municipality's part of an open round, not yet confirmed: about the organisation, no case. */
export type RpPartDueItem = DueWorklistItem & {
  kind: 'rp_part_due'; roundId: string; roundName: string; municipalityAtvk: string; partStatus: 'not_started' | 'in_progress'; lastRemindedOn: string | null;
  due: { dueOn: string; daysLeft: number };
};

/**
 * RP-6 reminders on the worklist: a municipal officer (of a municipality in a planning region) whose part
 * of the region's open round is not confirmed sees it until they confirm it or the round closes, due on
 * the round's deadline (overdue after it). Other users get nothing; the programme keeps no cases.
 */
export async function regionalPlanningWorklist(db: Reader, ctx: Ctx, asOf: string): Promise<RankedWorklistItem[]> {
  const atvk = ctx.actor.municipalityAtvk;
  const region = atvk ? MUNICIPALITIES.find((m) => m.atvk === atvk)?.region : undefined;
  if (!atvk || !region || !isMunicipalOfficerOf(ctx.actor, atvk)) return [];
  const open = (await repo.findRounds(db, region)).filter((r) => r.status === 'open' && r.openedOn <= asOf);
  const parts = await repo.findParts(db, open.map((r) => r.id));
  return open.flatMap((round) => {
    const part = parts.find((p) => p.roundId === round.id && p.municipalityAtvk === atvk);
    if (!part || part.status === 'confirmed') return [];
    const daysLeft = daysBetween(asOf, round.deadline);
    const item: RpPartDueItem = {
      kind: 'rp_part_due', caseId: null,
      roundId: round.id, roundName: round.name, municipalityAtvk: atvk, partStatus: part.status as 'not_started' | 'in_progress', lastRemindedOn: part.lastRemindedOn,
      due: { dueOn: round.deadline, daysLeft },
    };
    return [{ item, urgency: -daysLeft, overdue: daysLeft < 0 }];
  });
}
