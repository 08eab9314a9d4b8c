import { computeSettingsInForce } from '@socrehab/domain';
import { computeFsDueItems, fsSettingsSchema, FS_DEFAULT_SETTINGS } from '@socrehab/domain/programmes/family-support/index';
import type { Ctx } from '../../app/context';
import type { Reader } from '../../db/database';
import type { CaseScope, RankedWorklistItem } from '../programme-module';
import * as repo from './family-support.repository';

/**
 * FS-2, FS-3, FS-4 family support's items on the core's worklists (beside every other programme's): a
 * conference's review, a matched mentor's supervision and check renewal, a family in crisis to contact.
 */
export async function familySupportWorklist(db: Reader, _ctx: Ctx, scope: CaseScope, asOf: string): Promise<RankedWorklistItem[]> {
  const facts = await repo.findWorklistFacts(db, scope);
  if (!facts.open.length) return [];
  const found = computeSettingsInForce(await repo.findSettingsVersions(db), asOf);
  const settings = found ? fsSettingsSchema.parse(found.settings) : FS_DEFAULT_SETTINGS;
  const due = facts.open.flatMap((c) => computeFsDueItems({
    caseId: c.caseId, crisisSince: c.crisisSince,
    conferences: facts.conferences.filter((x) => x.caseId === c.caseId),
    matches: facts.matches.filter((m) => m.caseId === c.caseId).map((m) => ({ ...m, supervisions: facts.supervisions.filter((s) => s.mentorId === m.mentorId).map((s) => s.heldOn) })),
    sessionDays: facts.sessions.filter((s) => s.caseId === c.caseId).map((s) => s.heldOn),
  }, settings.mentorSupervisionMonths, asOf));
  return due.map((d) => ({
    item: { kind: d.kind, caseId: d.caseId, programme: 'family_support', due: { dueOn: d.dueOn, daysLeft: d.daysLeft }, ...d.detail },
    urgency: (d.kind === 'fs_crisis_contact' ? 100 : 0) - d.daysLeft,
    overdue: d.daysLeft < 0,
  }));
}
