/**
 * Pure renderers of the Housing First granting documents: data in (documents.types.ts), PDF bytes out.
 * They read no database and no clock; the calling module loads and access-checks the data.
 * Latvian is the default language and what users print.
 */
import type { Content } from 'pdfmake/interfaces';
import { formatDate, formatEuro, formatPersonalCode } from '@socrehab/domain';
import { DOCUMENT_TEXT } from '../../../modules/documents/documents.text';
import {
  CONTENT_WIDTH, gridTable, heading, labelledTable, letterheadBlock, metaLine, numberedClauses, paragraph, personRows,
  renderPdf, signatureBlock, titleBlock,
} from '../../../modules/documents/documents.layout';
import type { DocumentLanguage } from '../../../modules/documents/documents.types';
import type { CaseTitlePageData, ConsentData, ContractData, DecisionLetterData, HandoverActData } from './documents.types';

/** HF-3.1.4 / HF-3.1.2 the decision on an application: granted with the documents needed, or refused with the alternatives offered. */
export function renderDecisionLetter(data: DecisionLetterData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const t = DOCUMENT_TEXT[language];
  const d = t.decision;
  const granted = data.decision === 'granted';
  const subject = granted ? d.subjectGranted(data.programmeName) : d.subjectRefused(data.programmeName);
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    {
      // Latvian letter layout: the date at the left, the addressee block at the right.
      columns: [
        { text: `${t.common.documentDate}: ${formatDate(data.decidedOn)}`, width: '*' },
        {
          width: 230,
          stack: [
            { text: d.addressee, style: 'label', fontSize: 8.5 },
            { text: data.person.fullName, bold: true },
            ...(data.person.personalCode ? [`${t.common.personalCode}: ${formatPersonalCode(data.person.personalCode)}`] : []),
            ...(data.person.address ? [data.person.address] : []),
          ],
        },
      ],
      margin: [0, 0, 0, 16],
    },
    ...titleBlock(d.title, subject),
    labelledTable([
      [d.municipality, data.municipalityName],
      [d.submittedOn, formatDate(data.applicationSubmittedOn)],
    ]),
    paragraph(d.considered(formatDate(data.applicationSubmittedOn), data.assessment ? formatDate(data.assessment.assessedOn) : null)),
    { text: granted ? d.outcomeGranted(data.programmeName) : d.outcomeRefused(data.programmeName), bold: true, margin: [18, 2, 0, 8] },
    heading(d.reason),
    paragraph(data.reason),
  ];
  if (granted) {
    content.push(heading(d.documentsHeading));
    if (data.documentsNeeded.length > 0) content.push(paragraph(d.documentsIntro), numberedClauses(data.documentsNeeded));
    else content.push(paragraph(d.noDocuments));
    content.push({ text: '', margin: [0, 4, 0, 0] }, paragraph(d.nextSteps));
  } else {
    // HF-3.1.2 the letter says only what was recorded: the criteria the assessment found not met, the services offered
    if (data.assessment?.criteriaNotMet.length) content.push(heading(d.criteriaNotMet), numberedClauses(data.assessment.criteriaNotMet));
    content.push(heading(d.alternativesHeading));
    if (data.alternativesOffered.length > 0) content.push(paragraph(d.alternativesIntro), numberedClauses(data.alternativesOffered));
    else content.push(paragraph(d.noAlternatives));
    content.push({ text: '', margin: [0, 4, 0, 0] }, paragraph(d.reapply));
  }
  content.push(
    { text: d.appeal, italics: true, margin: [0, 8, 0, 0], alignment: 'justify' },
    signatureBlock([
      { role: d.decidedBy, name: data.decidedBy, date: data.decidedOn },
      { role: d.acknowledged, name: data.person.fullName },
    ], t),
  );
  return renderPdf({ letterhead: data, text: t, language, title: `${d.title} ${subject}`, headerTitle: d.title, content });
}

