import type { ProgrammeSettings } from '@socrehab/domain/programmes/housing-first/index';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime, INVERSE_RELATION, type RelationKind } from '@socrehab/domain';
import { CONSENT_TEXTS } from '@socrehab/domain/programmes/housing-first/index';
import { computeRightsAndDuties } from '@socrehab/domain/programmes/housing-first/rights-and-duties';
import { type Ctx, type Deps, originOf } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import type { Tx } from '../../../db/database';
import { AppError } from '../../../shared/errors';
import { languageOf, translate } from '../../../shared/i18n';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { findEligibilityAssessments } from '../applications/applications.repository';
import { requireVisiblePerson } from '../../../modules/access/person-access';
import { printedAddress } from '../../../modules/access/address-protection';
import { requireVisibleApplication } from '../applications/applications.usecases';
import { getMunicipality, getProgramme } from './documents.repository';
import { findKeysOfDwelling, getDwellingById } from '../../../modules/dwellings/dwellings.repository';
import * as cases from '../../../modules/cases/cases.repository';
import { getCriteriaSetById } from '../../../modules/programmes/programmes.repository';
import { requireVisibleCase, settingsOfCase } from '../../../modules/cases/cases.usecases';
import type { DocumentLanguage, Letterhead, PersonLine } from '../../../modules/documents/documents.types';
import { renderCaseTitlePage, renderConsent, renderContract, renderDecisionLetter, renderHandoverAct } from './documents.pdf';
import { getHouseholdMembers, getRelations } from '../../../modules/persons/persons.repository';
import { renderCaseTitleReverse } from './title-page-reverse.pdf';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const languageQuery = z.object({ language: z.enum(['lv', 'en']).optional() });
const tags = ['housing first: documents'];

type Person = Awaited<ReturnType<typeof requireVisiblePerson>>;
/** The person's line of a document; a protected address (issue 14) prints as its label to those without a need to know. */
const personLine = (p: Person, language: DocumentLanguage): PersonLine => ({
  fullName: `${p.givenNames} ${p.surnames}`, personalCode: p.personalCode, birthDate: p.birthDate, address: printedAddress(p.declaredAddress ?? p.whereabouts, p.addressAccess, language),
});

async function letterhead(tx: Tx, ctx: Ctx, organisationId: string): Promise<Letterhead> {
  const organisation = await cases.getOrganisation(tx, organisationId);
  const me = await cases.getUser(tx, ctx.actor.userId);
  return { organisationName: organisation.name, printedOn: formatDateTime(ctx.now()), printedBy: me?.displayName ?? '' };
}

async function programmeName(tx: Tx, code: string, language: DocumentLanguage) {
  const row = await getProgramme(tx, code);
  return language === 'lv' ? row.nameLv : row.nameEn;
}

/** HF-3.1.2 the criteria an assessment found not met, in the letter's language, from the criteria version it used. */
async function criteriaNotMet(tx: Tx, assessment: { criteriaSetId: string; findings: Array<{ key: string; finding: string }> }, language: DocumentLanguage) {
  const { criteria } = await getCriteriaSetById(tx, assessment.criteriaSetId);
  return assessment.findings.filter((f) => f.finding === 'not_met')
    .map((f) => criteria.find((c) => c.key === f.key))
    .filter((c) => !!c)
    .map((c) => (language === 'lv' ? c.textLv : c.textEn));
}

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string) {
  return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
}

