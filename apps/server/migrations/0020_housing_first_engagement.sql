-- 0020 Housing First engagement (HF-2.2): the agreed end moved by extensions and paused by suspensions.
-- History is kept: a row is never changed but to cancel it (with who, when and why); a correction is a new row.

CREATE TABLE engagement_extensions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  decided_on      date NOT NULL,
  months          smallint CHECK (months BETWEEN 1 AND 24),
  new_end_on      date,
  reason          text NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  cancelled_at    timestamptz,
  cancelled_by    uuid REFERENCES users (id),
  cancel_reason   text,
  CHECK ((months IS NULL) <> (new_end_on IS NULL)),
  CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL) = (cancel_reason IS NULL))
);
CREATE INDEX engagement_extensions_case ON engagement_extensions (case_id, decided_on);

CREATE TABLE engagement_suspensions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES cases (id),
  from_on         date NOT NULL,
  to_on           date NOT NULL CHECK (to_on >= from_on),
  reason          text NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  cancelled_at    timestamptz,
  cancelled_by    uuid REFERENCES users (id),
  cancel_reason   text,
  CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL) AND (cancelled_at IS NULL) = (cancel_reason IS NULL))
);
CREATE INDEX engagement_suspensions_case ON engagement_suspensions (case_id, from_on);
