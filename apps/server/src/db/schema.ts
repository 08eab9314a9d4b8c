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
 * HF-3.2 each case's worklist record summarised over everything recorded, and its team with their dates,
 * kept until a trigger marks a change (`version`); written and read only by worklist-facts.repository.ts.
 */
export const caseWorklistFacts = pgTable('case_worklist_facts', {
  caseId: uuid('case_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  factsVersion: bigint('facts_version', { mode: 'number' }),
  lastFactOn: date('last_fact_on', { mode: 'string' }),
  facts: json('facts'),
  team: json('team'),
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
