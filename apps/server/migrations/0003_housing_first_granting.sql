-- 0003 Housing First granting (HF-1.4, HF-3.1): programme settings, criteria, contacts, applications, waiting list, dwellings, offers, case opening, initial assessment, move-in.

-- Programmes and their settings with effective dates; a case keeps the version it started under.
CREATE TABLE programmes (
  code    text PRIMARY KEY,
  name_lv text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE programme_settings (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_code text NOT NULL REFERENCES programmes (code),
  effective_from date NOT NULL,
  settings       jsonb NOT NULL,
  created_by     uuid REFERENCES users (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_code, effective_from)
);

-- HF-1.4 eligibility criteria per municipality and programme, versioned.
CREATE TABLE eligibility_criteria_sets (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_code    text NOT NULL REFERENCES programmes (code),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  version           integer NOT NULL,
  valid_from        date NOT NULL,
  criteria          jsonb NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_code, municipality_atvk, version)
);

-- Which provider serves a programme in which municipality (the pilot: one provider for Rīga, Liepāja and Valmiera).
CREATE TABLE service_agreements (
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_organisation_id uuid NOT NULL REFERENCES organisations (id),
  programme_code           text NOT NULL REFERENCES programmes (code),
  municipality_atvk        text NOT NULL REFERENCES municipalities (atvk),
  valid_from               date NOT NULL,
  valid_to                 date
);
CREATE INDEX service_agreements_provider ON service_agreements (provider_organisation_id, programme_code);
CREATE INDEX service_agreements_municipality ON service_agreements (municipality_atvk, programme_code);

-- HF-3.1.3 the housing-needs questionnaire, defined as data per programme (and municipality, if it adjusts it).
CREATE TABLE questionnaire_forms (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_code    text NOT NULL REFERENCES programmes (code),
  municipality_atvk text REFERENCES municipalities (atvk),
  version           integer NOT NULL,
  fields            jsonb NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX questionnaire_forms_version ON questionnaire_forms (programme_code, coalesce(municipality_atvk, ''), version);

-- Providers number their cases in their own format (HF-3.1.7.3).
ALTER TABLE organisations ADD COLUMN case_number_format text NOT NULL DEFAULT 'MV-{YYYY}-{NNNN}';
CREATE TABLE case_number_counters (
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  year            integer NOT NULL,
  last_sequence   integer NOT NULL,
  PRIMARY KEY (organisation_id, year)
);

-- HF-3.1.1 first contact: outreach or self-referral.
CREATE TABLE first_contacts (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  person_id         uuid NOT NULL REFERENCES persons (id),
  programme_code    text NOT NULL REFERENCES programmes (code),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  contacted_on      date NOT NULL,
  source            text NOT NULL CHECK (source IN ('outreach', 'self_referral', 'night_shelter', 'other_institution')),
  note              text,
  created_by        uuid NOT NULL REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX first_contacts_person ON first_contacts (person_id);
CREATE INDEX first_contacts_municipality ON first_contacts (municipality_atvk, contacted_on DESC);

-- HF-3.1.3–3.1.4 applications to the municipal social service, decided within the deadline.
CREATE TABLE applications (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id       uuid NOT NULL REFERENCES organisations (id),
  person_id             uuid NOT NULL REFERENCES persons (id),
  programme_code        text NOT NULL REFERENCES programmes (code),
  municipality_atvk     text NOT NULL REFERENCES municipalities (atvk),
  first_contact_id      uuid REFERENCES first_contacts (id),
  previous_case_id      uuid REFERENCES cases (id),
  submitted_on          date NOT NULL,
  questionnaire_form_id uuid NOT NULL REFERENCES questionnaire_forms (id),
  answers               jsonb NOT NULL,
  settings_id           uuid NOT NULL REFERENCES programme_settings (id),
  status                text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'granted', 'refused', 'withdrawn')),
  decided_on            date,
  decided_by            uuid REFERENCES users (id),
  decision_reason       text,
  created_by            uuid NOT NULL REFERENCES users (id),
  created_at            timestamptz NOT NULL DEFAULT now(),
  version               integer NOT NULL DEFAULT 1,
  CHECK ((status IN ('granted', 'refused')) = (decided_on IS NOT NULL))
);
CREATE INDEX applications_pending ON applications (municipality_atvk, submitted_on) WHERE status = 'pending';
CREATE INDEX applications_person ON applications (person_id);

