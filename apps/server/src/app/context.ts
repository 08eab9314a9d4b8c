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
}

export const originOf = (ctx: { actor: Actor | null; requestId: string }): AuditOrigin => ({
  actorUserId: ctx.actor?.userId ?? null,
  actorOrganisationId: ctx.actor?.organisationId ?? null,
  requestId: ctx.requestId,
});

/** Today in Riga: the day every rule and scope is evaluated on (a worker at 00:30 is already in tomorrow). */
export const today = (deps: Pick<Deps, 'now'>) => isoDayInRiga(deps.now());
