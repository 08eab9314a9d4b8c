import type { FundersHandoverInput, ResearchExtractInput } from '@socrehab/domain/programmes/housing-first/research.rules';
import { api, apiFile } from '../../shared/api/client';

/** HF-4.4 one entry of the register of disclosures (GET /api/disclosures). */
export interface DisclosureEntry {
  id: string;
  kind: 'research_extract' | 'funder_handover';
  recipient: string;
  legalBasis: string;
  purpose: string;
  disclosedOn: string;
  dataRows: number;
  caseFiles: number;
  files: Array<{ name: string; sha256: string; bytes: number }>;
  actSha256: string | null;
  producedBy: string | null;
}

export const disclosureKeys = { register: ['disclosures'] as const };

export const getDisclosures = () => api<{ items: DisclosureEntry[] }>('/api/disclosures');
export const produceResearchExtract = (body: ResearchExtractInput) => apiFile('/api/programmes/housing_first/research-extracts', body);
export const produceFundersHandover = (body: FundersHandoverInput) => apiFile('/api/programmes/housing_first/funder-handovers', body);

/** Hands a produced file to the browser as a download. */
export function saveFile({ blob, fileName }: { blob: Blob; fileName: string }) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
