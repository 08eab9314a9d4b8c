import { createHash } from 'node:crypto';
import type { Reader } from './database';

/** What drizzle gives for a query that can be prepared: its SQL, and the prepared statement of a name. */
interface Preparable<R> { toSQL(): { sql: string }; prepare(name: string): Statement<R> }
/** A statement built once, run with the values of its placeholders (`sql.placeholder(name)`). */
export interface Statement<R> { execute(values?: Record<string, unknown>): Promise<R> }

const built = new WeakMap<Reader, Map<string, Statement<unknown>>>();

/**
 * The statement of a shape, built once per database handle and then only run: drizzle builds a query's
 * text from its objects on every call, which cost the person page more of its CPU than anything else
 * (0.7 of 1.6 ms a request, bench/README.md). `shape` names everything the text depends on (the scope's
 * kind, whether the view is recorded…); every value is a placeholder filled at `execute`. The statement is
 * named by a hash of its text: the driver parses it once per connection, and PostgreSQL plans it once for
 * all after five runs — where the plan does not depend on the values (a person by id, a worker's few cases).
 * With `named: false` it stays unnamed and is planned for its values on every run: a search, or an
 * organisation's cases, whose generic plan cannot tell Rīga's 72 000 cases from a municipality's average
 * 5 000. PGlite runs it as any query.
 */
export function statementOf<R>(db: Reader, shape: string, build: () => Preparable<R>, { named = true } = {}): Statement<R> {
  let shapes = built.get(db);
  if (!shapes) built.set(db, (shapes = new Map()));
  const key = `${shape}${named ? '' : ':unnamed'}`;
  let statement = shapes.get(key) as Statement<R> | undefined;
  if (!statement) {
    const query = build();
    // the driver names no statement for an empty name
    statement = query.prepare(named ? `s_${createHash('sha1').update(query.toSQL().sql).digest('base64url')}` : '');
    shapes.set(key, statement);
  }
  return statement;
}

/**
 * Whether one plan suits a read of these ids, for `statementOf`'s `named`: a worker's few cases are read by
 * index one by one whatever they are (named: planned once per connection); an organisation's thousands are
 * planned for their number on every run.
 */
export const onePlanSuits = (ids: readonly unknown[]) => ids.length <= 50;
