import type { z } from 'zod';
import type { Engagement, recordEngagementExtensionSchema, recordEngagementSuspensionSchema } from '@socrehab/domain/programmes/housing-first/index';
import { api } from '../../../shared/api/client';

/** HF-2.2 the case's engagement (GET /api/cases/:id/engagement): under `service`, so the page's writes and the language switch refresh it. */
export const engagementKeys = { of: (caseId: string) => ['service', 'engagement', caseId] as const };

interface Cancellation { cancelledAt: string | null; cancelReason: string | null }
export interface ExtensionRecord extends Cancellation { id: string; decidedOn: string; months: number | null; newEndOn: string | null; reason: string }
export interface SuspensionRecord extends Cancellation { id: string; fromOn: string; toOn: string; reason: string }
export interface EngagementState {
  asOf: string;
  contractSignedOn: string | null;
  settings: { engagementMonths: number; minimumParticipationMonths: number };
  engagement: Engagement | null;
  extensions: ExtensionRecord[];
  suspensions: SuspensionRecord[];
}

export const getEngagement = (caseId: string, signal?: AbortSignal) => api<EngagementState>(`/api/cases/${caseId}/engagement`, { signal });
export const extendEngagement = (caseId: string, body: z.input<typeof recordEngagementExtensionSchema>) =>
  api<{ engagement: Engagement }>(`/api/cases/${caseId}/engagement/extensions`, { method: 'POST', body });
export const suspendEngagement = (caseId: string, body: z.input<typeof recordEngagementSuspensionSchema>) =>
  api<{ engagement: Engagement }>(`/api/cases/${caseId}/engagement/suspensions`, { method: 'POST', body });
export const cancelEngagementRecord = (caseId: string, kind: 'extensions' | 'suspensions', recordId: string, reason: string) =>
  api<unknown>(`/api/cases/${caseId}/engagement/${kind}/${recordId}/cancellation`, { method: 'POST', body: { reason } });
