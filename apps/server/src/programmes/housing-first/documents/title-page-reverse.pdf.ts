import { formatDate, formatPersonalCode } from '@socrehab/domain';
import type { Content } from 'pdfmake/interfaces';
import { gridTable, heading, labelledTable, letterheadBlock, metaLine, numberedClauses, paragraph, renderPdf, titleBlock } from '../../../modules/documents/documents.layout';
import { DOCUMENT_TEXT } from '../../../modules/documents/documents.text';
import type { DocumentLanguage, Letterhead } from '../../../modules/documents/documents.types';

/**
 * HF-3.4.1 the reverse of the case file's title page: the opening and closing dates, the case manager,
 * the client's identification (name, personal code, address, phone, e-mail), family members and other
 * support persons, and the data-protection information — what the product holds, nothing invented.
 */
export interface CaseTitleReverseData extends Letterhead {
  caseNumber: string;
  openedOn: string;
  closedOn: string | null;
  caseManagerName: string | null;
  person: { fullName: string; personalCode: string | null; birthDate: string | null; address: string | null; phone: string | null; email: string | null; languages: string[] };
  /** Family relations, with the relation already in the document's language; null: a member of the person's household. */
  family: Array<{ name: string; relation: string | null; birthDate: string | null }>;
  /** Support persons and other relations recorded for the person (note as recorded). */
  supportPersons: Array<{ name: string; relation: string; note: string | null }>;
  /** HF-3.1.7.1 the day the person was informed of the processing of their data; HF-4.4 the consents with their text versions. */
  dataProcessingInformedOn: string | null;
  consents: Array<{ version: number; givenOn: string; withdrawnOn: string | null }>;
}

const WORDING = {
  lv: {
    title: 'KLIENTA LIETAS TITULLAPAS OTRĀ PUSE', header: 'Titullapas otrā puse', caseHeading: '1. Klienta lieta', openedOn: 'Lietas uzsākšanas datums',
    closedOn: 'Lietas slēgšanas datums', open: 'lieta nav slēgta', caseManager: 'Klienta gadījuma vadītājs', personHeading: '2. Identificējoša informācija par klientu',
    fullName: 'Vārds, uzvārds', phone: 'Tālrunis', email: 'E-pasts', languages: 'Valodas', familyHeading: '3. Ģimenes locekļi', householdMember: 'mājsaimniecības loceklis', noFamily: 'Ģimenes locekļi nav reģistrēti.',
    name: 'Vārds, uzvārds', relation: 'Saite', birthDate: 'Dzimšanas datums', note: 'Piezīmes', supportHeading: '4. Citas atbalsta personas',
    noSupport: 'Citas atbalsta personas nav reģistrētas.', dataHeading: '5. Klienta datu aizsardzība', informedOn: 'Klients informēts par datu apstrādi',
    notInformed: 'nav reģistrēts', consent: (v: number) => `Piekrišana datu apstrādei (teksta versija ${v})`,
    consentState: (given: string, withdrawn: string | null) => (withdrawn ? `dota ${given}, atsaukta ${withdrawn}` : `dota ${given}, spēkā`),
    noConsent: 'Piekrišana datu apstrādei nav reģistrēta.',
    dataText: [
      'Klienta personas datus pakalpojuma sniedzējs apstrādā tikai sociālās rehabilitācijas pakalpojuma sniegšanai saskaņā ar Vispārīgo datu aizsardzības regulu (ES) 2016/679 un Latvijas normatīvajiem aktiem.',
      'Lietas saturu drīkst skatīt tikai klienta atbalsta komanda un pakalpojuma sniedzēja vadītājs. Informāciju citām personām un institūcijām sniedz tikai ar klienta piekrišanu vai normatīvajos aktos noteiktajos gadījumos.',
      'Klientam ir tiesības iepazīties ar saviem datiem, lūgt tos labot un atsaukt piekrišanu; piekrišanas atsaukšana neietekmē iepriekš veiktās apstrādes likumību.',
    ],
  },
  en: {
    title: 'REVERSE OF THE CASE FILE TITLE PAGE', header: 'Reverse of the title page', caseHeading: '1. Client case', openedOn: 'Case opened on',
    closedOn: 'Case closed on', open: 'the case is open', caseManager: 'Case manager', personHeading: '2. Identification of the client',
    fullName: 'Name, surname', phone: 'Phone', email: 'E-mail', languages: 'Languages', familyHeading: '3. Family members', householdMember: 'member of the household', noFamily: 'No family members are recorded.',
    name: 'Name, surname', relation: 'Relation', birthDate: 'Date of birth', note: 'Notes', supportHeading: '4. Other support persons',
    noSupport: 'No other support persons are recorded.', dataHeading: '5. Protection of the client’s data', informedOn: 'Client informed of the data processing on',
    notInformed: 'not recorded', consent: (v: number) => `Consent to data processing (text version ${v})`,
    consentState: (given: string, withdrawn: string | null) => (withdrawn ? `given ${given}, withdrawn ${withdrawn}` : `given ${given}, in force`),
    noConsent: 'No consent to data processing is recorded.',
    dataText: [
      'The provider processes the client’s personal data only to provide the social rehabilitation service, under the General Data Protection Regulation (EU) 2016/679 and the laws of Latvia.',
      'Only the client’s support team and the provider’s manager may read the file. Information is given to other persons and institutions only with the client’s consent or where the law requires it.',
      'The client may see their data, ask for it to be corrected and withdraw their consent; withdrawing consent does not affect the lawfulness of processing before it.',
    ],
  },
} as const;