/** HF-3.1.7.2 / HF-2.7 the service contract with the parties' rights and duties and signature lines. */
export function renderContract(data: ContractData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const t = DOCUMENT_TEXT[language];
  const c = t.contract;
  const personId = data.person.personalCode
    ? c.personCode(formatPersonalCode(data.person.personalCode))
    : data.person.birthDate ? c.personBirth(formatDate(data.person.birthDate)) : '';
  const terms: Array<[string, string]> = [
    [c.startsOn, formatDate(data.startsOn)],
    [c.engagement, c.months(data.engagementMonths)],
    [c.minimumParticipation, c.months(data.minimumParticipationMonths)],
    [c.contactHours, c.atMostHours(data.contactHoursPerEngagement)],
    [c.contactHoursPerDay, c.atMostHoursPerDay(data.contactHoursPerDay)],
    [c.visits, c.visitsPerWeek(data.visitsPerWeek)],
  ];
  if (data.rentEuros != null) terms.push([c.rent, c.perMonth(formatEuro(data.rentEuros, language))]);
  if (data.coPaymentEuros !== undefined) {
    terms.push([c.coPayment, data.coPaymentEuros === null ? c.noCoPayment : c.voluntary(formatEuro(data.coPaymentEuros, language))]);
  }
  // Sections are numbered in order; the provider's rights appear only when the caller supplies them.
  const sections: Array<[string, Content]> = [
    [c.subjectHeading, numberedClauses([c.subjectText(data.programmeName), data.dwellingAddress ? c.dwelling(data.dwellingAddress) : c.dwellingLater], '1.')],
    [c.termsHeading, labelledTable(terms, 200)],
    [c.clientRights, data.clientRights],
    [c.clientDuties, data.clientDuties],
    ...(data.providerRights && data.providerRights.length > 0 ? [[c.providerRights, data.providerRights] as [string, string[]]] : []),
    [c.providerDuties, data.providerDuties],
    [c.dataHeading, c.dataText],
    [c.endingHeading, c.endingText],
    [c.finalHeading, c.finalText],
  ].map(([title, body], i) => [
    `${i + 1}. ${title as string}`,
    Array.isArray(body) ? numberedClauses(body as string[], `${i + 1}.`) : (body as Content),
  ]);
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${t.common.documentDate}: ${formatDate(data.startsOn)}`, `${t.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(c.title, c.subject(data.programmeName), c.number(data.caseNumber)),
    paragraph(c.parties(data.organisationName, data.caseManagerName, data.person.fullName, personId)),
    ...sections.flatMap(([title, body]) => [heading(title), body]),
    signatureBlock([
      { role: `${c.provider}: ${data.organisationName}`, name: data.caseManagerName },
      { role: c.client, name: data.person.fullName },
    ], t),
  ];
  return renderPdf({ letterhead: data, text: t, language, title: `${c.title} ${c.number(data.caseNumber)}`, reference: `${t.common.caseNumber} ${data.caseNumber}`, content });
}

/** HF-4.4 informed consent to data processing, with its text version, status and signatures. */
export function renderConsent(data: ConsentData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const t = DOCUMENT_TEXT[language];
  const k = t.consent;
  const status: Array<[string, string]> = [[k.givenOn, data.givenOn ? formatDate(data.givenOn) : k.notYetGiven]];
  if (data.withdrawnOn) status.push([k.withdrawnOn, formatDate(data.withdrawnOn)]);
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${t.common.documentDate}: ${formatDate(data.givenOn) || '____________'}`, `${t.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(k.title, k.version(data.consentVersion)),
    heading(k.dataSubject),
    labelledTable(personRows(data.person, t)),
    heading(k.statementHeading),
    ...data.consentText.split(/\n\s*\n/).map((p) => paragraph(p.trim())),
    { text: k.legalBasis, italics: true, fontSize: 9, margin: [0, 2, 0, 8] },
    heading(k.status),
    labelledTable(status),
  ];
  if (data.withdrawnOn) {
    content.push({ text: k.withdrawnNote(formatDate(data.withdrawnOn)), bold: true, margin: [0, 0, 0, 6] });
  }
  content.push(signatureBlock([
    { role: k.person, name: data.person.fullName, date: data.givenOn },
    { role: k.worker, name: data.workerName ?? null, date: data.givenOn },
  ], t));
  return renderPdf({ letterhead: data, text: t, language, title: k.title, reference: `${t.common.caseNumber} ${data.caseNumber}`, content });
}

