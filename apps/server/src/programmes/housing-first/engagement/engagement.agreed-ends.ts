import { computeEngagement } from '@socrehab/domain/programmes/housing-first/index';
import type { Reader } from '../../../db/database';
import { settingsOfCases } from '../worklists/worklists.usecases';
import { findEngagementHistories } from './engagement.repository';

/**
 * HF-2.2, HF-4.3 each case's agreed end of the engagement as it stands (every extension and suspension
 * recorded counted): the core's evaluation schedule asks for it ("one month before the contract ends").
 * A case without a contract day has none.
 */
export async function agreedEndsOfCases(db: Reader, caseIds: readonly string[]): Promise<ReadonlyMap<string, string | null>> {
  const histories = await findEngagementHistories(db, caseIds);
  const settingsOf = await settingsOfCases(db, [...histories.values()]);
  const ends = new Map<string, string | null>();
  for (const [id, history] of histories) ends.set(id, computeEngagement(history, settingsOf(history), AFTER_EVERYTHING)?.agreedEndOn ?? null);
  return ends;
}

/** A day after every record: the agreed end as it stands. */
const AFTER_EVERYTHING = '9999-12-31';
