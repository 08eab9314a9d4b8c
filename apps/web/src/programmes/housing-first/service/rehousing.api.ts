import type { z } from 'zod';
import type { offerDwellingSchema, recordIncidentSchema, recordRehousingMoveSchema } from '@socrehab/domain/programmes/housing-first/index';
import { api } from '../../../shared/api/client';
import type { Offer, Proposal } from '../housing-first.api';

type Body<T extends z.ZodType> = z.input<T>;

/** An offer of a re-housing round: it belongs to the round, not to the application (HF-3.2.6). */
export type RehousingOffer = Omit<Offer, 'applicationId'> & { applicationId: null; rehousingRoundId: string };

export interface RehousingRound {
  id: string; caseId: string; incidentId: string; openedOn: string; closedOn: string | null; movedOn: string | null; note: string | null;
  fromDwellingId: string | null; toDwellingId: string | null; fromAddress: string | null; toAddress: string | null; offers: RehousingOffer[];
}

export interface Incident {
  id: string; kind: 'dwelling_damage' | 'lease_breach' | 'other'; occurredOn: string; description: string; actionTaken: string | null; recordedBy: string;
}

/** GET /api/cases/:id/rehousing: the open round, its proposals, past dwelling changes, the incidents. */
export interface Rehousing {
  caseStatus: string;
  open: RehousingRound | null;
  proposals: Proposal[];
  history: RehousingRound[];
  incidents: Incident[];
  maxDwellingsOffered: number;
  abilities: { rehouse: boolean; recordIncident: boolean };
}

/** Under `hf`, so that an answer given in the shared offer table refreshes the round too. */
export const rehousingKey = (caseId: string) => ['hf', 'rehousing', caseId] as const;

export const getRehousing = (caseId: string, signal?: AbortSignal) => api<Rehousing>(`/api/cases/${caseId}/rehousing`, { signal });
export const recordIncident = (caseId: string, body: Body<typeof recordIncidentSchema>) =>
  api<{ incident: Incident; rehousingRound: (RehousingRound & { openedNow: boolean }) | null }>(`/api/cases/${caseId}/incidents`, { method: 'POST', body });
export const offerRehousingDwelling = (caseId: string, body: Body<typeof offerDwellingSchema>) =>
  api<{ offer: RehousingOffer }>(`/api/cases/${caseId}/rehousing/offers`, { method: 'POST', body });
export const recordRehousingMove = (caseId: string, body: Body<typeof recordRehousingMoveSchema>) =>
  api<{ round: RehousingRound }>(`/api/cases/${caseId}/rehousing/move`, { method: 'POST', body });