/** HF-3.4.1 the case file's title page: the case number, the programme and the organisation — nothing that identifies the person. */
export function renderCaseTitlePage(data: CaseTitlePageData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const t = DOCUMENT_TEXT[language];
  const p = t.titlePage;
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    { text: t.common.restricted, alignment: 'right', fontSize: 8, bold: true, color: '#555555' },
    { text: p.caseFile, style: 'title', fontSize: 26, characterSpacing: 1, margin: [0, 200, 0, 16] },
    {
      table: {
        widths: ['*'],
        body: [[{
          stack: [
            { text: t.common.caseNumber, fontSize: 10, color: '#555555', alignment: 'center' },
            { text: data.caseNumber, fontSize: 28, bold: true, alignment: 'center', margin: [0, 4, 0, 0] },
          ],
          margin: [0, 12, 0, 14],
        }]],
      },
      layout: { hLineWidth: () => 1.5, vLineWidth: () => 1.5 },
      margin: [70, 0, 70, 24],
    },
    { text: t.common.service(data.programmeName), style: 'subtitle', fontSize: 13 },
    { text: data.organisationName, style: 'subtitle', margin: [0, 6, 0, 0] },
    { text: p.note, fontSize: 8, color: '#555555', alignment: 'center', margin: [40, 180, 40, 0] },
  ];
  return renderPdf({ letterhead: data, text: t, language, title: `${p.caseFile} ${p.number(data.caseNumber)}`, content });
}

/** HF-3.1.9 / HF-3.1.10 the dwelling handover act: itemised equipment, keys register, photos, signatures. */
export function renderHandoverAct(data: HandoverActData, language: DocumentLanguage = 'lv'): Promise<Buffer> {
  const t = DOCUMENT_TEXT[language];
  const h = t.handover;
  const recipient = data.person.personalCode ? `${data.person.fullName}, ${t.common.personalCode.toLowerCase()} ${formatPersonalCode(data.person.personalCode)}` : data.person.fullName;
  const content: Content[] = [
    ...letterheadBlock(data.organisationName),
    metaLine(`${t.common.documentDate}: ${formatDate(data.movedInOn)}`, `${t.common.caseNumber} ${data.caseNumber}`),
    ...titleBlock(h.title),
    labelledTable([
      [h.dwelling, data.dwellingAddress],
      [h.landlord, data.landlord],
      [h.recipient, recipient],
      [h.movedInOn, formatDate(data.movedInOn)],
    ]),
    paragraph(h.intro(data.dwellingAddress)),
    heading(`1. ${h.inventoryHeading}`),
    data.items.length > 0
      ? gridTable([h.no, h.item, h.quantity, h.condition], data.items.map((it, i) => [`${i + 1}.`, it.item, String(it.quantity), it.condition]), [42, '*', 62, 160], [2])
      : paragraph(h.noItems),
    heading(`2. ${h.keysHeading}`),
    data.keys.length > 0
      ? gridTable([h.no, h.keyHolder, h.holderName, h.handedOn], data.keys.map((k, i) => [`${i + 1}.`, h.holders[k.holder] ?? k.holder, k.holderName, formatDate(k.handedOn)]), [42, 130, '*', 90])
      : paragraph(h.noKeys),
    { text: h.keysRule, fontSize: 9, margin: [0, 0, 0, 4], alignment: 'justify' },
  ];
  if (data.spareKeyUseAllowed != null) content.push(paragraph(data.spareKeyUseAllowed ? h.spareKeyAllowed : h.spareKeyRefused));
  content.push(
    {
      unbreakable: true,
      stack: [
        { text: `3. ${h.remarks}`, style: 'heading' }, // the whole block is kept together already
        paragraph(h.photos(data.photoCount)),
        {
          margin: [0, 6, 0, 0],
          canvas: [0, 20, 40].map((y) => ({ type: 'line' as const, x1: 0, y1: y, x2: CONTENT_WIDTH, y2: y, lineWidth: 0.4, lineColor: '#888888' })),
        },
      ],
    },
    signatureBlock([
      { role: `${h.landlordSigns}: ${data.landlord}`, date: data.movedInOn },
      { role: h.recipientSigns, name: data.person.fullName, date: data.movedInOn },
      { role: h.teamSigns, name: data.teamMemberName ?? null, date: data.movedInOn },
    ], t),
  );
  return renderPdf({ letterhead: data, text: t, language, title: h.title, reference: `${t.common.caseNumber} ${data.caseNumber}`, content });
}
