/**
 * What every printable document shows — the issuing organisation and the person — and its languages.
 * Each document's own data is plain data, already loaded and access-checked by the module that asks for
 * it; renderers turn it into PDFs and read no database (Housing First's granting documents:
 * programmes/housing-first/documents). Dates are `yyyy-mm-dd` (printed dd.mm.yyyy), money in euros
 * (printed `1 234,56 €`).
 */

export interface Letterhead {
  /** The organisation issuing the document. */
  organisationName: string;
  /** Printed in the footer: when and by whom the PDF was produced. */
  printedOn: string;
  printedBy: string;
}

export interface PersonLine {
  fullName: string;
  personalCode: string | null;
  birthDate: string | null;
  address: string | null;
}

export type DocumentLanguage = 'lv' | 'en';
