import type { CatalogueService, ForecastVsActual, LawServiceType, PartStatus, ServiceSetting, SituationCell, Stance, TargetGroup } from '@socrehab/domain/programmes/regional-planning/index';
import { api, query } from '../../shared/api/client';

/** Regional planning's API client (RP-1 – RP-7): the server's `/api/regional-planning/...`. Aggregates only. */
const BASE = '/api/regional-planning';

export interface RpRound { id: string; name: string; openedOn: string; deadline: string; status: 'open' | 'closed'; closedOn: string | null; catalogueVersion: number }
export interface RpProgress { total: number; confirmed: number; inProgress: number; notStarted: number; overdue: boolean; toRemind: string[] }
export interface RpMunicipality { atvk: string; nameLv: string; nameEn: string; kind: string }
export interface RpOverview {
  round: RpRound | null; year: number; smallCellLimit: number; catalogue: { version: number; validFrom: string }; rounds: RpRound[]; municipalities: RpMunicipality[];
  services: Array<{ code: string; names: { lv: string; en: string }; lawType: LawServiceType; setting: ServiceSetting; targetGroups: TargetGroup[] }>;
  cells: SituationCell[]; gaps: Array<{ municipalityAtvk: string; service: string }>;
  models: Array<{ municipalityAtvk: string; service: string; stance: Stance; reason: string | null }>;
  cooperation: Array<{ id: string; service: string; name: string; validFrom: string; validTo: string | null; shares: Array<{ municipalityAtvk: string; costPercent: number; placesPercent: number }>; inForce: boolean }>;
}
type ServiceRef = { code: string; names: { lv: string; en: string } };
export interface RpCatalogue {
  version: number; validFrom: string; services: CatalogueService[]; mapping: Array<{ programme: string; service: string; catalogue: string }>;
  /** RP-1 the latest version (a new one follows it) and every version with what it changed. */
  latest: { version: number; validFrom: string; services: CatalogueService[] }; mayPublish: boolean;
  versions: Array<{ version: number; validFrom: string; services: number; note: string | null; publishedAt: string | null; publishedBy: string | null; inForce: boolean; added: ServiceRef[]; removed: ServiceRef[]; changed: ServiceRef[] }>;
}
/** RP-1 a service of a version the planner publishes (code null: a new service). */
export type RpCatalogueServiceInput = Omit<CatalogueService, 'code'> & { code: string | null };
export interface RpRoundsList { mayOpen: boolean; ownMunicipalityAtvk: string | null; items: Array<RpRound & { progress: RpProgress; ownPartStatus: PartStatus | null }> }
export interface RpRoundDetail extends RpRound {
  progress: RpProgress; mayManage: boolean; ownMunicipalityAtvk: string | null;
  parts: Array<{ municipalityAtvk: string; nameLv: string; nameEn: string; status: PartStatus; confirmedOn: string | null; lastRemindedOn: string | null; reminders: number }>;
}
type Split = Partial<Record<TargetGroup, number>>;
export interface RpFigureRow {
  service: string; providers: number | null; places: number | null; clients: number | null; waiting: number | null; waitingDays: number | null; costCents: number | null;
  /** RP-7 each figure that adds up, by target group ({}: not split). */
  clientsByGroup: Split; placesByGroup: Split; waitingByGroup: Split; costCentsByGroup: Split;
}
export interface RpPart {
  round: RpRound; municipalityAtvk: string; status: PartStatus;
  /** RP-1 the services of the catalogue version the round was run on. */
  services: CatalogueService[]; version: number; confirmedOn: string | null; lastRemindedOn: string | null; mayEdit: boolean;
  figures: RpFigureRow[]; model: Array<{ service: string; stance: Stance; reason: string | null }>;
  forecasts: Array<{ service: string; year: number; method: string; clients: number; ratePerThousand: number | null; residents: number | null; projected: number | null }>;
  /** RP-5 the years a new forecast covers. */
  forecastYearsAhead: number[];
}
export interface RpSavePart {
  expectedVersion: number; figures: RpFigureRow[]; model: Array<{ service: string; stance: Stance; reason: string | null }>;
  forecasts: Array<{ service: string; method: 'linear_trend' } | { service: string; method: 'rate_per_resident'; residents: number | null; projection: Array<{ year: number; value: number | null }> }>;
}

export const rpKeys = {
  all: ['rp'] as const,
  overview: (roundId: string | null) => ['rp', 'overview', roundId] as const,
  catalogue: ['rp', 'catalogue'] as const,
  rounds: ['rp', 'rounds'] as const,
  round: (id: string) => ['rp', 'round', id] as const,
  part: (id: string, atvk: string) => ['rp', 'part', id, atvk] as const,
  forecast: (atvk: string | null, service: string | null) => ['rp', 'forecast', atvk, service] as const,
};

export const getOverview = (roundId: string | null, signal?: AbortSignal) => api<RpOverview>(`${BASE}/overview${query({ roundId })}`, { signal });
export const getCatalogue = (signal?: AbortSignal) => api<RpCatalogue>(`${BASE}/catalogue`, { signal });
export const getRounds = (signal?: AbortSignal) => api<RpRoundsList>(`${BASE}/rounds`, { signal });
export const getRound = (id: string, signal?: AbortSignal) => api<RpRoundDetail>(`${BASE}/rounds/${id}`, { signal });
export const getPart = (id: string, atvk: string, signal?: AbortSignal) => api<RpPart>(`${BASE}/rounds/${id}/parts/${atvk}`, { signal });
export const getForecast = (atvk: string | null, service: string | null, signal?: AbortSignal) =>
  api<{ hidden: boolean; rows: ForecastVsActual[] }>(`${BASE}/forecast${query({ municipalityAtvk: atvk, service })}`, { signal });
export const openRound = (body: { name: string; openedOn: string; deadline: string; municipalities?: string[] }) => api<RpRound>(`${BASE}/rounds`, { method: 'POST', body });
export const savePart = (id: string, atvk: string, body: RpSavePart) => api<{ status: PartStatus; version: number }>(`${BASE}/rounds/${id}/parts/${atvk}`, { method: 'PUT', body });
export const confirmPart = (id: string, atvk: string, expectedVersion: number) => api<{ status: PartStatus; version: number }>(`${BASE}/rounds/${id}/parts/${atvk}/confirmation`, { method: 'POST', body: { expectedVersion } });
export const remindRound = (id: string) => api<{ reminded: string[] }>(`${BASE}/rounds/${id}/reminders`, { method: 'POST', body: {} });
export const closeRound = (id: string) => api<{ status: 'closed'; closedOn: string }>(`${BASE}/rounds/${id}/closing`, { method: 'POST', body: {} });
/** RP-1 the planner publishes the catalogue's next version against the one edited (409 when another was published first). */
export const publishCatalogue = (body: { basedOnVersion: number; validFrom: string; note: string | null; services: RpCatalogueServiceInput[] }) =>
  api<{ version: number; validFrom: string }>(`${BASE}/catalogue/versions`, { method: 'POST', body });
/** RP-4 the planner records a cooperation agreement (shares as typed: the server names a bad field). */
export const addCooperation = (body: { service: string; name: string; validFrom: string; validTo: string | null; shares: Array<{ municipalityAtvk: string; costPercent: number | null; placesPercent: number | null }> }) =>
  api<{ id: string }>(`${BASE}/cooperation`, { method: 'POST', body });
export const programmeFile = (roundId: string | null, format: 'pdf' | 'xlsx', lang: 'lv' | 'en') => `${BASE}/programme.${format}${query({ roundId, lang })}`;
