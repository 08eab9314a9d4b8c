-- 0007 Housing First changes (HF-3.2.6–3.2.7): worker changes with their reason, damage and lease-breach incidents; calendar feed links per worker (HF-3.2.1).

ALTER TABLE case_team_members ADD COLUMN change_reason text;

CREATE TABLE case_incidents (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  kind            text NOT NULL CHECK (kind IN ('dwelling_damage', 'lease_breach', 'other')),
  occurred_on     date NOT NULL,
  description     text NOT NULL,
  action_taken    text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_incidents_case ON case_incidents (case_id, occurred_on);

-- A secret link per worker to a calendar of planned visits; the table keeps only the token's SHA-256.
CREATE TABLE calendar_feeds (
  token_hash  text PRIMARY KEY,
  user_id     uuid NOT NULL UNIQUE REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
