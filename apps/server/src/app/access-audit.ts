import type { FastifyInstance } from 'fastify';
import type { Deps } from './context';
import { appendAuditEvent } from '../modules/audit/audit.repository';
import type { AuditEntityType } from '../modules/audit/audit.events';

/** The records whose refusal names them; any other refused route is recorded as a request. */
const RECORDS: { prefix: string; entityType: AuditEntityType; isPerson: boolean }[] = [
  { prefix: '/api/persons/:id', entityType: 'person', isPerson: true },
  { prefix: '/api/cases/:id', entityType: 'case', isPerson: false },
];

/**
 * Failed access is audited too (HF-2.7, GDPR Art. 32; issue 11 §4): a signed-in request to an API route
 * answered 403 or 404 — out of scope looks like "not found" — leaves an `access_denied` entry with the
 * route, the record asked for and the client address, written on its own (the request's transaction, if
 * any, has rolled back). A person's refusals appear in that person's trail.
 */
export function registerAccessAudit(app: FastifyInstance, deps: Deps) {
  app.addHook('onSend', async (request, reply) => {
    const status = reply.statusCode;
    const route = request.routeOptions.url;
    if ((status !== 403 && status !== 404) || !request.session || !route?.startsWith('/api/')) return;
    const id = (request.params as Record<string, unknown> | undefined)?.id;
    const recordId = typeof id === 'string' && UUID.test(id) ? id : null;
    const record = recordId ? RECORDS.find((r) => route === r.prefix || route.startsWith(`${r.prefix}/`)) : undefined;
    const { actor } = request.session;
    await appendAuditEvent(deps.db, {
      actorUserId: actor.userId, actorOrganisationId: actor.organisationId, requestId: String(request.id), clientAddress: request.ip,
    }, {
      action: 'access_denied',
      entityType: record?.entityType ?? 'request',
      entityId: recordId,
      personId: record?.isPerson ? recordId : null,
      changes: { method: request.method, route, status },
    }, deps.now());
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