/** The printable documents of HF-3.1 and HF-3.4: each print is audited, each reads only what its reader may see. */
export function documentRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const languageFor = (request: { query: { language?: DocumentLanguage }; headers: { 'accept-language'?: string } }) =>
    request.query.language ?? languageOf(request.headers['accept-language']);

  r.get('/api/applications/:id/decision-letter.pdf', { schema: { tags, summary: 'The decision letter (HF-3.1.4, HF-3.1.2)', params: idParams, querystring: languageQuery } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    const language = languageFor(request);
    const pdf = await ctx.db.transaction(async (tx) => {
      const application = await requireVisibleApplication(tx, ctx, request.params.id);
      if (!application.decidedOn || !application.decidedBy) throw new AppError(422, 'documents.not_decided', 'housing.errors.applicationNotFound');
      const person = await requireVisiblePerson(tx, ctx, application.personId);
      const municipality = await getMunicipality(tx, application.municipalityAtvk);
      const [latest] = await findEligibilityAssessments(tx, application.id);
      const t = (key: string) => translate(language, key);
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'application', entityId: application.id, personId: application.personId, changes: { document: 'decision_letter' } }, ctx.now());
      return renderDecisionLetter({
        ...(await letterhead(tx, ctx, application.organisationId)),
        person: personLine(person, language), municipalityName: language === 'lv' ? municipality!.nameLv : municipality!.nameEn,
        programmeName: await programmeName(tx, application.programmeCode, language), applicationSubmittedOn: application.submittedOn,
        decidedOn: application.decidedOn, decision: application.status as 'granted' | 'refused', reason: application.decisionReason ?? '',
        documentsNeeded: ['identity_document', 'other'].map((k) => t(`housing.enums.documentKind.${k}`)),
        // HF-3.1.2 only what the latest assessment recorded: alternatives when it found the person not eligible, the criteria it found not met
        alternativesOffered: latest?.assessment.outcome === 'not_eligible' ? latest.assessment.alternativesOffered.map((a) => t(`housing.enums.alternativeService.${a}`)) : [],
        assessment: latest ? { assessedOn: latest.assessment.assessedOn, criteriaNotMet: await criteriaNotMet(tx, latest.assessment, language) } : null,
        decidedBy: (await cases.getUser(tx, application.decidedBy))?.displayName ?? '',
      }, language);
    });
    return sendPdf(reply, pdf, 'lemums.pdf');
  });

  r.get('/api/cases/:id/title-page.pdf', { schema: { tags, summary: 'The case title page: the case number only (HF-3.4.1)', params: idParams, querystring: languageQuery } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    const language = languageFor(request);
    const pdf = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'case', entityId: theCase.id, personId: theCase.personId, changes: { document: 'title_page' } }, ctx.now());
      return renderCaseTitlePage({ ...(await letterhead(tx, ctx, theCase.organisationId)), caseNumber: theCase.caseNumber ?? '', programmeName: await programmeName(tx, theCase.programme, language) }, language);
    });
    return sendPdf(reply, pdf, 'titullapa.pdf');
  });

  r.get('/api/cases/:id/title-page-reverse.pdf', {
    schema: { tags, summary: 'The reverse of the title page: dates, case manager, identification, family and support persons, data protection (HF-3.4.1)', params: idParams, querystring: languageQuery },
  }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    const language = languageFor(request);
    const pdf = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      const person = await requireVisiblePerson(tx, ctx, theCase.personId);
      const t = (key: string) => translate(language, key);
      const fullName = (p: { givenNames: string; surnames: string }) => `${p.givenNames} ${p.surnames}`;
      // a relation is stored from the side it was recorded on: seen from the person, the other side's kind is the inverse
      const relations = (await getRelations(tx, person.id)).map((r) => ({ ...r, kind: (r.personId === person.id ? r.kind : INVERSE_RELATION[r.kind as RelationKind] ?? r.kind) as RelationKind }));
      const familyKinds: RelationKind[] = ['parent', 'child', 'partner', 'guardian', 'ward'];
      const family: Array<{ name: string; relation: string | null; birthDate: string | null }> = relations.filter((r) => familyKinds.includes(r.kind))
        .map((r) => ({ name: fullName(r.other), relation: t(`enums.relationKind.${r.kind}`), birthDate: r.other.birthDate }));
      const members = person.householdId ? (await getHouseholdMembers(tx, person.householdId)).filter((m) => m.id !== person.id && !relations.some((r) => r.other.id === m.id)) : [];
      family.push(...members.map((m) => ({ name: fullName(m), relation: null, birthDate: m.birthDate })));
      const manager = theCase.caseManagerUserId ? await cases.getUser(tx, theCase.caseManagerUserId) : null;
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'case', entityId: theCase.id, personId: theCase.personId, changes: { document: 'title_page_reverse' } }, ctx.now());
      return renderCaseTitleReverse({
        ...(await letterhead(tx, ctx, theCase.organisationId)), caseNumber: theCase.caseNumber ?? '', openedOn: theCase.openedOn, closedOn: theCase.closedOn,
        caseManagerName: manager?.displayName ?? null,
        person: {
          fullName: fullName(person), personalCode: person.personalCode, birthDate: person.birthDate, address: printedAddress(person.declaredAddress ?? person.whereabouts, person.addressAccess, language),
          phone: person.phone, email: person.email, languages: person.languages.map((l) => t(`enums.language.${l}`)),
        },
        family,
        supportPersons: relations.filter((r) => !familyKinds.includes(r.kind)).map((r) => ({ name: fullName(r.other), relation: t(`enums.relationKind.${r.kind}`), note: r.note })),
        dataProcessingInformedOn: theCase.dataProcessingInformedOn,
        consents: (await cases.findConsents(tx, theCase.id)).map((c) => ({ version: c.consentTextVersion, givenOn: c.givenOn, withdrawnOn: c.withdrawnOn })),
      }, language);
    });
    return sendPdf(reply, pdf, 'titullapas-otra-puse.pdf');
  });

  r.get('/api/cases/:id/contract.pdf', { schema: { tags, summary: 'The service contract with the rights and duties (HF-3.1.7.2, HF-2.7)', params: idParams, querystring: languageQuery } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    const language = languageFor(request);
    const pdf = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      const person = await requireVisiblePerson(tx, ctx, theCase.personId);
      const { settings } = await settingsOfCase<ProgrammeSettings>(tx, theCase);
      const dwelling = theCase.dwellingId ? await getDwellingById(tx, theCase.dwellingId) : null;
      const moveIn = await cases.getMoveIn(tx, theCase.id);
      const manager = theCase.caseManagerUserId ? await cases.getUser(tx, theCase.caseManagerUserId) : null;
      const rights = computeRightsAndDuties({ language });
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'case', entityId: theCase.id, personId: theCase.personId, changes: { document: 'contract' } }, ctx.now());
      return renderContract({
        ...(await letterhead(tx, ctx, theCase.organisationId)), caseNumber: theCase.caseNumber ?? '', person: personLine(person, language),
        programmeName: await programmeName(tx, theCase.programme, language), startsOn: theCase.contractSignedOn ?? theCase.openedOn,
        engagementMonths: settings.engagementMonths, minimumParticipationMonths: settings.minimumParticipationMonths,
        contactHoursPerEngagement: settings.contactHoursPerEngagement, contactHoursPerDay: settings.contactHoursPerDay, visitsPerWeek: settings.visitsPerWeek,
        dwellingAddress: printedAddress(dwelling?.address ?? null, person.addressAccess, language), rentEuros: moveIn?.lease.rentEuros ?? (dwelling ? dwelling.rentCents / 100 : null),
        coPaymentEuros: moveIn?.lease.coPaymentEuros ?? null, ...rights, caseManagerName: manager?.displayName ?? '',
      }, language);
    });
    return sendPdf(reply, pdf, 'ligums.pdf');
  });

  r.get('/api/cases/:id/consents/:consentId/consent.pdf', {
    schema: { tags, summary: 'The informed consent with its text version (HF-4.4)', params: idParams.extend({ consentId: z.uuid({ error: 'validation.invalidId' }) }), querystring: languageQuery },
  }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    const language = languageFor(request);
    const pdf = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      const person = await requireVisiblePerson(tx, ctx, theCase.personId);
      const consent = (await cases.findConsents(tx, theCase.id)).find((c) => c.id === request.params.consentId);
      if (!consent) throw new AppError(404, 'consents.not_found', 'housing.errors.consentNotFound');
      const text = CONSENT_TEXTS.find((c) => c.version === consent.consentTextVersion)!;
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'case_consent', entityId: consent.id, personId: theCase.personId, changes: { document: 'consent' } }, ctx.now());
      return renderConsent({
        ...(await letterhead(tx, ctx, theCase.organisationId)), caseNumber: theCase.caseNumber ?? '', person: personLine(person, language), consentVersion: text.version,
        consentText: language === 'lv' ? text.textLv : text.textEn, givenOn: consent.givenOn, withdrawnOn: consent.withdrawnOn,
        workerName: (await cases.getUser(tx, consent.recordedBy))?.displayName ?? null,
      }, language);
    });
    return sendPdf(reply, pdf, 'piekrisana.pdf');
  });

  r.get('/api/cases/:id/handover-act.pdf', { schema: { tags, summary: 'The dwelling handover act, itemised, for signatures (HF-3.1.9)', params: idParams, querystring: languageQuery } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    const language = languageFor(request);
    const pdf = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      const moveIn = await cases.getMoveIn(tx, theCase.id);
      if (!moveIn) throw new AppError(404, 'move_in.not_found', 'errors.notFound');
      const person = await requireVisiblePerson(tx, ctx, theCase.personId);
      const dwelling = (await getDwellingById(tx, moveIn.dwellingId))!;
      const keys = (await findKeysOfDwelling(tx, dwelling.id)).filter((k) => k.caseId === theCase.id);
      const photos = (await cases.findAttachments(tx, theCase.id)).filter((a) => a.purpose === 'handover_photo').length;
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'move_in', entityId: moveIn.id, personId: theCase.personId, changes: { document: 'handover_act' } }, ctx.now());
      return renderHandoverAct({
        ...(await letterhead(tx, ctx, theCase.organisationId)), caseNumber: theCase.caseNumber ?? '', person: personLine(person, language), dwellingAddress: printedAddress(dwelling.address, person.addressAccess, language) ?? '',
        landlord: moveIn.lease.landlord, movedInOn: moveIn.movedInOn, items: moveIn.handoverItems, keys, photoCount: photos,
        spareKeyUseAllowed: moveIn.spareKeyUseAllowed, teamMemberName: (await cases.getUser(tx, moveIn.recordedBy))?.displayName ?? null,
      }, language);
    });
    return sendPdf(reply, pdf, 'nodosanas-akts.pdf');
  });
}
