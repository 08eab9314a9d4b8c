/**
 * Drizzle table definitions: the query layer's view of the tables that `migrations/*.sql` create.
 * The SQL files are the schema's source of truth and history; keep this file in step with them.
 */
import { bigint, bigserial, boolean, customType, date, integer, json, jsonb, numeric, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CriterionText, QuestionnaireField } from '@socrehab/domain';

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
  caseNumberFormat: text('case_number_format').notNull().default('MV-{YYYY}-{NNNN}'),
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
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  createdAt: createdAt(),
});

/** Sign-in failures per normalised e-mail's SHA-256, known or not (migration 0017). */
export const signInThrottle = pgTable('sign_in_throttle', {
  emailHash: text('email_hash').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
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

/** Issue 14, protected address (migration 0026): each period a person's address was protected — set and, once cleared, cleared. */
export const personAddressProtections = pgTable('person_address_protections', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  setAt: timestamp('set_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  setBy: uuid('set_by').notNull(),
  reason: text('reason').notNull(),
  clearedAt: timestamp('cleared_at', { withTimezone: true, mode: 'string' }),
  clearedBy: uuid('cleared_by'),
  clearReason: text('clear_reason'),
});

export const personCodes = pgTable('person_codes', {
  id: uuid('id').primaryKey().defaultRandom(),
  personId: uuid('person_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  code: text('code').notNull(),
  format: text('format').notNull(),
  validFrom: timestamp('valid_from', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  replacedAt: timestamp('replaced_at', { withTimezone: true, mode: 'string' }),
  /** Why this code replaced the earlier one (migration 0014); null when it was no change. */
  changeReason: text('change_reason'),
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
  applicationId: uuid('application_id'),
  settingsId: uuid('settings_id'),
  caseManagerUserId: uuid('case_manager_user_id'),
  dwellingId: uuid('dwelling_id'),
  dataProcessingInformedOn: date('data_processing_informed_on', { mode: 'string' }),
  serviceRulesInformedOn: date('service_rules_informed_on', { mode: 'string' }),
  contractSignedOn: date('contract_signed_on', { mode: 'string' }),
  /** HF-2.7, HF-3.2.2 days absent and unreachable before an inspection: 15, or as agreed with the person (migration 0015). */
  inspectionAfterDays: smallint('inspection_after_days').notNull().default(15),
  /** A case imported without a move-in: the day its service began (its first visit or contact), served from then (migration 0015). */
  serviceBeganOn: date('service_began_on', { mode: 'string' }),
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
  overrideReason: text('override_reason'),
  assignedBy: uuid('assigned_by'),
  changeReason: text('change_reason'),
});

/** A 64-bit transaction id, read and written as its decimal text. */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' });

export const auditLog = pgTable('audit_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  actorUserId: uuid('actor_user_id'),
  actorOrganisationId: uuid('actor_organisation_id'),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id'),
  personId: uuid('person_id'),
  changes: jsonb('changes'),
  requestId: text('request_id'),
  // migration 0016: the inserting transaction (default pg_current_xact_id()) and the request's address
  txid: xid8('txid'),
  clientAddress: text('client_address'),
  // entries before migration 0016 only: their link in one of the old 16 chains
  chain: smallint('chain'),
  prevHash: text('prev_hash'),
  hash: text('hash'),
});

export const auditCheckpoints = pgTable('audit_checkpoints', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  upToTxid: xid8('up_to_txid').notNull(),
  entries: bigint('entries', { mode: 'number' }).notNull(),
  head: text('head').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true, mode: 'date' }).notNull(),
  signature: text('signature').notNull(),
});

export const auditLogIdentity = pgTable('audit_log_identity', {
  logId: uuid('log_id').primaryKey(),
});

// ── Housing First granting (migration 0003) ────────────────────────────────────────────────────

const day = (name: string) => date(name, { mode: 'string' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const programmes = pgTable('programmes', {
  code: text('code').primaryKey(),
  nameLv: text('name_lv').notNull(),
  nameEn: text('name_en').notNull(),
});

export const programmeSettings = pgTable('programme_settings', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeCode: text('programme_code').notNull(),
  effectiveFrom: day('effective_from').notNull(),
  /** Each programme's own settings, checked with its schema when written (issue 12); readers name the type (`getSettingsInForce<S>`). */
  settings: jsonb('settings').$type<unknown>().notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const eligibilityCriteriaSets = pgTable('eligibility_criteria_sets', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeCode: text('programme_code').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  version: integer('version').notNull(),
  validFrom: day('valid_from').notNull(),
  criteria: jsonb('criteria').$type<CriterionText[]>().notNull(),
  createdAt: createdAt(),
});

export const questionnaireForms = pgTable('questionnaire_forms', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeCode: text('programme_code').notNull(),
  municipalityAtvk: text('municipality_atvk'),
  version: integer('version').notNull(),
  fields: jsonb('fields').$type<QuestionnaireField[]>().notNull(),
  createdAt: createdAt(),
});

export const serviceAgreements = pgTable('service_agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  providerOrganisationId: uuid('provider_organisation_id').notNull(),
  programmeCode: text('programme_code').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  validFrom: day('valid_from').notNull(),
  validTo: day('valid_to'),
});