-- HF-1.4, HF-1.3, HF-3.1.2 the eligibility assessment: each criterion, priority factors, outcome, alternatives offered.
CREATE TABLE eligibility_assessments (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id      uuid NOT NULL REFERENCES organisations (id),
  application_id       uuid NOT NULL REFERENCES applications (id),
  criteria_set_id      uuid NOT NULL REFERENCES eligibility_criteria_sets (id),
  assessed_on          date NOT NULL,
  findings             jsonb NOT NULL,
  priority_factors     text[] NOT NULL DEFAULT '{}',
  outcome              text NOT NULL CHECK (outcome IN ('eligible', 'not_eligible')),
  reason               text NOT NULL,
  alternatives_offered text[] NOT NULL DEFAULT '{}',
  assessed_by          uuid NOT NULL REFERENCES users (id),
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX eligibility_assessments_application ON eligibility_assessments (application_id, created_at DESC);

-- HF-3.1.4 the waiting list per municipality and programme; the order is computed, the facts are kept.
CREATE TABLE waiting_list_entries (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  application_id    uuid NOT NULL UNIQUE REFERENCES applications (id),
  person_id         uuid NOT NULL REFERENCES persons (id),
  programme_code    text NOT NULL REFERENCES programmes (code),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  decided_on        date NOT NULL,
  priority_factors  text[] NOT NULL DEFAULT '{}',
  rule_version      text NOT NULL,
  added_on          date NOT NULL,
  left_on           date,
  left_reason       text CHECK (left_reason IN ('case_opened', 'removed')),
  removal_note      text,
  removed_by        uuid REFERENCES users (id)
);
CREATE INDEX waiting_list_current ON waiting_list_entries (municipality_atvk, programme_code) WHERE left_on IS NULL;

-- HF-3.1.5 housing stock from the municipal fund, the private market or a social rental agency.
CREATE TABLE dwellings (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  address           text NOT NULL,
  address_folded    text NOT NULL,
  source            text NOT NULL CHECK (source IN ('municipal_fund', 'private_market', 'social_rental_agency')),
  landlord          text NOT NULL,
  rooms             integer NOT NULL CHECK (rooms > 0),
  floor             integer NOT NULL,
  has_lift          boolean NOT NULL,
  accessible        boolean NOT NULL,
  pets_allowed      boolean NOT NULL,
  amenities         jsonb NOT NULL,
  rent_cents        integer NOT NULL CHECK (rent_cents >= 0),
  utilities_cents   integer NOT NULL CHECK (utilities_cents >= 0),
  status            text NOT NULL DEFAULT 'available' CHECK (status IN ('available', 'reserved', 'occupied', 'under_repair', 'withdrawn')),
  notes             text,
  created_by        uuid NOT NULL REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  version           integer NOT NULL DEFAULT 1
);
CREATE INDEX dwellings_municipality_status ON dwellings (municipality_atvk, status);

CREATE TABLE dwelling_offers (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  application_id  uuid NOT NULL REFERENCES applications (id),
  dwelling_id     uuid NOT NULL REFERENCES dwellings (id),
  round           integer NOT NULL DEFAULT 1,
  offered_on      date NOT NULL,
  answer          text NOT NULL DEFAULT 'pending' CHECK (answer IN ('pending', 'chosen', 'refused')),
  answered_on     date,
  note            text,
  offered_by      uuid NOT NULL REFERENCES users (id),
  UNIQUE (application_id, dwelling_id, round)
);
CREATE INDEX dwelling_offers_dwelling ON dwelling_offers (dwelling_id);

-- Cases opened from a granted application (HF-3.1.7.3).
ALTER TABLE cases ADD COLUMN application_id uuid REFERENCES applications (id);
ALTER TABLE cases ADD COLUMN settings_id uuid REFERENCES programme_settings (id);
ALTER TABLE cases ADD COLUMN case_manager_user_id uuid REFERENCES users (id);
ALTER TABLE cases ADD COLUMN dwelling_id uuid REFERENCES dwellings (id);
ALTER TABLE cases ADD COLUMN data_processing_informed_on date;
ALTER TABLE cases ADD COLUMN service_rules_informed_on date;
ALTER TABLE cases ADD COLUMN contract_signed_on date;
CREATE UNIQUE INDEX cases_case_number ON cases (organisation_id, case_number) WHERE case_number IS NOT NULL;
CREATE INDEX cases_application ON cases (application_id) WHERE application_id IS NOT NULL;

-- HF-2.4 a manager's written reason for going over a caseload cap, kept with the assignment.
ALTER TABLE case_team_members ADD COLUMN override_reason text;
ALTER TABLE case_team_members ADD COLUMN assigned_by uuid REFERENCES users (id);

-- HF-3.1.6 documents checklist.
CREATE TABLE case_documents (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  kind            text NOT NULL,
  status          text NOT NULL CHECK (status IN ('received', 'waived')),
  on_date         date NOT NULL,
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  UNIQUE (case_id, kind)
);

-- HF-4.4 informed consent: versioned texts, given and withdrawn with dates.
CREATE TABLE consent_texts (
  version     integer PRIMARY KEY,
  text_lv     text NOT NULL,
  text_en     text NOT NULL,
  valid_from  date NOT NULL
);
CREATE TABLE case_consents (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id      uuid NOT NULL REFERENCES organisations (id),
  case_id              uuid NOT NULL REFERENCES cases (id),
  consent_text_version integer NOT NULL REFERENCES consent_texts (version),
  given_on             date NOT NULL,
  withdrawn_on         date,
  recorded_by          uuid NOT NULL REFERENCES users (id)
);
CREATE INDEX case_consents_case ON case_consents (case_id);

-- HF-3.1.7.5 the initial assessment before moving in.
CREATE TABLE initial_assessments (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id    uuid NOT NULL REFERENCES organisations (id),
  case_id            uuid NOT NULL REFERENCES cases (id),
  assessed_on        date NOT NULL,
  data               jsonb NOT NULL,
  support_need_level text NOT NULL CHECK (support_need_level IN ('low', 'medium', 'high')),
  assessed_by        uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX initial_assessments_case ON initial_assessments (case_id, created_at DESC);

-- HF-3.1.8–3.1.10 moving in: crisis agreement, handover act, keys register, lease and co-payment.
CREATE TABLE move_ins (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id           uuid NOT NULL REFERENCES organisations (id),
  case_id                   uuid NOT NULL UNIQUE REFERENCES cases (id),
  dwelling_id               uuid NOT NULL REFERENCES dwellings (id),
  moved_in_on               date NOT NULL,
  accompanied_by            text NOT NULL,
  crisis_agreement          text NOT NULL,
  spare_key_use_allowed     boolean NOT NULL,
  equipment_explained       boolean NOT NULL,
  nothing_essential_missing boolean NOT NULL,
  handover_items            jsonb NOT NULL,
  lease                     jsonb NOT NULL,
  recorded_by               uuid NOT NULL REFERENCES users (id),
  created_at                timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dwelling_keys (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  dwelling_id     uuid NOT NULL REFERENCES dwellings (id),
  case_id         uuid REFERENCES cases (id),
  holder          text NOT NULL CHECK (holder IN ('person', 'team', 'owner')),
  holder_name     text NOT NULL,
  handed_on       date NOT NULL,
  returned_on     date
);
CREATE INDEX dwelling_keys_dwelling ON dwelling_keys (dwelling_id);

-- Photos and other files attached to a case record (handover act photos…), kept in the database.
CREATE TABLE attachments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  purpose         text NOT NULL,
  file_name       text NOT NULL,
  media_type      text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'application/pdf')),
  content         bytea NOT NULL,
  uploaded_by     uuid NOT NULL REFERENCES users (id),
  uploaded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_case ON attachments (case_id);
