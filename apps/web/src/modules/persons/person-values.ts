import type { TFunction } from 'i18next';
import { formatDate, formatPersonalCode } from '@socrehab/domain';

const ENUM_FIELDS: Record<string, string> = { gender: 'enums.gender', whereaboutsKind: 'enums.whereaboutsKind' };

/** A stored field value as a person reads it: dates dd.mm.yyyy, codes DDMMYY-NNNNN, domain values translated. */
export function displayFieldValue(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
  if (field === 'birthDate' && typeof value === 'string') return formatDate(value);
  if (field === 'personalCode' && typeof value === 'string') return formatPersonalCode(value);
  if (field === 'languages' && Array.isArray(value)) return value.map((l) => t(`enums.language.${String(l)}`)).join(', ');
  const enumKey = ENUM_FIELDS[field];
  if (enumKey && typeof value === 'string') return t(`${enumKey}.${value}`);
  if (field === 'relation' && typeof value === 'object') {
    const kind = (value as { kind?: string }).kind;
    return kind ? t(`enums.relationKind.${kind}`) : '—';
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The label of a stored field; unknown fields show their name. */
export const fieldLabel = (field: string, t: TFunction): string => t(`fields.${field}`, { defaultValue: field });