export function renderCaseTitleReverse(data: CaseTitleReverseData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const w = WORDING[language];
  const text = DOCUMENT_TEXT[language];
  const stated = (value: string | null) => value ?? text.common.notStated;
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    { text: text.common.restricted, alignment: 'right', fontSize: 8, bold: true, color: '#555555' },
    metaLine('', `${text.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(w.title),
    heading(w.caseHeading),
    labelledTable([
      [text.common.caseNumber, data.caseNumber],
      [w.openedOn, formatDate(data.openedOn)],
      [w.closedOn, data.closedOn ? formatDate(data.closedOn) : w.open],
      [w.caseManager, stated(data.caseManagerName)],
    ]),
    heading(w.personHeading),
    labelledTable([
      [w.fullName, data.person.fullName],
      [text.common.personalCode, data.person.personalCode ? formatPersonalCode(data.person.personalCode) : text.common.notStated],
      ...(data.person.birthDate ? [[text.common.birthDate, formatDate(data.person.birthDate)] as [string, string]] : []),
      [text.common.address, stated(data.person.address)],
      [w.phone, stated(data.person.phone)],
      [w.email, stated(data.person.email)],
      ...(data.person.languages.length > 0 ? [[w.languages, data.person.languages.join(', ')] as [string, string]] : []),
    ]),
    heading(w.familyHeading),
    data.family.length > 0
      ? gridTable([w.name, w.relation, w.birthDate], data.family.map((f) => [f.name, f.relation ?? w.householdMember, formatDate(f.birthDate)]), ['*', 150, 100])
      : paragraph(w.noFamily),
    heading(w.supportHeading),
    data.supportPersons.length > 0
      ? gridTable([w.name, w.relation, w.note], data.supportPersons.map((s) => [s.name, s.relation, s.note ?? '']), [150, 110, '*'])
      : paragraph(w.noSupport),
    heading(w.dataHeading),
    labelledTable([
      [w.informedOn, data.dataProcessingInformedOn ? formatDate(data.dataProcessingInformedOn) : w.notInformed],
      ...data.consents.map((c) => [w.consent(c.version), w.consentState(formatDate(c.givenOn), c.withdrawnOn ? formatDate(c.withdrawnOn) : null)] as [string, string]),
    ], 220),
    ...(data.consents.length === 0 ? [paragraph(w.noConsent)] : []),
    numberedClauses(w.dataText),
  ];
  return renderPdf({ letterhead: data, text, language, title: `${w.title} ${data.caseNumber}`, headerTitle: w.header, reference: `${text.common.caseNumber} ${data.caseNumber}`, content });
}
