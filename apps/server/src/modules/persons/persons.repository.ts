import { aliasedTable, and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { pgTable, text } from 'drizzle-orm/pg-core';
import { computePersonScope, type Actor, type SearchQuery } from '@socrehab/domain';
import type { Tx, Reader } from '../../db/database';
import { households, organisations, personCodes, personRelations, persons } from '../../db/schema';
import { isNarrowScope, visiblePersonsCondition, visiblePersonsTemplate } from '../access/person-scope.repository';
import { statementOf } from '../../db/statements';
import type { AuditOrigin } from '../audit/audit.events';
import { personViewEntries } from '../audit/audit.repository';

/** The only file with SQL for persons. Every read is scoped by `visiblePersonsCondition`. */

export type PersonRow = typeof persons.$inferSelect;
/**
 * The dictionary of names: every distinct word of every distinct `persons.search_name` (183 000 names, 831
 * words at national scale instead of 2 million rows) and the names each word is in, kept by triggers
 * (migrations 0002, 0034) — an index of the names, not data of its own, so declared here rather than in
 * db/schema.ts. Name search finds the matching names here and then walks the persons of each name in answer order.
 */
const personSearchWords = pgTable('person_search_words', { word: text('word').primaryKey() });
const personSearchNameWords = pgTable('person_search_name_words', { word: text('word').notNull(), searchName: text('search_name').notNull() });

const listColumns = {
  id: persons.id,
  givenNames: persons.givenNames,
  surnames: persons.surnames,
  personalCode: persons.personalCode,
  birthDate: persons.birthDate,
  whereaboutsKind: persons.whereaboutsKind,
  organisationName: organisations.name,
};

/**
 * Search in the actor's scope: by any personal code the person ever had, by birth date, or by name —
 * diacritic-insensitive (the key is folded) and tolerant of one typo in each word typed (`closeness`), best first.
 * Without a query: the most recently updated persons.
 */
export async function findPersons(db: Reader, actor: Actor, today: string, query: SearchQuery | null, page: { limit: number; offset: number }) {
  if (query?.kind === 'personalCode') {
    // the one or two persons of a code, each checked against the scope: built once per shape of the scope and
    // named — planned once per connection, as every code finds as few persons
    const scope = visiblePersonsTemplate(actor, { checkedPerRow: true });
    const statement = statementOf(db, `person-search-code:${scope.shape}`, () => db.select(listColumns).from(persons)
      .innerJoin(organisations, eq(organisations.id, persons.organisationId))
      .where(and(isNull(persons.mergedIntoId), scope.condition,
        inArray(persons.id, db.select({ id: personCodes.personId }).from(personCodes).where(eq(personCodes.code, sql.placeholder('code'))))))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset')));
    return statement.execute({ code: query.code, limit: page.limit, offset: page.offset, ...scope.values(today) });
  }
  if (query?.kind === 'birthDate') {
    // built once per shape of the scope, planned for its values on every run: Rīga's scope is checked
    // differently from a small municipality's
    const scope = visiblePersonsTemplate(actor);
    const statement = statementOf(db, `person-search-birth-date:${scope.shape}`, () => db.select(listColumns).from(persons)
      .innerJoin(organisations, eq(organisations.id, persons.organisationId))
      .where(and(isNull(persons.mergedIntoId), scope.condition, eq(persons.birthDate, sql.placeholder('birthDate'))))
      .orderBy(persons.searchName, persons.id)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset')), { named: false });
    return statement.execute({ birthDate: query.isoDate, limit: page.limit, offset: page.offset, ...scope.values(today) });
  }
  if (!query) {
    return db.select(listColumns).from(persons).innerJoin(organisations, eq(organisations.id, persons.organisationId))
      .where(and(visiblePersonsCondition(actor, today), isNull(persons.mergedIntoId))).orderBy(desc(persons.updatedAt), persons.id).limit(page.limit).offset(page.offset);
  }
  // by name: the statements are built once per shape of the scope, each run planned for its values
  const scope = visiblePersonsTemplate(actor);
  const typed = typedValues(query.folded);
  if (computePersonScope(actor).kind === 'caseTeam') {
    // a caseload: its few persons ranked directly by how close their names are to what was typed
    const statement = statementOf(db, `person-search-name-caseload:${scope.shape}`, () => {
      const ranked = sql`(SELECT ${persons.id} AS id, c.similarity, c.strict, ${persons.searchName} AS search_name
        FROM ${persons}, LATERAL ${closeness(sql`${persons.searchName}`)} c
        WHERE ${scope.condition} AND ${persons.mergedIntoId} IS NULL AND c.matches
        ORDER BY c.similarity DESC, c.strict DESC, ${persons.searchName} COLLATE "C", ${persons.id}
        LIMIT ${sql.placeholder('limit')} OFFSET ${sql.placeholder('offset')}) ranked`;
      return db.select(listColumns).from(ranked)
        .innerJoin(persons, sql`${persons.id} = ranked.id`)
        .innerJoin(organisations, eq(organisations.id, persons.organisationId))
        .orderBy(sql`ranked.similarity DESC`, sql`ranked.strict DESC`, sql`ranked.search_name COLLATE "C"`, persons.id);
    }, { named: false });
    return statement.execute({ ...typed.placeholders, limit: page.limit, offset: page.offset, ...scope.values(today) });
  }
  // Otherwise the dictionary's matching names, best first (kept a few seconds per query), and the persons
  // of each name in that order, then by id.
  const matched = await matchingNames(db, query.folded, typed);
  if (!matched.length) return [];
  if (isNarrowScope(actor)) {
    // a provider's clients: the scope's persons from the index of their names alone (migration 0033; read
    // first — `OFFSET 0` keeps PostgreSQL from walking the country's namesakes instead) joined with the
    // names, then the page's rows
    const statement = statementOf(db, `person-search-name-narrow:${scope.shape}`, () => {
      const ranked = sql`(SELECT scoped.id, names.rank FROM (SELECT ${persons.id} AS id, ${persons.searchName} AS search_name FROM ${persons}
          WHERE ${scope.condition} AND ${persons.mergedIntoId} IS NULL OFFSET 0) scoped
        JOIN ${rankedNames} ON names.search_name = scoped.search_name
        ORDER BY names.rank, scoped.id LIMIT ${sql.placeholder('limit')} OFFSET ${sql.placeholder('offset')}) ranked`;
      return db.select(listColumns).from(ranked)
        .innerJoin(persons, sql`${persons.id} = ranked.id`)
        .innerJoin(organisations, eq(organisations.id, persons.organisationId))
        .orderBy(sql`ranked.rank`, persons.id);
    }, { named: false });
    return statement.execute({ names: JSON.stringify(matched), limit: page.limit, offset: page.offset, ...scope.values(today) });
  }
  // A wide scope: the persons of each name by id, checked against the scope row by row — PostgreSQL stops
  // after the page instead of ranking every namesake in the country. The first names are usually enough
  // for a page: walk a prefix of them, and a longer one only when the page was not filled (a prefix's
  // page, once full, is the page: every later name ranks after it).
  const statement = statementOf(db, `person-search-name-wide:${scope.shape}`, () => db
    .select(listColumns)
    .from(rankedNames)
    .innerJoin(persons, sql`${persons.searchName} = names.search_name`)
    .innerJoin(organisations, eq(organisations.id, persons.organisationId))
    .where(and(scope.condition, isNull(persons.mergedIntoId)))
    .orderBy(sql`names.rank`, persons.id)
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset')), { named: false });
  for (let size = 64; ; size *= 16) {
    const prefix = matched.slice(0, size);
    const rows = await statement.execute({ names: JSON.stringify(prefix), limit: page.limit, offset: page.offset, ...scope.values(today) });
    if (rows.length === page.limit || prefix.length === matched.length) return rows;
  }
}

/**
 * How close a name is to what was typed: each word typed is as close as the name's closest word to it, and the
 * name matches when every word typed is close enough (`nameThreshold`); names rank by the sum over the words
 * typed of their word similarity, then of their whole-word similarity (of the name's words close enough).
 * `matchingNames` ranks the dictionary's names by the same rule. The words typed are the placeholders of `typedValues`.
 */
function closeness(searchName: SQL) {
  return sql`(SELECT sum(best.similarity) AS similarity, sum(best.strict) AS strict, bool_and(best.similarity >= best.threshold) AS matches
    FROM (SELECT typed.threshold, max(s.similarity) AS similarity, max(s.strict) FILTER (WHERE s.similarity >= typed.threshold) AS strict
      FROM ${typedWords(sql.placeholder('typedWords'), sql.placeholder('typedThresholds'))}, unnest(string_to_array(${searchName}, ' ')) AS w,
        LATERAL (SELECT word_similarity(typed.word, w)::float8 AS similarity, strict_word_similarity(typed.word, w)::float8 AS strict) s
      GROUP BY typed.i, typed.threshold) best)`;
}

/** The words typed as a table `typed (word, threshold, i)`, each with how close a name's word must be to it: two arrays, values or placeholders. */
function typedWords(words: unknown, thresholds: unknown) {
  return sql`unnest(${words}::text[], ${thresholds}::float8[]) WITH ORDINALITY AS typed(word, threshold, i)`;
}

/** The words of a folded query and their thresholds: the values of `typedWords`' two placeholders, how many words, the lowest threshold. */
function typedValues(folded: string) {
  const words = folded.split(' ');
  const thresholds = words.map(nameThreshold);
  return {
    placeholders: { typedWords: `{${words.map((w) => `"${w.replace(/["\\]/g, '\\$&')}"`).join(',')}}`, typedThresholds: `{${thresholds.join(',')}}` },
    count: words.length,
    lowest: Math.min(...thresholds),
  };
}

/** The names of a page in answer order (the placeholder `names`, a JSON array) as a table `names (search_name, rank)`, sorted here so that a join keeps the order and a final sort stops early. */
const rankedNames = sql`(SELECT n.search_name, n.rank FROM json_array_elements_text(${sql.placeholder('names')}::json) WITH ORDINALITY AS n(search_name, rank)
    ORDER BY n.rank) names`;

/**
 * How similar a name's word must be to a word typed (pg_trgm word similarity): 0.6 (pg_trgm's default), lower
 * for short words, so that one letter dropped, added or changed is still found — a typo removes up to three of
 * the word's trigrams (a word of n letters has n + 1), so `bērzņš` (berzns, 7 trigrams) is 4/7 ≈ 0.57 like
 * `berzins`. Never below 0.5: shorter words must be typed as they are.
 */
export function nameThreshold(word: string): number {
  const trigrams = word.length + 1;
  return Math.max(0.5, Math.min(0.6, (trigrams - 3) / trigrams - 0.001));
}

const NAME_CACHE_MS = 10_000;
const NAME_CACHE_SIZE = 2_000;
/** Per database handle: one process may hold several databases (the tests do), each with its own names. */
const nameCaches = new WeakMap<Reader, Map<string, { names: string[]; until: number }>>();

/**
 * The dictionary's names matching a folded query, best first (`closeness`): the words of the names (migration
 * 0034) close to each word typed, then the names holding one for every word typed, then the name. Kept in this
 * process for 10 s per query: the same surname is searched by many workers; a name nobody had before is found
 * once the entry expires (a new person of a known name at once). pg_trgm's `<%`, which the trigram index
 * answers, reads its threshold (the lowest of the words') from a setting made for this statement only
 * (`set_config(…, true)`, read once before the index scan starts); each word's own is checked after it.
 */
async function matchingNames(db: Reader, folded: string, typed: ReturnType<typeof typedValues>): Promise<string[]> {
  const now = Date.now();
  let nameCache = nameCaches.get(db);
  if (!nameCache) nameCaches.set(db, (nameCache = new Map()));
  const cached = nameCache.get(folded);
  if (cached && cached.until > now) return cached.names;
  const rows = (await db.execute(sql`
    WITH threshold AS MATERIALIZED (SELECT set_config('pg_trgm.word_similarity_threshold', ${String(typed.lowest)}, true) AS t),
    words AS MATERIALIZED (
      SELECT typed.i, w.word, word_similarity(typed.word, w.word)::float8 AS similarity, strict_word_similarity(typed.word, w.word)::float8 AS strict
      FROM ${typedWords(typed.placeholders.typedWords, typed.placeholders.typedThresholds)} JOIN ${personSearchWords} w ON typed.word <% w.word
      WHERE (SELECT t FROM threshold) IS NOT NULL AND word_similarity(typed.word, w.word) >= typed.threshold),
    best AS (
      SELECT n.search_name, words.i, max(words.similarity) AS similarity, max(words.strict) AS strict
      FROM words JOIN ${personSearchNameWords} n ON n.word = words.word
      GROUP BY n.search_name, words.i)
    SELECT search_name FROM best
    GROUP BY search_name HAVING count(*) = ${typed.count}
    ORDER BY sum(similarity) DESC, sum(strict) DESC, search_name COLLATE "C"`)) as unknown as { rows: { search_name: string }[] };
  const names = rows.rows.map((r) => r.search_name);
  if (nameCache.size >= NAME_CACHE_SIZE) nameCache.clear();
  nameCache.set(folded, { names, until: now + NAME_CACHE_MS });
  return names;
}

/** One person in the actor's scope, or null (out of scope looks the same as not existing). */
export async function getPersonById(db: Reader, actor: Actor, today: string, id: string) {
  const [row] = await db
    .select({ person: persons, organisationName: organisations.name })
    .from(persons)
    .innerJoin(organisations, eq(organisations.id, persons.organisationId))
    .where(and(eq(persons.id, id), visiblePersonsCondition(actor, today)))
    .limit(1);
  return row ?? null;
}

/** A person code as the person page shows it. */
export interface PersonCodeJson { code: string; format: string; validFrom: string; replacedAt: string | null; changeReason: string | null }
/** A relation seen from the person: `personId` is the side it was recorded on. */
export interface PersonRelationJson {
  id: string;
  personId: string;
  kind: string;
  note: string | null;
  other: { id: string; givenNames: string; surnames: string; birthDate: string | null };
}
export interface HouseholdMemberJson { id: string; givenNames: string; surnames: string; birthDate: string | null }

/** A period of address protection as the person page shows it (the same fields as `findProtectionHistory`). */
export interface ProtectionPeriodJson {
  id: string; setAt: string; reason: string; setByName: string | null; clearedAt: string | null; clearReason: string | null; clearedByName: string | null;
}

/**
 * The person page in one statement: the person in the actor's scope (the same condition as
 * `getPersonById`) with its codes, relations and household members as `json_agg` sub-selects — one
 * round trip instead of four — and the facts of the address protection (issue 14): the protection in
 * force, the open cases with their team today (`findAddressProtectionFacts`, `findOpenCaseFacts`) and
 * every period (`findProtectionHistory`). Each sub-select is the same query, in the same order, as the
 * separate one. Dates and timestamps are cast to text in SQL so they read exactly as the driver returns
 * them for the columns (json would write timestamps as ISO 8601 with a "T").
 *
 * With `view`, the statement also records the view (`personViewEntries`, HF-2.7): the entry is inserted
 * for the person found in scope, and the person is answered only if it was. The statement is built once
 * per shape of the scope (`statementOf`), its values filled in on every run.
 */
export async function getPersonDetail(db: Reader, actor: Actor, today: string, id: string, view?: { origin: AuditOrigin; at: Date }) {
  const scope = visiblePersonsTemplate(actor);
  const statement = statementOf(db, `person-detail:${scope.shape}:${view ? 'view' : 'read'}`, () => {
    const inScope = and(eq(persons.id, sql.placeholder('id')), scope.condition);
    const from = sql.placeholder('today');
    const selection = personDetailSelection(from);
    if (!view) return db.select(selection).from(persons).innerJoin(organisations, eq(organisations.id, persons.organisationId)).where(inScope).limit(1);
    const origin = { actorUserId: sql.placeholder('actorUserId'), actorOrganisationId: sql.placeholder('actorOrganisationId'), requestId: sql.placeholder('requestId'), clientAddress: sql.placeholder('clientAddress') };
    const entry = db.$with('entry', { personId: sql<string>`person_id` })
      .as(personViewEntries(origin, sql.placeholder('at'), sql`SELECT ${persons.id} AS id FROM ${persons} WHERE ${inScope} LIMIT 1`));
    return db.with(entry).select(selection).from(persons).innerJoin(organisations, eq(organisations.id, persons.organisationId))
      .where(and(eq(persons.id, sql.placeholder('id')), sql`EXISTS (SELECT 1 FROM entry)`)).limit(1);
  });
  const [row] = await statement.execute({ id, ...scope.values(today), ...(view && { ...view.origin, at: view.at.toISOString() }) });
  return row ?? null;
}

/** What the person page reads of a person (`getPersonDetail`); `today` (a value or a placeholder) dates the open cases' teams. */
function personDetailSelection(today: unknown) {
  return {
    person: persons,
    organisationName: organisations.name,
    codes: sql<PersonCodeJson[]>`coalesce((
      SELECT json_agg(json_build_object('code', pc.code, 'format', pc.format, 'validFrom', pc.valid_from::text, 'replacedAt', pc.replaced_at::text, 'changeReason', pc.change_reason)
        ORDER BY pc.valid_from)
      FROM person_codes pc WHERE pc.person_id = ${persons.id}), '[]'::json)`,
    relations: sql<PersonRelationJson[]>`coalesce((
      SELECT json_agg(json_build_object('id', r.id, 'personId', r.person_id, 'kind', r.kind, 'note', r.note,
          'other', json_build_object('id', o.id, 'givenNames', o.given_names, 'surnames', o.surnames, 'birthDate', o.birth_date::text))
        ORDER BY r.created_at)
      FROM person_relations r
      JOIN persons o ON o.id = CASE WHEN r.person_id = ${persons.id} THEN r.related_person_id ELSE r.person_id END
      WHERE r.person_id = ${persons.id} OR r.related_person_id = ${persons.id}), '[]'::json)`,
    members: sql<HouseholdMemberJson[]>`coalesce((
      SELECT json_agg(json_build_object('id', m.id, 'givenNames', m.given_names, 'surnames', m.surnames, 'birthDate', m.birth_date::text)
        ORDER BY m.birth_date)
      FROM persons m WHERE m.household_id = ${persons.householdId} AND m.merged_into_id IS NULL), '[]'::json)`,
    protection: sql<{ setAt: string; reason: string } | null>`(
      SELECT json_build_object('setAt', a.set_at::text, 'reason', a.reason)
      FROM person_address_protections a WHERE a.person_id = ${persons.id} AND a.cleared_at IS NULL)`,
    openCases: sql<{ organisationId: string; teamUserIds: string[] }[]>`coalesce((
      SELECT json_agg(json_build_object('organisationId', c.organisation_id, 'teamUserIds', ARRAY(
          SELECT m.user_id::text FROM case_team_members m
          WHERE m.case_id = c.id AND m.from_date <= ${today} AND (m.to_date IS NULL OR m.to_date >= ${today}))))
      FROM cases c WHERE c.person_id = ${persons.id} AND c.opened_on <= ${today} AND (c.closed_on IS NULL OR c.closed_on >= ${today})), '[]'::json)`,
    protectionHistory: sql<ProtectionPeriodJson[]>`coalesce((
      SELECT json_agg(json_build_object('id', a.id, 'setAt', a.set_at::text, 'reason', a.reason,
          'setByName', (SELECT u.display_name FROM users u WHERE u.id = a.set_by),
          'clearedAt', a.cleared_at::text, 'clearReason', a.clear_reason,
          'clearedByName', (SELECT u.display_name FROM users u WHERE u.id = a.cleared_by)) ORDER BY a.set_at)
      FROM person_address_protections a WHERE a.person_id = ${persons.id}), '[]'::json)`,
  };
}

export async function getPersonCodes(db: Reader, personId: string) {
  return db.select().from(personCodes).where(eq(personCodes.personId, personId)).orderBy(personCodes.validFrom);
}

export async function findPersonIdByCode(db: Reader, code: string) {
  const [row] = await db.select({ personId: personCodes.personId }).from(personCodes).where(eq(personCodes.code, code)).limit(1);
  return row?.personId ?? null;
}

/** Relations seen from `personId`, whichever side they were recorded on. */
export async function getRelations(db: Reader, personId: string) {
  const other = aliasedTable(persons, 'other');
  return db
    .select({
      id: personRelations.id,
      personId: personRelations.personId,
      kind: personRelations.kind,
      note: personRelations.note,
      other: { id: other.id, givenNames: other.givenNames, surnames: other.surnames, birthDate: other.birthDate },
    })
    .from(personRelations)
    .innerJoin(other, sql`${other.id} = CASE WHEN ${personRelations.personId} = ${personId} THEN ${personRelations.relatedPersonId} ELSE ${personRelations.personId} END`)
    .where(or(eq(personRelations.personId, personId), eq(personRelations.relatedPersonId, personId)))
    .orderBy(personRelations.createdAt);
}

export async function getHouseholdMembers(db: Reader, householdId: string) {
  return db
    .select({ id: persons.id, givenNames: persons.givenNames, surnames: persons.surnames, birthDate: persons.birthDate })
    .from(persons)
    .where(and(eq(persons.householdId, householdId), isNull(persons.mergedIntoId)))
    .orderBy(persons.birthDate);
}

/** Likely duplicates in scope: the same birth date and a similar name. */
export async function findSimilarPersons(db: Reader, actor: Actor, today: string, searchKey: string, birthDate: string) {
  return db
    .select({ id: persons.id, givenNames: persons.givenNames, surnames: persons.surnames, personalCode: persons.personalCode, birthDate: persons.birthDate })
    .from(persons)
    .where(and(visiblePersonsCondition(actor, today), isNull(persons.mergedIntoId), eq(persons.birthDate, birthDate), sql`similarity(${persons.searchName}, ${searchKey}) >= 0.4`))
    .limit(10);
}

export async function insertPerson(tx: Tx, values: typeof persons.$inferInsert) {
  const [row] = await tx.insert(persons).values(values).returning();
  return row!;
}

export async function updatePersonRow(tx: Tx, id: string, values: Partial<typeof persons.$inferInsert>) {
  await tx.update(persons).set(values).where(eq(persons.id, id));
}

/** Locks the person's row for the rest of the transaction (read it after, issue 11 §1). */
export async function lockPersonRow(tx: Tx, id: string) {
  await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, id)).for('update');
}

export async function insertPersonCode(tx: Tx, values: typeof personCodes.$inferInsert) {
  await tx.insert(personCodes).values(values);
}

/** Marks a code replaced, unless it already is. */
export async function retirePersonCode(tx: Tx, codeId: string, replacedAt: string) {
  await tx.update(personCodes).set({ replacedAt }).where(and(eq(personCodes.id, codeId), isNull(personCodes.replacedAt)));
}

export async function insertRelation(tx: Tx, values: typeof personRelations.$inferInsert) {
  const [row] = await tx.insert(personRelations).values(values).returning({ id: personRelations.id });
  return row!;
}

export async function getRelationById(tx: Tx, id: string) {
  const [row] = await tx.select().from(personRelations).where(eq(personRelations.id, id)).limit(1);
  return row ?? null;
}

export async function deleteRelation(tx: Tx, id: string) {
  await tx.delete(personRelations).where(eq(personRelations.id, id));
}

/** A new household of the organisation; its id. */
export async function insertHousehold(tx: Tx, organisationId: string) {
  const [row] = await tx.insert(households).values({ organisationId }).returning({ id: households.id });
  return row!.id;
}
