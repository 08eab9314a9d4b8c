import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addRelationSchema, addressProtectionChangeSchema, canMergePersons, canReadAudit, canReadPersons, changePersonalCodeSchema, createPersonSchema, freeText, isoDate, namePart,
  parseSearchQuery, updatePersonSchema, validatePersonalCode,
} from '@socrehab/domain';
import { type Deps, originOf, today } from '../../app/context';
import { requireCtx } from '../../app/session.plugin';
import { forbidden } from '../../shared/errors';
import { appendAuditEvent } from '../audit/audit.repository';
import { findPersons } from './persons.repository';
import { loadPersonDetail } from './persons.presenters';
import { addRelation, changePersonalCode, createPerson, findDuplicates, removeRelation, setHousehold, updatePerson } from './persons.usecases';
import { listMerges, mergePersons, unmergePersons } from './persons.merges';
import { findPersonHistory } from './persons.history';
import { protectAddress, unprotectAddress } from './persons.address-protection';

const idParams = z.object({ id: z.uuid({ error: 'validation.invalidId' }) });
const tags = ['persons'];

export function personRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctxFor = (request: Parameters<typeof requireCtx>[0]) => {
    const ctx = requireCtx(request, deps);
    if (!canReadPersons(ctx.actor)) throw forbidden();
    return ctx;
  };

  r.get('/api/persons', {
    schema: {
      tags, summary: 'Search persons by name (diacritic-insensitive, typo tolerant), personal code or birth date dd.mm.yyyy',
      querystring: z.object({
        q: freeText(200).default(''),
        page: z.coerce.number().int().min(1).max(500).default(1),
        pageSize: z.coerce.number().int().min(1).max(100).default(20),
      }),
    },
  }, async (request) => {
    const ctx = ctxFor(request);
    const { q, page, pageSize } = request.query;
    const query = parseSearchQuery(q);
    // no transaction, as the person page: the read, then its audit entry (one INSERT); the results are
    // answered only once the entry is stored (HF-2.7)
    const rows = await findPersons(ctx.db, ctx.actor, today(ctx), query, { limit: pageSize + 1, offset: (page - 1) * pageSize });
    const items = rows.slice(0, pageSize);
    await appendAuditEvent(ctx.db, originOf(ctx), {
      action: 'search', entityType: 'person_search', entityId: null, personId: null,
      changes: { query: q, kind: query?.kind ?? 'recent', page, results: items.map((i) => i.id) },
    }, ctx.now());
    return { items, page, pageSize, hasMore: rows.length > pageSize };
  });

  r.get('/api/persons/duplicates', {
    schema: {
      tags, summary: 'Likely duplicates of a person about to be registered',
      querystring: z.object({
        givenNames: z.string().max(100).default(''),
        surnames: z.string().max(100).default(''),
        birthDate: isoDate.optional(),
        personalCode: z.string().max(20).optional(),
      }),
    },
  }, async (request) => {
    const ctx = ctxFor(request);
    const { givenNames, surnames, birthDate, personalCode } = request.query;
    const code = personalCode ? validatePersonalCode(personalCode) : null;
    const names = [givenNames, surnames].map((n) => (namePart.safeParse(n).success ? n : ''));
    const candidates = await findDuplicates({ givenNames: names[0]!, surnames: names[1]!, birthDate: birthDate ?? null, personalCode: code?.ok ? code.code : null }, ctx);
    // HF-2.7: the check reads other persons' records; the entry names what was given, not its values
    const criteria = Object.entries({ givenNames: names[0], surnames: names[1], birthDate, personalCode: code?.ok ? code.code : null }).filter(([, v]) => v).map(([k]) => k);
    await appendAuditEvent(ctx.db, originOf(ctx), {
      action: 'search', entityType: 'person_search', entityId: null, personId: null,
      changes: { kind: 'duplicates', criteria, results: candidates.map((c) => c.id) },
    }, ctx.now());
    return { candidates };
  });

  r.post('/api/persons', { schema: { tags, summary: 'Register a person', body: createPersonSchema } }, async (request, reply) => {
    const result = await createPerson(request.body, ctxFor(request));
    return reply.status(201).send(result);
  });

  r.get('/api/persons/:id', { schema: { tags, summary: 'A person’s record (the view is audited)', params: idParams } }, async (request) => {
    const ctx = ctxFor(request);
    // one statement, no transaction: the read and its audit entry (one INSERT, migration 0016); the record
    // is answered only once the entry is stored (HF-2.7)
    const person = await loadPersonDetail(ctx.db, ctx, request.params.id, { recordView: true });
    return {
      person,
      abilities: {
        edit: !person.mergedInto,
        merge: canMergePersons(ctx.actor) && !person.mergedInto,
        readAudit: canReadAudit(ctx.actor),
        changeCode: !person.mergedInto && person.codes.length === 1 && person.codes[0]!.format === 'old',
      },
    };
  });

  r.put('/api/persons/:id', { schema: { tags, summary: 'Edit a person (optimistic concurrency by version)', params: idParams, body: updatePersonSchema } }, async (request) =>
    updatePerson({ id: request.params.id, ...request.body }, ctxFor(request)));

  r.post('/api/persons/:id/personal-code', { schema: { tags, summary: 'Replace an old-format personal code with a new-format one (once)', params: idParams, body: changePersonalCodeSchema } }, async (request) =>
    changePersonalCode({ id: request.params.id, version: request.body.version, newCode: request.body.newCode, reason: request.body.reason || null }, ctxFor(request)));

  r.post('/api/persons/:id/address-protection', {
    schema: { tags, summary: 'Protect the person’s address: shown only to those with a need to know (issue 14; the reason is kept, the change audited)', params: idParams, body: addressProtectionChangeSchema },
  }, async (request, reply) => reply.status(201).send(await protectAddress({ personId: request.params.id, reason: request.body.reason }, ctxFor(request))));

  r.post('/api/persons/:id/address-protection/clearance', {
    schema: { tags, summary: 'Clear the protection of the person’s address (issue 14; the reason is kept, the change audited)', params: idParams, body: addressProtectionChangeSchema },
  }, async (request) => unprotectAddress({ personId: request.params.id, reason: request.body.reason }, ctxFor(request)));

  r.get('/api/persons/:id/history', { schema: { tags, summary: 'Every change to the person: who, when, old → new (the view is audited)', params: idParams } }, async (request) => {
    const ctx = ctxFor(request);
    const items = await findPersonHistory(request.params.id, ctx);
    await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'person', entityId: request.params.id, personId: request.params.id, changes: { view: 'history' } }, ctx.now());
    return { items };
  });

  r.post('/api/persons/:id/relations', { schema: { tags, summary: 'Relate another person (parent, child, partner, guardian…)', params: idParams, body: addRelationSchema } }, async (request, reply) =>
    reply.status(201).send(await addRelation({ personId: request.params.id, ...request.body }, ctxFor(request))));

  r.delete('/api/persons/:id/relations/:relationId', {
    schema: { tags, summary: 'Remove a relation', params: idParams.extend({ relationId: z.uuid({ error: 'validation.invalidId' }) }) },
  }, async (request, reply) => {
    await removeRelation({ personId: request.params.id, relationId: request.params.relationId }, ctxFor(request));
    return reply.status(204).send();
  });

  r.put('/api/persons/:id/household', {
    schema: { tags, summary: 'Join the household of another person', params: idParams, body: z.object({ withPersonId: z.uuid({ error: 'validation.invalidId' }) }).strict() },
  }, async (request, reply) => {
    await setHousehold({ personId: request.params.id, withPersonId: request.body.withPersonId }, ctxFor(request));
    return reply.status(204).send();
  });

  r.delete('/api/persons/:id/household', { schema: { tags, summary: 'Leave the household', params: idParams } }, async (request, reply) => {
    await setHousehold({ personId: request.params.id, withPersonId: null }, ctxFor(request));
    return reply.status(204).send();
  });

  r.post('/api/persons/:id/merge', {
    schema: { tags, summary: 'Merge a duplicate into this person (reversible)', params: idParams, body: z.object({ duplicateId: z.uuid({ error: 'validation.invalidId' }) }).strict() },
  }, async (request) => ({ merge: await mergePersons({ survivorId: request.params.id, duplicateId: request.body.duplicateId }, ctxFor(request)) }));

  r.get('/api/persons/:id/merges', { schema: { tags, summary: 'Merges this person took part in (the view is audited)', params: idParams } }, async (request) => {
    const ctx = ctxFor(request);
    const items = await listMerges(request.params.id, ctx);
    // the list names the other person of each merge: their trail records the view too
    const others = [...new Set(items.flatMap((m) => [m.survivor.id, m.merged.id]))];
    for (const personId of others.length ? others : [request.params.id]) {
      await appendAuditEvent(ctx.db, originOf(ctx), { action: 'view', entityType: 'person_merge', entityId: request.params.id, personId, changes: { view: 'merges' } }, ctx.now());
    }
    return { items };
  });

  r.post('/api/merges/:mergeId/unmerge', {
    schema: { tags, summary: 'Undo a merge: both records and their links come back', params: z.object({ mergeId: z.uuid({ error: 'validation.invalidId' }) }) },
  }, async (request, reply) => {
    await unmergePersons({ mergeId: request.params.mergeId }, ctxFor(request));
    return reply.status(204).send();
  });
}
