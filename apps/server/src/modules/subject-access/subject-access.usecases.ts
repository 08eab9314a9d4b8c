import { formatDateTime, formatPersonalCode } from '@socrehab/domain';
import { type Ctx, originOf } from '../../app/context';
import type { Tx } from '../../db/database';
import { appendAuditEvent } from '../audit/audit.repository';
import { getOrganisation, getUser } from '../cases/cases.repository';
import { printedAddress } from '../access/address-protection';
import { loadPersonDetail } from '../persons/persons.presenters';
import type { ServerProgramme } from '../../programmes/programme-module';
import type { DocumentLanguage } from '../documents/documents.types';
import { translate } from '../../shared/i18n';
import { type ExtractRecord, type ExtractSection, wordRow } from './extract';
import { findAccessLogOfPerson, findCasesOfPersonInOrganisation } from './subject-access.repository';

/** How many audit entries about the person the extract lists (newest first). */
export const ACCESS_LOG_LIMIT = 5000;

const WORDS = {
  lv: {
    fullName: 'Vārds, uzvārds', givenNames: 'Vārds', surnames: 'Uzvārds', personalCode: 'Personas kods', birthDate: 'Dzimšanas datums', gender: 'Dzimums',
    languages: 'Valodas', phone: 'Tālrunis', email: 'E-pasts', declaredAddress: 'Deklarētā adrese', whereaboutsKind: 'Uzturēšanās veids',
    whereabouts: 'Uzturēšanās vieta', notes: 'Piezīmes', organisation: 'Reģistrēja', createdAt: 'Reģistrēts', updatedAt: 'Mainīts',
    code: 'Kods', format: 'Formāts', validFrom: 'Spēkā no', replacedAt: 'Aizstāts', changeReason: 'Maiņas iemesls',
    relation: 'Saite', note: 'Piezīme', status: 'Statuss', openedOn: 'Atvērta', closedOn: 'Slēgta', provider: 'Pakalpojuma sniedzējs',
  },
  en: {
    fullName: 'Full name', givenNames: 'Given names', surnames: 'Surnames', personalCode: 'Personal code', birthDate: 'Date of birth', gender: 'Gender',
    languages: 'Languages', phone: 'Phone', email: 'E-mail', declaredAddress: 'Declared address', whereaboutsKind: 'Kind of whereabouts',
    whereabouts: 'Whereabouts', notes: 'Notes', organisation: 'Registered by', createdAt: 'Registered', updatedAt: 'Changed',
    code: 'Code', format: 'Format', validFrom: 'Valid from', replacedAt: 'Replaced', changeReason: 'Reason for the change',
    relation: 'Relation', note: 'Note', status: 'Status', openedOn: 'Opened', closedOn: 'Closed', provider: 'Service provider',
  },
} as const;

export interface AccessLogLine { at: string; who: string; organisation: string; action: string }
export interface PersonExtract {
  producedAt: string;
  producedBy: { name: string; organisation: string };
  language: DocumentLanguage;
  person: { fullName: string; personalCode: string | null; birthDate: string | null; declaredAddress: string | null; record: ExtractRecord; codes: ExtractRecord[]; relations: ExtractRecord[] };
  household: Array<{ fullName: string; birthDate: string | null }>;
  cases: Array<{ programme: string; programmeName: string; caseNumber: string | null; details: ExtractRecord; sections: ExtractSection[] }>;
  accessLog: AccessLogLine[];
}

/**
 * HF-2.7, GDPR Art. 15 — everything the actor's organisation holds about the person: the record and
 * codes, the household, each case with what its programme keeps, and who read or changed the person's
 * data. Whoever may not see the person gets the same 404 as for the person page; the production is
 * audited inside the same transaction, so no extract leaves without its entry.
 */
export async function producePersonExtract(ctx: Ctx, personId: string, language: DocumentLanguage, programmes: readonly ServerProgramme[]): Promise<PersonExtract> {
  return ctx.db.transaction((tx) => readPersonExtract(tx, ctx, personId, language, programmes, { audit: true }));
}

