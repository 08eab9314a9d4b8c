import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '@socrehab/domain';
import type { Db } from '../../db/database';
import { organisations, users } from '../../db/schema';

/** Users an actor may list: administrators all, managers their organisation's, others none. */
function usersScope(actor: Actor): SQL | undefined | false {
  if (actor.roles.includes('administrator')) return undefined;
  if (actor.roles.includes('manager')) return eq(users.organisationId, actor.organisationId);
  return false;
}

export async function findUsers(db: Db, actor: Actor) {
  const scope = usersScope(actor);
  if (scope === false) return [];
  return db
    .select({ id: users.id, displayName: users.displayName, email: users.email, roles: users.roles, active: users.active, organisation: { id: organisations.id, name: organisations.name } })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(scope)
    .orderBy(users.displayName);
}

export async function findUserInScope(db: Db, actor: Actor, userId: string) {
  const scope = usersScope(actor);
  if (scope === false) return null;
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), scope)).limit(1);
  return row ?? null;
}

/** A user by sign-in e-mail with their organisation's kind and municipality (what an actor is made of). */
export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id, roles: users.roles, active: users.active, organisationId: organisations.id, kind: organisations.kind, municipalityAtvk: organisations.municipalityAtvk })
    .from(users).innerJoin(organisations, eq(organisations.id, users.organisationId)).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}
