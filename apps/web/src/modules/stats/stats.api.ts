import { api } from '../../shared/api/client';

interface Cell {
  persons: number | null;
  suppressed: boolean;
}

/** Aggregates only: no names, codes or identifiers of persons. */
export interface Overview {
  /** Null when hidden (only in a very small dataset: a total that would give a small count back). */
  personsTotal: number | null;
  totalSuppressed: boolean;
  smallCellLimit: number | null;
  /** Persons registered by organisations of no municipality (service providers). */
  outsideMunicipalities: Cell;
  byMunicipality: Array<Cell & { atvk: string; nameLv: string; nameEn: string; region: string | null }>;
  byRegion: Array<Cell & { code: string; nameLv: string; nameEn: string }>;
}

export const getOverview = () => api<Overview>('/api/stats/overview');