/**
 * The extract's data inside the caller's transaction. `caseId` keeps one case only, without the access log
 * (a case file, HF-4.4's handover to the funder, which audits it itself); `audit` writes the subject-access entry.
 */
export async function readPersonExtract(
  tx: Tx, ctx: Ctx, personId: string, language: DocumentLanguage, programmes: ReadonlyArray<Pick<ServerProgramme, 'definition' | 'personExtract'>>,
  options: { audit: true } | { audit: false; caseId: string },
): Promise<PersonExtract> {
  const p = await loadPersonDetail(tx, ctx, personId);
  const w = WORDS[language];
  const labels: Record<string, string> = w;
  const casesOf = (await findCasesOfPersonInOrganisation(tx, p.id, ctx.actor.organisationId)).filter((c) => options.audit || c.id === options.caseId);
  const cases: PersonExtract['cases'] = [];
  for (const c of casesOf) {
    const programme = programmes.find((x) => x.definition.code === c.programme);
    const sections = programme?.personExtract ? await programme.personExtract(tx, ctx, c.id, p.id, language) : [];
    cases.push({
      programme: c.programme,
      programmeName: programme?.definition.names[language] ?? c.programme,
      caseNumber: c.caseNumber,
      details: wordRow({ status: c.status, openedOn: c.openedOn, closedOn: c.closedOn, provider: c.organisationName }, language, labels,
        [...(programme ? [`${programme.definition.messages.namespace}.enums`] : []), 'enums']),
      sections,
    });
  }
  // the entry of this very production is written first, so the extract lists it too
  const producedAt = ctx.now();
  if (options.audit) {
    await appendAuditEvent(tx, originOf(ctx), {
      action: 'subject_access_extract', entityType: 'person', entityId: p.id, personId: p.id,
      changes: { language, cases: casesOf.map((c) => c.id) },
    }, producedAt);
  }
  const log = options.audit ? await findAccessLogOfPerson(tx, p.id, ACCESS_LOG_LIMIT) : [];
  const [me, myOrganisation] = [await getUser(tx, ctx.actor.userId), await getOrganisation(tx, ctx.actor.organisationId)];
  return {
    producedAt: producedAt.toISOString(),
    producedBy: { name: me?.displayName ?? '', organisation: myOrganisation.name },
    language,
    person: {
      fullName: `${p.givenNames} ${p.surnames}`,
      personalCode: p.personalCode,
      birthDate: p.birthDate,
      // issue 14: the extract is produced by someone who may read the person; a protected address is in it
      // only when they have a need to know it (the person's worker hands it over) — else its label
      declaredAddress: printedAddress(p.declaredAddress, p.addressProtection, language),
      record: wordRow({
        givenNames: p.givenNames, surnames: p.surnames, personalCode: p.personalCode ? formatPersonalCode(p.personalCode) : null, birthDate: p.birthDate,
        gender: p.gender, languages: p.languages, phone: p.phone, email: p.email, declaredAddress: printedAddress(p.declaredAddress, p.addressProtection, language), whereaboutsKind: p.whereaboutsKind,
        whereabouts: printedAddress(p.whereabouts, p.addressProtection, language), notes: p.notes, organisation: p.organisation.name, createdAt: p.createdAt, updatedAt: p.updatedAt,
      }, language, labels),
      codes: p.codes.map((c) => wordRow({ code: formatPersonalCode(c.code), format: c.format, validFrom: c.validFrom, replacedAt: c.replacedAt, changeReason: c.changeReason }, language, labels)),
      relations: p.relations.map((r) => wordRow({ relation: r.kind, fullName: `${r.person.givenNames} ${r.person.surnames}`, note: r.note }, language, labels)),
    },
    household: (p.household?.members ?? []).map((m) => ({ fullName: `${m.givenNames} ${m.surnames}`, birthDate: m.birthDate })),
    cases,
    accessLog: log.map((l) => ({
      at: formatDateTime(l.at), who: l.actorName ?? '—', organisation: l.organisationName ?? '—', action: translate(language, `enums.auditAction.${l.action}`, { defaultValue: l.action }),
    })),
  };
}
