/**
 * Drizzle table definitions: the query layer's view of the tables that `migrations/*.sql` create.
 * The SQL files are the schema's source of truth and history; keep this file in step with them.
 */
import { bigserial, boolean, date, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();

export const planningRegions = pgTable('planning_regions', {
  code: text('code').primaryKey(),
  nameLv: text('name_lv').notNull(),
  nameEn: text('name_en').notNull(),
});

export const municipalities = pgTable('municipalities', {
  atvk: text('atvk').primaryKey(),
  nameLv: text('name_lv').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').notNull(),
  regionCode: text('region_code').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  successorAtvk: text('successor_atvk'),
});

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  municipalityAtvk: text('municipality_atvk'),
  regionCode: text('region_code'),
  createdAt: createdAt(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  email: text('email').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  active: boolean('active').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  createdAt: createdAt(),
});

export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  createdAt: createdAt(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const households = pgTable('households', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  createdAt: createdAt(),
});

export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  givenNames: text('given_names').notNull(),
  surnames: text('surnames').notNull(),
  personalCode: text('personal_code'),
  birthDate: date('birth_date', { mode: 'string' }),
  gender: text('gender'),
  languages: text('languages').array().notNull().default([]),
  phone: text('phone'),
  email: text('email'),
  declaredAddress: text('declared_address'),
  whereaboutsKind: text('whereabouts_kind').notNull().default('unknown'),
  whereabouts: text('whereabouts'),
  notes: text('notes'),
  householdId: uuid('household_id'),
  searchName: text('search_name').notNull(),
  mergedIntoId: uuid('merged_into_id'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const personCodes = pgTable('person_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  code: text('code').notNull(),
  format: text('format').notNull(),
  validFrom: timestamp('valid_from', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  replacedAt: timestamp('replaced_at', { withTimezone: true, mode: 'string' }),
});

export const personRelations = pgTable('person_relations', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  personId: uuid('person_id').notNull(),
  relatedPersonId: uuid('related_person_id').notNull(),
  kind: text('kind').notNull(),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

/** What a merge moved, so that an unmerge can put every link back. */
export interface MergeMoves {
  relations: { id: string; column: 'person_id' | 'related_person_id' }[];
  codes: string[];
  cases: string[];
  /** The duplicate's household, when the survivor had none and joined it. */
  household: { mergedHouseholdId: string | null };
  /** The survivor had no personal code and took the duplicate's. */
  survivorCodeFilled: boolean;
}

export const personMerges = pgTable('person_merges', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  survivorId: uuid('survivor_id').notNull(),
  mergedId: uuid('merged_id').notNull(),
  moved: jsonb('moved').$type<MergeMoves>().notNull(),
  mergedBy: uuid('merged_by').notNull(),
  mergedAt: timestamp('merged_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  unmergedBy: uuid('unmerged_by'),
  unmergedAt: timestamp('unmerged_at', { withTimezone: true, mode: 'string' }),
});

export const cases = pgTable('cases', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  personId: uuid('person_id').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  programme: text('programme').notNull(),
  caseNumber: text('case_number'),
  status: text('status').notNull().default('open'),
  openedOn: date('opened_on', { mode: 'string' }).notNull(),
  closedOn: date('closed_on', { mode: 'string' }),
  createdAt: createdAt(),
  version: integer('version').notNull().default(1),
});

export const caseTeamMembers = pgTable('case_team_members', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  userId: uuid('user_id').notNull(),
  teamRole: text('team_role').notNull(),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }),
});

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  chain: smallint('chain').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorUserId: uuid('actor_user_id'),
  actorOrganisationId: uuid('actor_organisation_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  personId: uuid('person_id'),
  changes: jsonb('changes'),
  requestId: text('request_id'),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});