/** Case numbers counted per programme within its numbering scope (an organisation's id, or a municipality's ATVK) and year (migration 0018). */
export const caseNumberCounters = pgTable('case_number_counters', {
  programmeCode: text('programme_code').notNull(),
  scopeKey: text('scope_key').notNull(),
  year: integer('year').notNull(),
  lastSequence: integer('last_sequence').notNull(),
});

export const firstContacts = pgTable('first_contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  personId: uuid('person_id').notNull(),
  programmeCode: text('programme_code').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  contactedOn: day('contacted_on').notNull(),
  source: text('source').notNull(),
  note: text('note'),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
});

export const applications = pgTable('applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  personId: uuid('person_id').notNull(),
  programmeCode: text('programme_code').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  firstContactId: uuid('first_contact_id'),
  previousCaseId: uuid('previous_case_id'),
  submittedOn: day('submitted_on').notNull(),
  questionnaireFormId: uuid('questionnaire_form_id').notNull(),
  answers: jsonb('answers').$type<Record<string, string | number | boolean | null>>().notNull(),
  settingsId: uuid('settings_id').notNull(),
  status: text('status').notNull().default('pending'),
  decidedOn: day('decided_on'),
  decidedBy: uuid('decided_by'),
  decisionReason: text('decision_reason'),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
  version: integer('version').notNull().default(1),
});

export const eligibilityAssessments = pgTable('eligibility_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  criteriaSetId: uuid('criteria_set_id').notNull(),
  assessedOn: day('assessed_on').notNull(),
  findings: jsonb('findings').$type<Array<{ key: string; finding: string; note: string | null }>>().notNull(),
  priorityFactors: text('priority_factors').array().notNull(),
  outcome: text('outcome').notNull(),
  reason: text('reason').notNull(),
  alternativesOffered: text('alternatives_offered').array().notNull(),
  assessedBy: uuid('assessed_by').notNull(),
  createdAt: createdAt(),
});

export const waitingListEntries = pgTable('waiting_list_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  applicationId: uuid('application_id').notNull(),
  personId: uuid('person_id').notNull(),
  programmeCode: text('programme_code').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  decidedOn: day('decided_on').notNull(),
  priorityFactors: text('priority_factors').array().notNull(),
  ruleVersion: text('rule_version').notNull(),
  addedOn: day('added_on').notNull(),
  leftOn: day('left_on'),
  leftReason: text('left_reason'),
  removalNote: text('removal_note'),
  removedBy: uuid('removed_by'),
});

export const dwellings = pgTable('dwellings', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  address: text('address').notNull(),
  addressFolded: text('address_folded').notNull(),
  source: text('source').notNull(),
  landlord: text('landlord').notNull(),
  rooms: integer('rooms').notNull(),
  floor: integer('floor').notNull(),
  hasLift: boolean('has_lift').notNull(),
  accessible: boolean('accessible').notNull(),
  petsAllowed: boolean('pets_allowed').notNull(),
  amenities: jsonb('amenities').$type<Record<string, boolean>>().notNull(),
  rentCents: integer('rent_cents').notNull(),
  utilitiesCents: integer('utilities_cents').notNull(),
  status: text('status').notNull().default('available'),
  notes: text('notes'),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

export const dwellingOffers = pgTable('dwelling_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  /** The granting round's application; null for an offer of a re-housing round (HF-3.2.6). */
  applicationId: uuid('application_id'),
  dwellingId: uuid('dwelling_id').notNull(),
  round: integer('round').notNull().default(1),
  rehousingRoundId: uuid('rehousing_round_id'),
  offeredOn: day('offered_on').notNull(),
  answer: text('answer').notNull().default('pending'),
  answeredOn: day('answered_on'),
  note: text('note'),
  offeredBy: uuid('offered_by').notNull(),
});

export const caseDocuments = pgTable('case_documents', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').notNull(),
  status: text('status').notNull(),
  onDate: day('on_date').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
});

export const consentTexts = pgTable('consent_texts', {
  version: integer('version').primaryKey(),
  textLv: text('text_lv').notNull(),
  textEn: text('text_en').notNull(),
  validFrom: day('valid_from').notNull(),
});

