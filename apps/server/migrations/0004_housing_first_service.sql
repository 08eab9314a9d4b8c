-- 0004 Housing First receiving the service (HF-2.2, HF-3.2): weekly visit slots, visits, contacts with hours, escalation extensions, offers, plans and reviews, functioning assessments.

-- HF-3.2.1 a fixed weekly slot per case (ISO weekday 1 = Monday … 7 = Sunday).
CREATE TABLE visit_slots (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  weekday         smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  at_time         text NOT NULL CHECK (at_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  from_date       date NOT NULL,
  set_by          uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visit_slots_case ON visit_slots (case_id, from_date DESC);

-- HF-3.2.1 a home visit: who, where, how it went, the dwelling's condition and the person's state.
CREATE TABLE visits (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id  uuid NOT NULL REFERENCES organisations (id),
  case_id          uuid NOT NULL REFERENCES cases (id),
  visited_on       date NOT NULL,
  at_time          text CHECK (at_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  worker_ids       uuid[] NOT NULL,
  place            text NOT NULL,
  outcome          text NOT NULL CHECK (outcome IN ('met', 'not_home_no_notice', 'notice_given', 'met_elsewhere', 'phone_only')),
  health_risk      boolean NOT NULL DEFAULT false,
  dwelling_condition text,
  technical_faults text,
  person_state     jsonb NOT NULL DEFAULT '{}',
  hours            numeric(5, 2) NOT NULL DEFAULT 0 CHECK (hours >= 0),
  recorded_by      uuid NOT NULL REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX visits_case_day ON visits (case_id, visited_on);

-- HF-2.2 every contact with the provider's experts, with its hours and the life domains it served (HF-2.1).
CREATE TABLE contacts (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  visit_id        uuid REFERENCES visits (id),
  contact_on      date NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('home_visit', 'phone_call', 'accompanying', 'consultation', 'group_session', 'remote')),
  mode            text NOT NULL CHECK (mode IN ('in_person', 'phone', 'remote')),
  hours           numeric(5, 2) NOT NULL CHECK (hours > 0),
  worker_id       uuid NOT NULL REFERENCES users (id),
  life_domains    text[] NOT NULL DEFAULT '{}',
  reached_person  boolean NOT NULL DEFAULT true,
  justification   text,
  justified_by    uuid REFERENCES users (id),
  notes           text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_case_day ON contacts (case_id, contact_on);

-- HF-3.3.3 the team waits one more month before evaluating termination, with its reason.
CREATE TABLE escalation_extensions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  recorded_on     date NOT NULL,
  reason          text NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX escalation_extensions_case ON escalation_extensions (case_id);

-- HF-3.2.3 offers of additional services; HF-3.2.4 offers of the initial plan and of a WRAP.
CREATE TABLE support_offers (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  offered         text NOT NULL CHECK (offered IN ('initial_plan', 'wrap', 'psychologist', 'narcologist', 'psychiatrist', 'lawyer', 'career_consultant', 'medical_specialist', 'support_group')),
  offered_on      date NOT NULL,
  answer          text NOT NULL CHECK (answer IN ('accepted', 'declined', 'later')),
  told_not_a_condition boolean NOT NULL DEFAULT true,
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_offers_case ON support_offers (case_id, offered_on);

-- HF-3.4.4 the individual rehabilitation plan: each save is a new version; reviews every two weeks (HF-3.2.5).
CREATE TABLE rehabilitation_plans (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  version         integer NOT NULL,
  started_on      date NOT NULL,
  ended_on        date,
  goals           jsonb NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, version)
);

CREATE TABLE plan_reviews (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  reviewed_on     date NOT NULL,
  note            text NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_reviews_case ON plan_reviews (case_id, reviewed_on);

-- HF-2.4, HF-4.3 social functioning re-assessments after the initial one.
CREATE TABLE functioning_assessments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  assessed_on     date NOT NULL,
  summary         text NOT NULL,
  domain_needs    jsonb NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX functioning_assessments_case ON functioning_assessments (case_id, assessed_on);

-- Worklists walk the active team memberships of a worker or an organisation.
CREATE INDEX case_team_members_organisation ON case_team_members (organisation_id, user_id);
