import { isoDayInRiga, type Actor } from '@socrehab/domain';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { AuditOrigin } from '../modules/audit/audit.events';

/** What every use case is given: the database, the configuration and the clock. */
export interface Deps {
  db: Db;
  config: Config;
  /** The clock; tests pass a fixed one. Nobody calls `new Date()` for "now" elsewhere. */
  now: () => Date;
}

/** A signed-in user's request. */
export interface Ctx extends Deps {
  actor: Actor;
  requestId: string;
  /** Where the request came from (Fastify's request.ip; null for the command line and the demo seed): every audit entry carries it. */
  clientAddress: string | null;
}

export const originOf = (ctx: { actor: Actor | null; requestId: string; clientAddress: string | null }): AuditOrigin => ({
  actorUserId: ctx.actor?.userId ?? null,
  actorOrganisationId: ctx.actor?.organisationId ?? null,
  requestId: ctx.requestId,
  clientAddress: ctx.clientAddress,
});

/** Today in Riga: the day every rule and scope is evaluated on (a worker at 00:30 is already in tomorrow). */
export const today = (deps: Pick<Deps, 'now'>) => isoDayInRiga(deps.now());
