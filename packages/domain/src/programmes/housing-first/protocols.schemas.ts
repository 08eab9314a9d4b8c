import { z } from 'zod';
import { freeText, isoDate } from '../../shared/validation';

/**
 * HF-3.4.6 an inter-institutional cooperation protocol of a case ("Starpinstitucionālās sadarbības
 * protokoli, ja tādi ir"): when, which institutions, who took part, the topic, what was agreed and who
 * does what by when. A correction is a new version with its reason; every version is kept.
 */
const required = (max: number) => freeText(max).min(1, { error: 'validation.required' });

export const protocolActionSchema = z.object({
  what: required(500),
  who: required(200),
  byDate: isoDate.nullish().transform((d) => d ?? null),
}).strict();

/** The protocol's own fields, shared with its case-history record. */
export const protocolFields = {
  heldOn: isoDate,
  institutions: z.array(required(200)).min(1, { error: 'validation.required' }).max(20, { error: 'validation.tooMany' }),
  participants: z.array(required(200)).min(1, { error: 'validation.required' }).max(40, { error: 'validation.tooMany' }),
  topic: required(1000),
  agreed: required(4000),
  actions: z.array(protocolActionSchema).max(30, { error: 'validation.tooMany' }),
};

/** HF-3.4.6 an action is due on or after the meeting that agreed it. */
export const deadlinesAfterMeeting = (p: { heldOn: string; actions: Array<{ byDate: string | null }> }) => p.actions.every((a) => !a.byDate || a.byDate >= p.heldOn);
export const deadlineIssue = { error: 'housing.protocols.errors.deadlineBeforeMeeting', path: ['actions'] };

export const recordProtocolSchema = z.object(protocolFields).strict().refine(deadlinesAfterMeeting, deadlineIssue);

/** A correction: the whole protocol again, the version it corrects (a newer one meanwhile is a 409) and why. */
export const correctProtocolSchema = z.object({
  ...protocolFields,
  basedOnVersion: z.number({ error: 'validation.invalidType' }).int().min(1),
  correctionReason: required(1000),
}).strict().refine(deadlinesAfterMeeting, deadlineIssue);

/** HF-3.4.6 the period of the plan-implementation report ("Pārskats par sociālās rehabilitācijas plāna sniegšanu"). */
export const planReportQuerySchema = z.object({
  from: isoDate,
  to: isoDate,
  language: z.enum(['lv', 'en']).optional(),
}).strict().refine((q) => q.from <= q.to, { error: 'housing.protocols.errors.periodReversed', path: ['to'] });

export type RecordProtocolInput = z.infer<typeof recordProtocolSchema>;
export type CorrectProtocolInput = z.infer<typeof correctProtocolSchema>;
