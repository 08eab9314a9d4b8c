-- 0022 HF-2.6 what each staff member brings: qualifications (education, profession, certificates with
-- their dates) and languages with a level — the core's, programme-neutral; and HF-3.4.6 a Housing First
-- case's inter-institutional cooperation protocols, each correction a new version (history kept).

CREATE TABLE staff_qualifications (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  user_id         uuid NOT NULL REFERENCES users (id),
  kind            text NOT NULL CHECK (kind IN ('education', 'profession', 'certificate', 'training')),
  title           text NOT NULL,
  issuer          text,
  obtained_on     date,
  valid_until     date,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_qualifications_user ON staff_qualifications (user_id);

-- HF-2.6 one row per language a staff member speaks, with a level (native, or CEFR-like C, B, A).
CREATE TABLE staff_languages (
  user_id         uuid NOT NULL REFERENCES users (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  language        text NOT NULL,
  level           text NOT NULL CHECK (level IN ('native', 'advanced', 'intermediate', 'basic')),
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, language)
);

-- HF-3.4.6 a cooperation protocol of a case: every version kept; `protocol_id` is the id of its first version.
CREATE TABLE cooperation_protocols (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  case_id           uuid NOT NULL REFERENCES cases (id),
  protocol_id       uuid NOT NULL,
  version           integer NOT NULL CHECK (version >= 1),
  held_on           date NOT NULL,
  institutions      text[] NOT NULL,
  participants      text[] NOT NULL,
  topic             text NOT NULL,
  agreed            text NOT NULL,
  actions           jsonb NOT NULL,
  correction_reason text,
  recorded_by       uuid NOT NULL REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (protocol_id, version)
);
CREATE INDEX cooperation_protocols_case ON cooperation_protocols (case_id, held_on);
