import { startsRehousing } from '@socrehab/domain/programmes/housing-first/index';
import type { Tx } from '../../../db/database';
import type { caseIncidents } from '../../../db/schema';
import * as repo from './rehousing.repository';

/**
 * HF-3.2.6 a lease breach opens a re-housing round for the case, in the incident's own transaction.
 * While a round is open a further breach opens none (the open round is returned). Other incidents
 * open nothing. The case stays open either way: no incident ends the service.
 */
export async function openRehousingRound(tx: Tx, theCase: { id: string; organisationId: string; dwellingId: string | null }, incident: typeof caseIncidents.$inferSelect) {
  if (!startsRehousing(incident.kind)) return null;
  const open = await repo.getOpenRoundOfCase(tx, theCase.id, true);
  if (open) return { round: open, opened: false };
  const round = await repo.insertRound(tx, {
    organisationId: theCase.organisationId, caseId: theCase.id, incidentId: incident.id, openedOn: incident.occurredOn, fromDwellingId: theCase.dwellingId,
  });
  return { round, opened: true };
}
