import { z } from 'zod';
import { freeText, isoDate } from '../../shared/validation';

const reason = freeText(1000).min(1, { error: 'validation.required' });

/**
 * HF-2.2 an extension of the agreed end: by whole months (1–24) or to a new day, with a reason, decided
 * on a day. `expectedEndOn` is the agreed end the form was filled against: another extension or
 * suspension saved meanwhile makes it stale (409), so two at once never both apply to the same end.
 */
export const recordEngagementExtensionSchema = z.object({
  decidedOn: isoDate,
  months: z.number({ error: 'validation.invalidType' }).int({ error: 'validation.invalid' }).min(1, { error: 'validation.invalid' }).max(24, { error: 'validation.invalid' }).nullish().transform((m) => m ?? null),
  newEndOn: isoDate.nullish().transform((d) => d ?? null),
  reason,
  expectedEndOn: isoDate,
}).strict().refine((e) => (e.months === null) !== (e.newEndOn === null), { error: 'housing.errors.engagementMonthsOrEnd', path: ['months'] });

/** HF-2.2 a suspension of the engagement from one day to another (both included), with a reason. */
export const recordEngagementSuspensionSchema = z.object({
  fromOn: isoDate,
  toOn: isoDate,
  reason,
  expectedEndOn: isoDate,
}).strict();

/** An extension or suspension recorded in error is cancelled, with a reason — never deleted or overwritten. */
export const cancelEngagementRecordSchema = z.object({ reason }).strict();
