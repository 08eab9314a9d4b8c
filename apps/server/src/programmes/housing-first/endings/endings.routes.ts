import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatDateTime } from '@socrehab/domain';
import { endCaseSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Ctx, type Deps, originOf } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import type { Tx } from '../../../db/database';
import { AppError } from '../../../shared/errors';
import { languageOf, translate } from '../../../shared/i18n';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import { requireVisiblePerson } from '../../../modules/access/person-access';
import { printedAddress } from '../../../modules/access/address-protection';
import { getOrganisation, getUser } from '../../../modules/cases/cases.repository';
import { requireVisibleCase } from '../../../modules/cases/cases.usecases';
import { renderEndingRecord } from '../documents/ending-record.pdf';
import { getEnding } from './endings.repository';
import { confirmEnding, endCase, getEndingDetail } from './endings.usecases';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['housing first: work log and ending'];

/** HF-3.3 ending the service (HF-3.3.2 the joint decision, HF-3.3.3 unreachable) and its signed record. */
export function endingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxOf = (request: Parameters<typeof requireCtx>[0]) => requireCtx(request, deps);
  // reads through the caller's transaction: the embedded database has one connection
  const letterhead = async (ctx: Ctx, organisationId: string, tx: Tx) => ({
    organisationName: (await getOrganisation(tx, organisationId)).name, printedOn: formatDateTime(ctx.now()), printedBy: (await getUser(tx, ctx.actor.userId))?.displayName ?? '',
  });

  r.post('/api/cases/:id/ending', { schema: { tags, summary: 'End the service with the exit data (HF-3.3); violence needs three confirmations', params: idParams, body: endCaseSchema } }, async (request, reply) =>
    reply.status(201).send(await endCase(request.params.id, request.body, ctxOf(request))));
  r.post('/api/cases/:id/ending/confirmation', { schema: { tags, summary: 'Confirm the joint decision in your own account (HF-3.3.2)', params: idParams } }, async (request) =>
    confirmEnding(request.params.id, ctxOf(request)));
  r.get('/api/cases/:id/ending', { schema: { tags, summary: 'The ending, its confirmations and who must still confirm', params: idParams } }, async (request) =>
    getEndingDetail(request.params.id, ctxOf(request)));

  r.get('/api/cases/:id/ending-record.pdf', { schema: { tags, summary: 'The signed record of the ending (HF-3.3.2)', params: idParams, querystring: z.object({ language: z.enum(['lv', 'en']).optional() }) } }, async (request, reply) => {
    const ctx = ctxOf(request);
    const language = request.query.language ?? languageOf(request.headers['accept-language']);
    const t = (key: string) => translate(language, key);
    const pdf = await ctx.db.transaction(async (tx) => {
      const theCase = await requireVisibleCase(tx, ctx, request.params.id);
      const found = await getEnding(tx, theCase.id);
      if (!found) throw new AppError(404, 'endings.not_found', 'housing.errors.endingNotFound');
      const person = await requireVisiblePerson(tx, ctx, theCase.personId);
      await appendAuditEvent(tx, originOf(ctx), { action: 'print', entityType: 'case_ending', entityId: found.ending.id, personId: theCase.personId }, ctx.now());
      const roles = found.ending.reason === 'violence' ? ['social_worker', 'social_mentor', 'manager'] : [];
      return renderEndingRecord({
        ...(await letterhead(ctx, theCase.organisationId, tx)), caseNumber: theCase.caseNumber ?? '',
        person: { fullName: `${person.givenNames} ${person.surnames}`, personalCode: person.personalCode, birthDate: person.birthDate, address: printedAddress(person.declaredAddress, person.addressAccess, language) },
        reason: t(`housing.enums.endingReason.${found.ending.reason}`), endsOn: found.ending.endsOn, noticeGivenOn: found.ending.noticeGivenOn,
        destination: t(`housing.enums.exitDestination.${found.ending.destination}`), note: found.ending.note,
        signers: roles.map((role) => {
          const c = found.confirmations.find((x) => x.teamRole === role);
          return { role: t(`housing.enums.jointRole.${role}`), name: c?.displayName ?? '', confirmedOn: c ? c.confirmedAt.slice(0, 10) : null };
        }),
      }, language);
    });
    return reply.header('content-type', 'application/pdf').header('content-disposition', 'inline; filename="izbeigsanas-akts.pdf"').send(pdf);
  });
}