export const caseConsents = pgTable('case_consents', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  consentTextVersion: integer('consent_text_version').notNull(),
  givenOn: day('given_on').notNull(),
  withdrawnOn: day('withdrawn_on'),
  recordedBy: uuid('recorded_by').notNull(),
});

export const initialAssessments = pgTable('initial_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  assessedOn: day('assessed_on').notNull(),
  data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  supportNeedLevel: text('support_need_level').notNull(),
  assessedBy: uuid('assessed_by').notNull(),
  createdAt: createdAt(),
});

export const moveIns = pgTable('move_ins', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  dwellingId: uuid('dwelling_id').notNull(),
  movedInOn: day('moved_in_on').notNull(),
  accompaniedBy: text('accompanied_by').notNull(),
  crisisAgreement: text('crisis_agreement').notNull(),
  spareKeyUseAllowed: boolean('spare_key_use_allowed').notNull(),
  equipmentExplained: boolean('equipment_explained').notNull(),
  nothingEssentialMissing: boolean('nothing_essential_missing').notNull(),
  handoverItems: jsonb('handover_items').$type<Array<{ item: string; quantity: number; condition: string }>>().notNull(),
  lease: jsonb('lease').$type<{ landlord: string; startsOn: string; rentEuros: number; signedBy: string; coPaymentEuros: number | null }>().notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const dwellingKeys = pgTable('dwelling_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  dwellingId: uuid('dwelling_id').notNull(),
  caseId: uuid('case_id'),
  holder: text('holder').notNull(),
  holderName: text('holder_name').notNull(),
  handedOn: day('handed_on').notNull(),
  returnedOn: day('returned_on'),
});

export const attachments = pgTable('attachments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  purpose: text('purpose').notNull(),
  fileName: text('file_name').notNull(),
  mediaType: text('media_type').notNull(),
  content: bytea('content').notNull(),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

// ── Housing First receiving the service (migration 0004) ───────────────────────────────────────

const hours = (name: string) => numeric(name, { precision: 5, scale: 2, mode: 'number' });

export const visitSlots = pgTable('visit_slots', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  weekday: smallint('weekday').notNull(),
  atTime: text('at_time').notNull(),
  fromDate: day('from_date').notNull(),
  setBy: uuid('set_by').notNull(),
  createdAt: createdAt(),
});

