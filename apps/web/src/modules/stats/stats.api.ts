import { api } from '../../shared/api/client';

interface Cell {
  persons: number | null;
  suppressed: boolean;
}

/** Aggregates only: no names, codes or identifiers of persons. */
export interface Overview {
  personsTotal: number;
  smallCellLimit: number | null;
  byMunicipality: Array<Cell & { atvk: string; nameLv: string; nameEn: string; region: string | null }>;
  byRegion: Array<Cell & { code: string; nameLv: string; nameEn: string }>;
}

export const getOverview = () => api<Overview>('/api/stats/overview');
