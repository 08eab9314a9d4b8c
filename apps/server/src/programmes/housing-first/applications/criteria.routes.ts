import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isoDate, PROGRAMMES } from '@socrehab/domain';
import { canManageApplications, newCriteriaVersionSchema, newQuestionnaireVersionSchema } from '@socrehab/domain/programmes/housing-first/index';
import { type Deps, originOf, today } from '../../../app/context';
import { requireCtx } from '../../../app/session.plugin';
import { AppError, conflict, forbidden, invalidField, isUniqueViolation } from '../../../shared/errors';
import { appendAuditEvent } from '../../../modules/audit/audit.repository';
import {
  getCriteriaSetInForce, getLatestCriteriaSet, getQuestionnaireForm, insertCriteriaSet, insertQuestionnaireForm,
} from '../../../modules/programmes/programmes.repository';

const codeParams = z.object({ code: z.enum(PROGRAMMES, { error: 'validation.invalidOption' }) });
const atvkQuery = z.object({ municipalityAtvk: z.string().regex(/^\d{7}$/, { error: 'validation.invalidOption' }), date: isoDate.optional() });
const tags = ['programmes'];

/** HF-1.4, HF-3.1.3 a municipality's eligibility criteria and housing-needs questionnaire, versioned (its social service changes them): on the paths they always had. */
export function criteriaRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/programmes/:code/criteria', { schema: { tags, summary: 'A municipality’s eligibility criteria in force on a date (HF-1.4)', params: codeParams, querystring: atvkQuery } }, async (request) => {
    const ctx = requireCtx(request, deps);
    const set = await getCriteriaSetInForce(ctx.db, request.params.code, request.query.municipalityAtvk, request.query.date ?? today(ctx));
    if (!set) throw new AppError(404, 'programmes.no_criteria', 'housing.errors.noCriteria');
    return { criteriaSet: set };
  });

  r.post('/api/programmes/:code/criteria', { schema: { tags, summary: 'A municipality’s new criteria version from a date on (its social service)', params: codeParams, body: newCriteriaVersionSchema } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    if (!canManageApplications(ctx.actor, request.body.municipalityAtvk)) throw forbidden();
    const { basedOnVersion, municipalityAtvk, validFrom, criteria } = request.body;
    if (new Set(criteria.map((c) => c.key)).size !== criteria.length) throw invalidField('criteria', 'validation.invalid');
    const latestOf = (db: typeof ctx.db) => getLatestCriteriaSet(db, request.params.code, municipalityAtvk);
    const versionConflict = (current: Awaited<ReturnType<typeof latestOf>>) => conflict('programmes.version_conflict', 'housing.errors.versionConflict', { current });
    const created = await ctx.db.transaction(async (tx) => {
      const latest = await latestOf(tx);
      // issue 11 §1: a version saved since the editor opened the criteria is a 409, not silently replaced
      if ((latest?.version ?? 0) !== basedOnVersion) throw versionConflict(latest);
      if (latest && validFrom <= latest.validFrom) throw invalidField('validFrom', 'housing.errors.beforeSubmission');
      const row = await insertCriteriaSet(tx, { programmeCode: request.params.code, municipalityAtvk, validFrom, criteria, version: basedOnVersion + 1 });
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'programme_settings', entityId: row.id, personId: null, changes: { criteriaVersion: row.version, municipalityAtvk, validFrom } }, ctx.now());
      return row;
    }).catch(async (error: unknown) => {
      // two saves from the same version at once: the UNIQUE (programme, municipality, version) index keeps one
      throw isUniqueViolation(error) ? versionConflict(await latestOf(ctx.db)) : error;
    });
    return reply.status(201).send({ criteriaSet: created });
  });

  r.post('/api/programmes/:code/questionnaire', { schema: { tags, summary: 'A municipality’s own questionnaire version (its social service)', params: codeParams, body: newQuestionnaireVersionSchema } }, async (request, reply) => {
    const ctx = requireCtx(request, deps);
    if (!canManageApplications(ctx.actor, request.body.municipalityAtvk)) throw forbidden();
    const { basedOnVersion, municipalityAtvk, fields } = request.body;
    const versionConflict = async (db: typeof ctx.db) => conflict('programmes.version_conflict', 'housing.errors.versionConflict', { current: await getQuestionnaireForm(db, request.params.code, municipalityAtvk) });
    const created = await ctx.db.transaction(async (tx) => {
      const current = await getQuestionnaireForm(tx, request.params.code, municipalityAtvk);
      // issue 11 §1: a version saved since the editor opened the form is a 409, not silently replaced
      if (current.version !== basedOnVersion) throw await versionConflict(tx);
      const row = await insertQuestionnaireForm(tx, { programmeCode: request.params.code, municipalityAtvk, version: basedOnVersion + 1, fields });
      await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'programme_settings', entityId: row.id, personId: null, changes: { questionnaireVersion: row.version } }, ctx.now());
      return row;
    }).catch(async (error: unknown) => {
      // two saves from the same version at once: the UNIQUE (programme, municipality, version) index keeps one
      throw isUniqueViolation(error) ? await versionConflict(ctx.db) : error;
    });
    return reply.status(201).send({ form: created });
  });

  r.get('/api/programmes/:code/questionnaire', { schema: { tags, summary: 'The housing-needs questionnaire a municipality uses (HF-3.1.3)', params: codeParams, querystring: atvkQuery } }, async (request) => {
    const ctx = requireCtx(request, deps);
    return { form: await getQuestionnaireForm(ctx.db, request.params.code, request.query.municipalityAtvk) };
  });
}
