-- 0001 Core: reference data, organisations, users and sessions, people registry, cases for access, audit log.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Reference data shipped with the product (filled from packages/domain/src/reference at start-up).
CREATE TABLE planning_regions (
  code    text PRIMARY KEY,
  name_lv text NOT NULL,
  name_en text NOT NULL
);

CREATE TABLE municipalities (
  atvk           text PRIMARY KEY CHECK (atvk ~ '^[0-9]{7}$'),
  name_lv        text NOT NULL,
  name_en        text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('state_city', 'county')),
  region_code    text NOT NULL REFERENCES planning_regions (code),
  valid_from     date NOT NULL,
  valid_to       date,
  successor_atvk text REFERENCES municipalities (atvk)
);

CREATE TABLE organisations (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name              text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('municipal_social_service', 'service_provider', 'housing_provider', 'funder', 'planning_region')),
  municipality_atvk text REFERENCES municipalities (atvk),
  region_code       text REFERENCES planning_regions (code),
  created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  email               text NOT NULL UNIQUE CHECK (email = lower(email)),
  display_name        text NOT NULL,
  password_hash       text NOT NULL,
  roles               text[] NOT NULL,
  is_demo             boolean NOT NULL DEFAULT false,
  active              boolean NOT NULL DEFAULT true,
  failed_logins       integer NOT NULL DEFAULT 0,
  locked_until        timestamptz,
  password_changed_at timestamptz NOT NULL DEFAULT now(),
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_organisation ON users (organisation_id);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE sessions (
  token_hash   text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id),
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- People registry. Every personal-data row carries its owning organisation (the distribution key).
CREATE TABLE households (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE persons (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  given_names      text NOT NULL,
  surnames         text NOT NULL,
  personal_code    text CHECK (personal_code ~ '^[0-9]{11}$'),
  birth_date       date,
  gender           text CHECK (gender IN ('female', 'male', 'unspecified')),
  languages        text[] NOT NULL DEFAULT '{}',
  phone            text,
  email            text,
  declared_address text,
  whereabouts_kind text NOT NULL DEFAULT 'unknown'
    CHECK (whereabouts_kind IN ('declared_address', 'other_address', 'no_fixed_residence', 'shelter', 'institution', 'unknown')),
  whereabouts      text,
  notes            text,
  household_id     uuid REFERENCES households (id),
  -- given names and surnames folded for search (lower case, no diacritics), written by the application
  search_name      text NOT NULL,
  merged_into_id   uuid REFERENCES persons (id),
  created_by       uuid REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  version          integer NOT NULL DEFAULT 1
);
CREATE INDEX persons_search_name_trgm ON persons USING gin (search_name gin_trgm_ops);
CREATE INDEX persons_birth_date ON persons (birth_date);
CREATE INDEX persons_organisation_updated ON persons (organisation_id, updated_at DESC);
CREATE INDEX persons_created_by ON persons (created_by);
CREATE INDEX persons_household ON persons (household_id) WHERE household_id IS NOT NULL;
CREATE INDEX persons_merged_into ON persons (merged_into_id) WHERE merged_into_id IS NOT NULL;

-- Every personal code a person has had: an old-format code may be replaced by a new one once.
CREATE TABLE person_codes (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id       uuid NOT NULL REFERENCES persons (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  code            text NOT NULL CHECK (code ~ '^[0-9]{11}$'),
  format          text NOT NULL CHECK (format IN ('old', 'new')),
  valid_from      timestamptz NOT NULL DEFAULT now(),
  replaced_at     timestamptz
);
CREATE UNIQUE INDEX person_codes_code ON person_codes (code);
CREATE INDEX person_codes_person ON person_codes (person_id);

-- "related person is the person's <kind>"; the other side is read with the inverse kind.
CREATE TABLE person_relations (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  person_id         uuid NOT NULL REFERENCES persons (id),
  related_person_id uuid NOT NULL REFERENCES persons (id),
  kind              text NOT NULL CHECK (kind IN ('parent', 'child', 'partner', 'guardian', 'ward', 'support_person', 'supported_person', 'other')),
  note              text,
  created_by        uuid REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (person_id <> related_person_id)
);
CREATE INDEX person_relations_person ON person_relations (person_id);
CREATE INDEX person_relations_related ON person_relations (related_person_id);

-- Reversible merges of duplicate records: what moved is kept so an unmerge can put it back.
CREATE TABLE person_merges (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  survivor_id     uuid NOT NULL REFERENCES persons (id),
  merged_id       uuid NOT NULL REFERENCES persons (id),
  moved           jsonb NOT NULL,
  merged_by       uuid NOT NULL REFERENCES users (id),
  merged_at       timestamptz NOT NULL DEFAULT now(),
  unmerged_by     uuid REFERENCES users (id),
  unmerged_at     timestamptz
);
CREATE INDEX person_merges_survivor ON person_merges (survivor_id);
CREATE INDEX person_merges_merged ON person_merges (merged_id);

-- Cases: the programme a person is served in, and the team that serves them (drives access).
CREATE TABLE cases (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  person_id         uuid NOT NULL REFERENCES persons (id),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  programme         text NOT NULL,
  case_number       text,
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_on         date NOT NULL,
  closed_on         date,
  created_at        timestamptz NOT NULL DEFAULT now(),
  version           integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_person ON cases (person_id);
CREATE INDEX cases_organisation ON cases (organisation_id, person_id);
CREATE INDEX cases_municipality ON cases (municipality_atvk, person_id);

CREATE TABLE case_team_members (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES cases (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  user_id         uuid NOT NULL REFERENCES users (id),
  team_role       text NOT NULL CHECK (team_role IN ('social_worker', 'social_mentor', 'specialist', 'municipal_social_worker')),
  from_date       date NOT NULL,
  to_date         date
);
CREATE INDEX case_team_members_user ON case_team_members (user_id, case_id);
CREATE INDEX case_team_members_case ON case_team_members (case_id);

-- Append-only, tamper-evident audit log: each entry carries the hash of the previous entry of its chain.
-- Entries are spread over a few chains so that concurrent requests do not queue on one lock.
CREATE TABLE audit_log (
  id                    bigserial PRIMARY KEY,
  chain                 smallint NOT NULL,
  at                    timestamptz NOT NULL,
  actor_user_id         uuid,
  actor_organisation_id uuid,
  action                text NOT NULL,
  entity_type           text NOT NULL,
  entity_id             text,
  person_id             uuid,
  changes               jsonb,
  request_id            text,
  prev_hash             text NOT NULL,
  hash                  text NOT NULL
);
CREATE INDEX audit_log_chain ON audit_log (chain, id);
CREATE INDEX audit_log_person ON audit_log (person_id, id) WHERE person_id IS NOT NULL;
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