export const visits = pgTable('visits', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  visitedOn: day('visited_on').notNull(),
  atTime: text('at_time'),
  workerIds: uuid('worker_ids').array().notNull(),
  place: text('place').notNull(),
  outcome: text('outcome').notNull(),
  healthRisk: boolean('health_risk').notNull().default(false),
  dwellingCondition: text('dwelling_condition'),
  technicalFaults: text('technical_faults'),
  personState: jsonb('person_state').$type<Record<string, string | boolean | null>>().notNull(),
  hours: hours('hours').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const contacts = pgTable('contacts', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  visitId: uuid('visit_id'),
  contactOn: day('contact_on').notNull(),
  kind: text('kind').notNull(),
  mode: text('mode').notNull(),
  hours: hours('hours').notNull(),
  workerId: uuid('worker_id').notNull(),
  lifeDomains: text('life_domains').array().notNull(),
  reachedPerson: boolean('reached_person').notNull().default(true),
  justification: text('justification'),
  justifiedBy: uuid('justified_by'),
  notes: text('notes'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const escalationExtensions = pgTable('escalation_extensions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  recordedOn: day('recorded_on').notNull(),
  reason: text('reason').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const supportOffers = pgTable('support_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  offered: text('offered').notNull(),
  offeredOn: day('offered_on').notNull(),
  answer: text('answer').notNull(),
  toldNotACondition: boolean('told_not_a_condition').notNull().default(true),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const rehabilitationPlans = pgTable('rehabilitation_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  version: integer('version').notNull(),
  startedOn: day('started_on').notNull(),
  endedOn: day('ended_on'),
  goals: jsonb('goals').$type<Array<Record<string, unknown>>>().notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const planReviews = pgTable('plan_reviews', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  reviewedOn: day('reviewed_on').notNull(),
  note: text('note').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const functioningAssessments = pgTable('functioning_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  assessedOn: day('assessed_on').notNull(),
  summary: text('summary').notNull(),
  domainNeeds: jsonb('domain_needs').$type<Record<string, string>>().notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

// ── Housing First ending and work log (migration 0006) ─────────────────────────────────────────

export const caseEndings = pgTable('case_endings', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  reason: text('reason').notNull(),
  endsOn: day('ends_on').notNull(),
  noticeGivenOn: day('notice_given_on'),
  destination: text('destination').notNull(),
  note: text('note'),
  proposedBy: uuid('proposed_by').notNull(),
  status: text('status').notNull(),
  createdAt: createdAt(),
});

export const caseEndingConfirmations = pgTable('case_ending_confirmations', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  endingId: uuid('ending_id').notNull(),
  teamRole: text('team_role').notNull(),
  userId: uuid('user_id').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'string' }).notNull(),
});

export const workLogEntries = pgTable('work_log_entries', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  entryOn: day('entry_on').notNull(),
  goals: text('goals'),
  topics: text('topics'),
  done: text('done').notNull(),
  results: text('results'),
  conclusions: text('conclusions'),
  interProfessionalNotes: text('inter_professional_notes'),
  lifeDomains: text('life_domains').array().notNull(),
  authorId: uuid('author_id').notNull(),
  createdAt: createdAt(),
});

// ── Housing First changes and calendar (migration 0007) ────────────────────────────────────────

export const caseIncidents = pgTable('case_incidents', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  kind: text('kind').notNull(),
  occurredOn: day('occurred_on').notNull(),
  description: text('description').notNull(),
  actionTaken: text('action_taken'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const calendarFeeds = pgTable('calendar_feeds', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull(),
  createdAt: createdAt(),
});

// ── Re-housing after a lease breach (migration 0009) ───────────────────────────────────────────

/** HF-3.2.6 a re-housing round opened by a lease breach; once closed it is the dwelling change's history. */
export const rehousingRounds = pgTable('rehousing_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  incidentId: uuid('incident_id').notNull(),
  openedOn: day('opened_on').notNull(),
  fromDwellingId: uuid('from_dwelling_id'),
  toDwellingId: uuid('to_dwelling_id'),
  movedOn: day('moved_on'),
  closedOn: day('closed_on'),
  movedBy: uuid('moved_by'),
  note: text('note'),
  createdAt: createdAt(),
});

// ── Worklist contact-hour totals (migration 0008) ──────────────────────────────────────────────

/** HF-2.2 a case's contact hours per calendar year and month, kept by a trigger on contacts; read by the worklists. */
export const contactHoursTotals = pgTable('contact_hours_totals', {
  caseId: uuid('case_id').notNull(),
  period: text('period').notNull(),
  periodStart: date('period_start', { mode: 'string' }).notNull(),
  hours: numeric('hours', { mode: 'number' }).notNull(),
});

// ── Worklist facts per case (migration 0012) ───────────────────────────────────────────────────

/**
 * HF-3.2 each case's worklist record summarised over everything recorded, kept until a trigger marks a
 * change (`version`); written and read only by worklist-facts.repository.ts. (Its team: migration 0036.)
 */
export const caseWorklistFacts = pgTable('case_worklist_facts', {
  caseId: uuid('case_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  factsVersion: bigint('facts_version', { mode: 'number' }),
  lastFactOn: date('last_fact_on', { mode: 'string' }),
  facts: json('facts'),
});

// ── Individual Programme (migration 0019; seed 000, IP-1 – IP-6) ───────────────────────────────

/** IP-1 an Individual Programme case: its granting decision and its subject (a person or a household). */
export const ipCases = pgTable('ip_cases', {
  caseId: uuid('case_id').primaryKey(),
  organisationId: uuid('organisation_id').notNull(),
  householdId: uuid('household_id'),
  serviceAgreementId: uuid('service_agreement_id').notNull(),
  targetGroup: text('target_group').notNull(),
  decidedOn: day('decided_on').notNull(),
  decidedBy: uuid('decided_by').notNull(),
  communityServicesConsidered: text('community_services_considered').notNull(),
  unmetNeedReason: text('unmet_need_reason').notNull(),
  servicePlace: text('service_place').notNull(),
  agreementEndsOn: day('agreement_ends_on'),
  endingReason: text('ending_reason'),
  endingNote: text('ending_note'),
  createdAt: createdAt(),
});

/** IP-1, IP-4 the persons who receive the service in a case. */
export const ipRecipients = pgTable('ip_recipients', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  personId: uuid('person_id').notNull(),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
});

/** IP-2 a plan's service line with its volume planned per month (months stored as their first day). */
export const ipServiceLines = pgTable('ip_service_lines', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  line: text('line').notNull(),
  skillAreas: text('skill_areas').array().notNull().default([]),
  unit: text('unit').notNull(),
  plannedPerMonth: numeric('planned_per_month', { mode: 'number' }).notNull(),
  fromMonth: day('from_month').notNull(),
  toMonth: day('to_month'),
  dwellingId: uuid('dwelling_id'),
  note: text('note'),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
});

/** IP-2 the volume delivered of a line in a month. */
export const ipServiceDeliveries = pgTable('ip_service_deliveries', {
  id: uuid('id').primaryKey().defaultRandom(),
  serviceLineId: uuid('service_line_id').notNull(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  month: day('month').notNull(),
  delivered: numeric('delivered', { mode: 'number' }).notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** IP-3 a case's planned and actual cost in a month by kind, in euro cents. */
export const ipCosts = pgTable('ip_costs', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  month: day('month').notNull(),
  kind: text('kind').notNull(),
  plannedCents: integer('planned_cents').notNull(),
  actualCents: integer('actual_cents'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** IP-3 the client's co-payment for the flat from a month on, with its basis. */
export const ipCoPayments = pgTable('ip_co_payments', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  effectiveFrom: day('effective_from').notNull(),
  rentCents: integer('rent_cents').notNull(),
  managementCents: integer('management_cents').notNull(),
  electricityCents: integer('electricity_cents').notNull(),
  gasCents: integer('gas_cents').notNull(),
  utilitiesCents: integer('utilities_cents').notNull(),
  basis: text('basis').notNull(),
  assessedOn: day('assessed_on').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

// ── The core as a platform (migration 0018, issue 12): the evaluation schedule's records ─────────────

/** An evaluation instrument completed on a day (HF-4.3, IP-5, IP-6): about a case, or by a provider about itself. */
export const evaluations = pgTable('evaluations', {
  id: uuid('id').primaryKey().defaultRandom(),
  programmeCode: text('programme_code').notNull(),
  instrument: text('instrument').notNull(),
  caseId: uuid('case_id'),
  providerOrganisationId: uuid('provider_organisation_id'),
  recordedOn: day('recorded_on').notNull(),
  score: numeric('score', { precision: 7, scale: 2, mode: 'number' }),
  answers: jsonb('answers').notNull().default({}),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

// ── Housing First engagement (migration 0020; HF-2.2) ────────────────────────────────────────────

/** HF-2.2 an extension of a case's agreed end: by months or to a new day; cancelled, never changed. */
export const engagementExtensions = pgTable('engagement_extensions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  decidedOn: day('decided_on').notNull(),
  months: smallint('months'),
  newEndOn: day('new_end_on'),
  reason: text('reason').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'string' }),
  cancelledBy: uuid('cancelled_by'),
  cancelReason: text('cancel_reason'),
});

/** HF-2.2 a suspension of a case's engagement, from and to included; cancelled, never changed. */
export const engagementSuspensions = pgTable('engagement_suspensions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  fromOn: day('from_on').notNull(),
  toOn: day('to_on').notNull(),
  reason: text('reason').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
  cancelledAt: timestamp('cancelled_at', { withTimezone: true, mode: 'string' }),
  cancelledBy: uuid('cancelled_by'),
  cancelReason: text('cancel_reason'),
});

// ── Staff qualifications and cooperation protocols (migration 0022; HF-2.6, HF-3.4.6) ──────────────

/** HF-2.6 a staff member's qualification: education, profession, a certificate or training, with its dates. */
export const staffQualifications = pgTable('staff_qualifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  issuer: text('issuer'),
  obtainedOn: day('obtained_on'),
  validUntil: day('valid_until'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

/** HF-2.6 a language a staff member speaks, with its level. */
export const staffLanguages = pgTable('staff_languages', {
  userId: uuid('user_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  language: text('language').notNull(),
  level: text('level').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

/** HF-2.6 each saved version of a staff member's profile (migration 0023): the whole profile as saved, who saved it and when. */
export const staffProfileVersions = pgTable('staff_profile_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  userId: uuid('user_id').notNull(),
  version: integer('version').notNull(),
  qualifications: jsonb('qualifications').$type<Array<{ kind: string; title: string; issuer: string | null; obtainedOn: string | null; validUntil: string | null }>>().notNull(),
  languages: jsonb('languages').$type<Array<{ language: string; level: string }>>().notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** HF-3.4.6 a version of an inter-institutional cooperation protocol; `protocolId` is its first version's id. */
export const cooperationProtocols = pgTable('cooperation_protocols', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  protocolId: uuid('protocol_id').notNull(),
  version: integer('version').notNull(),
  heldOn: day('held_on').notNull(),
  institutions: text('institutions').array().notNull(),
  participants: text('participants').array().notNull(),
  topic: text('topic').notNull(),
  agreed: text('agreed').notNull(),
  actions: jsonb('actions').$type<Array<{ what: string; who: string; byDate: string | null }>>().notNull(),
  correctionReason: text('correction_reason'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

// ── The register of disclosures (migration 0021; HF-4.4) ─────────────────────────────────────────

/** HF-4.4 a research extract or a handover package passed out: to whom, on what basis, what (checksums), by whom; never changed. */
export const disclosures = pgTable('disclosures', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  programme: text('programme').notNull(),
  kind: text('kind').$type<'research_extract' | 'funder_handover'>().notNull(),
  recipient: text('recipient').notNull(),
  legalBasis: text('legal_basis').notNull(),
  purpose: text('purpose').notNull(),
  disclosedOn: day('disclosed_on').notNull(),
  dataRows: integer('data_rows').notNull(),
  caseFiles: integer('case_files').notNull(),
  files: jsonb('files').$type<Array<{ name: string; sha256: string; bytes: number }>>().notNull(),
  actSha256: text('act_sha256'),
  report: jsonb('report'),
  producedBy: uuid('produced_by').notNull(),
  createdAt: createdAt(),
});

// ── Individual Budget model (migration 0024; seed 002, IB-1 – IB-6) ──────────────────────────────

/** IB-1 an Individual Budget case: its pilot, referral and who shares responsibility for the plan. */
export const ibCases = pgTable('ib_cases', {
  caseId: uuid('case_id').primaryKey(),
  organisationId: uuid('organisation_id').notNull(),
  pilot: text('pilot').notNull(),
  referredOn: date('referred_on', { mode: 'string' }).notNull(),
  representative: text('representative').notNull(),
  representativeName: text('representative_name'),
  endingReason: text('ending_reason'),
  endingNote: text('ending_note'),
  createdAt: createdAt(),
});

/** IB-1, IB-2 the team's assessment with both rankings and the period's indicative budget. */
export const ibAssessments = pgTable('ib_assessments', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
  team: text('team').array().notNull(),
  goals: text('goals').array().notNull(),
  teamRanking: jsonb('team_ranking').$type<Array<{ service: string; rank: number; perMonth: number }>>().notNull(),
  familyRanking: jsonb('family_ranking').$type<Array<{ service: string; rank: number }>>().notNull(),
  rankedBy: text('ranked_by').notNull(),
  budgetCents: integer('budget_cents').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

/** IB-3 a version of the support plan. */
export const ibPlanVersions = pgTable('ib_plan_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  version: integer('version').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  reason: text('reason').notNull(),
  lines: jsonb('lines').$type<Array<{ service: string; providerName: string; perMonth: number; schedule: string; unitPriceCents: number }>>().notNull(),
  agreedBy: text('agreed_by').notNull(),
  agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
});

/** IB-4 a service's delivered volume and spending in a month. */
export const ibDeliveries = pgTable('ib_deliveries', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  service: text('service').notNull(),
  month: date('month', { mode: 'string' }).notNull(),
  delivered: numeric('delivered', { mode: 'number' }).notNull(),
  spentCents: integer('spent_cents').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** IB-4 a difficulty the family reports. */
export const ibDifficulties = pgTable('ib_difficulties', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  reportedOn: date('reported_on', { mode: 'string' }).notNull(),
  service: text('service'),
  description: text('description').notNull(),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

/** IB-5 a service interruption. */
export const ibInterruptions = pgTable('ib_interruptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  service: text('service').notNull(),
  fromDate: date('from_date', { mode: 'string' }).notNull(),
  toDate: date('to_date', { mode: 'string' }),
  reason: text('reason').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

/** IB-3, IB-5 a municipality's catalogue entry: price, provider, distance, shortage. */
export const ibCatalogue = pgTable('ib_catalogue', {
  id: uuid('id').primaryKey().defaultRandom(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  service: text('service').notNull(),
  unitPriceCents: integer('unit_price_cents').notNull(),
  providerName: text('provider_name'),
  nearestKm: numeric('nearest_km', { mode: 'number' }).notNull(),
  shortage: boolean('shortage').notNull(),
  note: text('note'),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

// ── Family support (seed 003, FS-1 – FS-6; migration 0025) ──────────────────────────────────

/** FS-1 a provider's family support centre. */
export const fsCentres = pgTable('fs_centres', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  name: text('name').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  address: text('address'),
  createdAt: createdAt(),
});

/** FS-1 a centre's staff member and their profession. */
export const fsCentreStaff = pgTable('fs_centre_staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  centreId: uuid('centre_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  userId: uuid('user_id').notNull(),
  profession: text('profession').notNull(),
});

/** FS-5 a family referred by the county social service. */
export const fsReferrals = pgTable('fs_referrals', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  centreId: uuid('centre_id').notNull(),
  referringOrganisationId: uuid('referring_organisation_id').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  householdId: uuid('household_id').notNull(),
  contactPersonId: uuid('contact_person_id').notNull(),
  members: jsonb('members').$type<{ personId: string; role: string }[]>().notNull(),
  reason: text('reason').notNull(),
  assessedOn: day('assessed_on').notNull(),
  referredOn: day('referred_on').notNull(),
  assessment: text('assessment').notNull(),
  crisis: boolean('crisis').notNull().default(false),
  premises: text('premises'),
  informationProvided: text('information_provided'),
  referredBy: uuid('referred_by').notNull(),
  status: text('status').notNull().default('pending'),
  decidedOn: day('decided_on'),
  decidedBy: uuid('decided_by'),
  declineReason: text('decline_reason'),
  caseId: uuid('case_id'),
  createdAt: createdAt(),
});

/** FS-1 a family's case: its centre, household, referral; FS-2 crisis support. */
export const fsCases = pgTable('fs_cases', {
  caseId: uuid('case_id').primaryKey(),
  organisationId: uuid('organisation_id').notNull(),
  centreId: uuid('centre_id').notNull(),
  householdId: uuid('household_id').notNull(),
  referralId: uuid('referral_id'),
  referringMunicipalityAtvk: text('referring_municipality_atvk').notNull(),
  crisisSince: day('crisis_since'),
  crisisNote: text('crisis_note'),
  endingReason: text('ending_reason'),
  endingNote: text('ending_note'),
  createdAt: createdAt(),
});

/** FS-1 a member of the family in its case, with a role. */
export const fsCaseMembers = pgTable('fs_case_members', {
  id: uuid('id').primaryKey().defaultRandom(),
  caseId: uuid('case_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  personId: uuid('person_id').notNull(),
  role: text('role').notNull(),
  fromDate: day('from_date').notNull(),
  toDate: day('to_date'),
});

/** FS-2 a support group or camp. */
export const fsGroups = pgTable('fs_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  centreId: uuid('centre_id').notNull(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  startsOn: day('starts_on').notNull(),
  endsOn: day('ends_on').notNull(),
  places: integer('places').notNull(),
  facilitatorUserIds: uuid('facilitator_user_ids').array().notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
});

export const fsGroupParticipants = pgTable('fs_group_participants', {
  id: uuid('id').primaryKey().defaultRandom(),
  groupId: uuid('group_id').notNull(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  personId: uuid('person_id').notNull(),
  enrolledOn: day('enrolled_on').notNull(),
  enrolledBy: uuid('enrolled_by').notNull(),
});

/** FS-2 a family's session or a group's meeting. */
export const fsSessions = pgTable('fs_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id'),
  groupId: uuid('group_id'),
  kind: text('kind').notNull(),
  heldOn: day('held_on').notNull(),
  minutes: integer('minutes'),
  topic: text('topic'),
  facilitatorUserIds: uuid('facilitator_user_ids').array().notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

export const fsAttendance = pgTable('fs_attendance', {
  sessionId: uuid('session_id').notNull(),
  personId: uuid('person_id').notNull(),
});

/** FS-3 a volunteer mentor on the register. */
export const fsMentors = pgTable('fs_mentors', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  centreId: uuid('centre_id').notNull(),
  givenNames: text('given_names').notNull(),
  surnames: text('surnames').notNull(),
  phone: text('phone'),
  checkDoneOn: day('check_done_on'),
  checkValidUntil: day('check_valid_until'),
  trainingCompletedOn: day('training_completed_on'),
  endedOn: day('ended_on'),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
});

export const fsMentorMatches = pgTable('fs_mentor_matches', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  mentorId: uuid('mentor_id').notNull(),
  caseId: uuid('case_id').notNull(),
  matchedOn: day('matched_on').notNull(),
  endedOn: day('ended_on'),
  endingReason: text('ending_reason'),
  matchedBy: uuid('matched_by').notNull(),
  createdAt: createdAt(),
});

export const fsMentorMeetings = pgTable('fs_mentor_meetings', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  matchId: uuid('match_id').notNull(),
  heldOn: day('held_on').notNull(),
  minutes: integer('minutes').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
});

export const fsMentorSupervisions = pgTable('fs_mentor_supervisions', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  mentorId: uuid('mentor_id').notNull(),
  heldOn: day('held_on').notNull(),
  supervisorUserId: uuid('supervisor_user_id').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
});

/** FS-4 a family group conference. */
export const fsConferences = pgTable('fs_conferences', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  caseId: uuid('case_id').notNull(),
  coordinatorUserId: uuid('coordinator_user_id').notNull(),
  preparationStartedOn: day('preparation_started_on').notNull(),
  heldOn: day('held_on'),
  plan: text('plan'),
  reviewOn: day('review_on'),
  reviewedOn: day('reviewed_on'),
  reviewOutcome: text('review_outcome'),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
});

export const fsConferenceInvitees = pgTable('fs_conference_invitees', {
  id: uuid('id').primaryKey().defaultRandom(),
  conferenceId: uuid('conference_id').notNull(),
  name: text('name').notNull(),
  relation: text('relation').notNull(),
  familyMember: boolean('family_member').notNull(),
  attended: boolean('attended').notNull().default(false),
});

/** FS-4 a conference leader's training or supervision. */
export const fsLeaderTrainings = pgTable('fs_leader_trainings', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  userId: uuid('user_id').notNull(),
  kind: text('kind').notNull(),
  heldOn: day('held_on').notNull(),
  givenBy: text('given_by').notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
});

/** FS-6 the provider's project and its grant. */
export const fsProjects = pgTable('fs_projects', {
  organisationId: uuid('organisation_id').primaryKey(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  promoter: text('promoter').notNull(),
  grantSource: text('grant_source').notNull(),
  startsOn: day('starts_on').notNull(),
  endsOn: day('ends_on').notNull(),
  initialCostCents: bigint('initial_cost_cents', { mode: 'number' }).notNull(),
  finalCostCents: bigint('final_cost_cents', { mode: 'number' }).notNull(),
  grantCents: bigint('grant_cents', { mode: 'number' }).notNull(),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** FS-6 money spent. */
export const fsSpending = pgTable('fs_spending', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  spentOn: day('spent_on').notNull(),
  category: text('category').notNull(),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  note: text('note'),
  recordedBy: uuid('recorded_by').notNull(),
  createdAt: createdAt(),
});

/** RP-6 an update round of a planning region (migration 0027). */
export const rpRounds = pgTable('rp_rounds', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: text('region_code').notNull(),
  name: text('name').notNull(),
  openedOn: day('opened_on').notNull(),
  deadline: day('deadline').notNull(),
  status: text('status').notNull().default('open'),
  closedOn: day('closed_on'),
  catalogueVersion: integer('catalogue_version').notNull(),
  openedBy: uuid('opened_by').notNull(),
  closedBy: uuid('closed_by'),
  createdAt: createdAt(),
});

/** RP-6 a municipality's part of a round. */
export const rpParts = pgTable('rp_parts', {
  id: uuid('id').primaryKey().defaultRandom(),
  roundId: uuid('round_id').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  status: text('status').notNull().default('not_started'),
  version: integer('version').notNull().default(1),
  confirmedOn: day('confirmed_on'),
  confirmedBy: uuid('confirmed_by'),
  lastRemindedOn: day('last_reminded_on'),
  reminders: integer('reminders').notNull().default(0),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** RP-2, RP-7 a municipality's figures for a service in a round. */
export const rpFigures = pgTable('rp_figures', {
  roundId: uuid('round_id').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  service: text('service').notNull(),
  providers: integer('providers'),
  places: integer('places'),
  clients: integer('clients'),
  waiting: integer('waiting'),
  waitingDays: integer('waiting_days'),
  costCents: bigint('cost_cents', { mode: 'number' }),
  clientsByGroup: jsonb('clients_by_group').$type<Partial<Record<string, number>>>().notNull(),
  /** RP-7 the other figures that add up, by target group. */
  placesByGroup: jsonb('places_by_group').$type<Partial<Record<string, number>>>().notNull().default({}),
  waitingByGroup: jsonb('waiting_by_group').$type<Partial<Record<string, number>>>().notNull().default({}),
  costCentsByGroup: jsonb('cost_cents_by_group').$type<Partial<Record<string, number>>>().notNull().default({}),
});

/** RP-1 a region's published catalogue version (version 1 is the programme's own, in code). */
export const rpCatalogueVersions = pgTable('rp_catalogue_versions', {
  regionCode: text('region_code').notNull(),
  version: integer('version').notNull(),
  validFrom: day('valid_from').notNull(),
  services: jsonb('services').$type<unknown[]>().notNull(),
  note: text('note'),
  publishedBy: uuid('published_by').notNull(),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** RP-3 a municipality's development model in a round. */
export const rpModels = pgTable('rp_models', {
  roundId: uuid('round_id').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  service: text('service').notNull(),
  stance: text('stance').notNull(),
  reason: text('reason'),
});

/** RP-5 a round's forecast of a service's clients for a coming year. */
export const rpForecasts = pgTable('rp_forecasts', {
  roundId: uuid('round_id').notNull(),
  municipalityAtvk: text('municipality_atvk').notNull(),
  service: text('service').notNull(),
  year: integer('year').notNull(),
  method: text('method').notNull(),
  ratePerThousand: numeric('rate_per_thousand', { precision: 10, scale: 2 }),
  clients: integer('clients').notNull(),
  /** RP-5 the rate method's inputs: residents of the target group, the year's projected residents. */
  residents: integer('residents'),
  projected: integer('projected'),
});

/** RP-4 an inter-municipal cooperation agreement. */
export const rpCooperation = pgTable('rp_cooperation', {
  id: uuid('id').primaryKey().defaultRandom(),
  regionCode: text('region_code').notNull(),
  service: text('service').notNull(),
  name: text('name').notNull(),
  validFrom: day('valid_from').notNull(),
  validTo: day('valid_to'),
  shares: jsonb('shares').$type<{ municipalityAtvk: string; costPercent: number; placesPercent: number }[]>().notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: createdAt(),
});
