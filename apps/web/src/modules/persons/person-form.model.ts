import { formatPersonalCode, GENDERS, type PersonFieldsInput } from '@socrehab/domain';
import { parseDisplayDate, toDisplayDate } from '../../shared/dates';

/** What the person form holds: text as typed (dates as dd.mm.yyyy), languages as a list. */
export interface PersonFormValues {
  givenNames: string;
  surnames: string;
  personalCode: string;
  birthDate: string;
  gender: string;
  languages: string[];
  phone: string;
  email: string;
  declaredAddress: string;
  whereaboutsKind: string;
  whereabouts: string;
  notes: string;
}

export const emptyPersonForm: PersonFormValues = {
  givenNames: '', surnames: '', personalCode: '', birthDate: '', gender: '', languages: ['lv'], phone: '', email: '',
  declaredAddress: '', whereaboutsKind: 'unknown', whereabouts: '', notes: '',
};

type StoredPerson = {
  givenNames: string; surnames: string; personalCode: string | null; birthDate: string | null; gender: string | null; languages: string[];
  phone: string | null; email: string | null; declaredAddress: string | null; whereaboutsKind: string; whereabouts: string | null; notes: string | null;
};

/** A stored person → the form. */
export function personToForm(p: StoredPerson): PersonFormValues {
  return {
    givenNames: p.givenNames, surnames: p.surnames, personalCode: p.personalCode ? formatPersonalCode(p.personalCode) : '', birthDate: toDisplayDate(p.birthDate),
    gender: p.gender ?? '', languages: [...p.languages], phone: p.phone ?? '', email: p.email ?? '', declaredAddress: p.declaredAddress ?? '',
    whereaboutsKind: p.whereaboutsKind, whereabouts: p.whereabouts ?? '', notes: p.notes ?? '',
  };
}

/** The form → the API body; the server validates and answers with translated reasons per field. */
export function formToPerson(v: PersonFormValues): PersonFieldsInput {
  const text = (s: string) => (s.trim() ? s.trim() : null);
  return {
    givenNames: v.givenNames.trim(),
    surnames: v.surnames.trim(),
    personalCode: text(v.personalCode),
    birthDate: parseDisplayDate(v.birthDate),
    gender: (GENDERS as readonly string[]).includes(v.gender) ? (v.gender as PersonFieldsInput['gender']) : null,
    languages: v.languages as PersonFieldsInput['languages'],
    phone: text(v.phone),
    email: text(v.email),
    declaredAddress: text(v.declaredAddress),
    whereaboutsKind: v.whereaboutsKind as PersonFieldsInput['whereaboutsKind'],
    whereabouts: text(v.whereabouts),
    notes: text(v.notes),
  };
}

/** Fields whose stored value differs between two versions of a person (for the conflict view). */
export function differingFields(a: PersonFormValues, b: PersonFormValues): Array<keyof PersonFormValues> {
  return (Object.keys(a) as Array<keyof PersonFormValues>).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
