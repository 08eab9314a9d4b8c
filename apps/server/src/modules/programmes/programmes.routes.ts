import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { computeSettingsInForce, isoDate, PROGRAMME_DEFINITIONS, PROGRAMMES, settingsVersionSchemaOf } from '@socrehab/domain';
import { type Deps, originOf, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { AppError, forbidden, invalidField, isUniqueViolation } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import type { programmeSettings } from '../../db/schema';
import { findSettingsVersions, insertSettingsVersion } from './programmes.repository';

const codeParams = z.object({ code: z.enum(PROGRAMMES, { error: 'validation.invalidOption' }) });
const tags = ['programmes'];

/** The registered programmes and their settings (versions by effective date) — programmes are data. A programme's criteria and questionnaire are its own routes. */
export function programmeRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/programmes', { schema: { tags, summary: 'The registered programmes: code, names, the core parts each uses, its evaluation instruments' } }, async (request) => {
    requireCtx(request, deps);
    return {
      programmes: PROGRAMME_DEFINITIONS.map((p) => ({
        code: p.code, names: p.names, subject: p.subject, uses: p.uses, lifeDomains: p.lifeDomains, evaluationInstruments: p.evaluationInstruments,
      })),
    };
  });

  r.get('/api/programmes/:code/settings', { schema: { tags, summary: 'Every settings version and the one in force on a date', params: codeParams, querystring: z.object({ date: isoDate.optional() }) } }, async (request) => {
    const ctx = requireCtx(request, deps);
    const versions = await findSettingsVersions(ctx.db, request.params.code);
    const date = request.query.date ?? today(ctx);
    return { date, inForce: computeSettingsInForce(versions, date), versions };
  });

  // each programme's settings are checked with its own schema (issue 12): one route per registered programme
  for (const programme of PROGRAMME_DEFINITIONS) {
    r.post(`/api/programmes/${programme.code}/settings`, { schema: { tags, summary: `Change ${programme.names.en} settings from a date on (administrators); earlier cases keep theirs`, body: settingsVersionSchemaOf(programme.settingsSchema) } }, async (request, reply) => {
      const ctx = requireCtx(request, deps);
      if (!ctx.actor.roles.includes('administrator')) throw forbidden();
      if (request.body.effectiveFrom < today(ctx)) throw invalidField('effectiveFrom', 'validation.invalid');
      const settingsExist = new AppError(409, 'programmes.settings_exist', 'housing.errors.settingsExist', { fields: { effectiveFrom: 'housing.errors.settingsExist' } });
      const created = await ctx.db.transaction(async (tx) => {
        const versions = await findSettingsVersions(tx, programme.code);
        if (versions.some((v) => v.effectiveFrom === request.body.effectiveFrom)) throw settingsExist;
        // the column holds each programme's own settings, checked above with that programme's schema
        const settings = request.body.settings as typeof programmeSettings.$inferInsert.settings;
        const row = await insertSettingsVersion(tx, { programmeCode: programme.code, effectiveFrom: request.body.effectiveFrom, settings, createdBy: ctx.actor.userId });
        await appendAuditEvent(tx, originOf(ctx), { action: 'create', entityType: 'programme_settings', entityId: row.id, personId: null, changes: request.body }, ctx.now());
        return row;
      }).catch((error: unknown) => {
        // issue 11 §1: two administrators adding settings from the same day at once — the UNIQUE index decides
        throw isUniqueViolation(error) ? settingsExist : error;
      });
      return reply.status(201).send({ settings: created });
    });
  }
}
