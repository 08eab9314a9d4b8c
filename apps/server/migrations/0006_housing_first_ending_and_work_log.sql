-- 0006 Housing First ending (HF-3.3) with the joint decision for violence, exit data, and the unified work log (HF-3.4.5).

CREATE TABLE case_endings (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL UNIQUE REFERENCES cases (id),
  reason          text NOT NULL CHECK (reason IN ('term_ended', 'person_wish', 'violence', 'unreachable')),
  ends_on         date NOT NULL,
  notice_given_on date,
  destination     text NOT NULL CHECK (destination IN ('market_flat', 'social_flat', 'shelter', 'street', 'hospital', 'prison', 'died', 'unknown', 'other')),
  note            text,
  proposed_by     uuid NOT NULL REFERENCES users (id),
  status          text NOT NULL CHECK (status IN ('awaiting_confirmations', 'final')),
  created_at      timestamptz NOT NULL DEFAULT now()
);

-- HF-3.3.2 each of the social worker, the mentor and the manager confirms in their own account.
CREATE TABLE case_ending_confirmations (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  ending_id       uuid NOT NULL REFERENCES case_endings (id),
  team_role       text NOT NULL CHECK (team_role IN ('social_worker', 'social_mentor', 'manager')),
  user_id         uuid NOT NULL REFERENCES users (id),
  confirmed_at    timestamptz NOT NULL,
  UNIQUE (ending_id, team_role)
);

-- HF-3.4.5 one work log per client for every worker.
CREATE TABLE work_log_entries (
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id          uuid NOT NULL REFERENCES organisations (id),
  case_id                  uuid NOT NULL REFERENCES cases (id),
  entry_on                 date NOT NULL,
  goals                    text,
  topics                   text,
  done                     text NOT NULL,
  results                  text,
  conclusions              text,
  inter_professional_notes text,
  life_domains             text[] NOT NULL DEFAULT '{}',
  author_id                uuid NOT NULL REFERENCES users (id),
  created_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX work_log_entries_case ON work_log_entries (case_id, entry_on);
