-- 0024 Individual Budget model (seed 002, IB-1 – IB-6): the programme, its cases, the team's assessments with both rankings and the period's indicative budget, the support plan's versions, the ledger of delivered and spent, the family's difficulties, service interruptions, and each municipality's service catalogue with prices, providers, distances and shortages.

INSERT INTO programmes (code, name_lv, name_en)
VALUES ('individual_budget', 'Individuālā budžeta modelis', 'Individual budget model')
ON CONFLICT (code) DO NOTHING;

-- IB-1 an Individual Budget case (one row per core case of the programme): the pilot, the referral and who shares responsibility for the plan.
CREATE TABLE ib_cases (
  case_id             uuid PRIMARY KEY REFERENCES cases (id),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  pilot               text NOT NULL CHECK (pilot IN ('children_functional_impairments', 'adults_mental_disorders')),
  referred_on         date NOT NULL,
  representative      text NOT NULL CHECK (representative IN ('parents', 'person', 'guardian')),
  representative_name text,
  ending_reason       text CHECK (ending_reason IN ('pilot_ended', 'goals_reached', 'person_withdrew', 'moved_away', 'died', 'other')),
  ending_note         text,
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ib_cases_organisation ON ib_cases (organisation_id);

-- IB-1, IB-2 the multi-professional team's assessment: its members, shared goals, the team's ranking with intensity, the family's ranking, and the indicative budget of the 6-month period it opens.
CREATE TABLE ib_assessments (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES ib_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  assessed_on     date NOT NULL,
  team            text[] NOT NULL,
  goals           text[] NOT NULL,
  team_ranking    jsonb NOT NULL,
  family_ranking  jsonb NOT NULL,
  ranked_by       text NOT NULL CHECK (ranked_by IN ('parents', 'person', 'guardian')),
  budget_cents    integer NOT NULL CHECK (budget_cents > 0),
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, assessed_on)
);

-- IB-3 the support plan, one row per version (plans change often; every version is kept): services, providers, schedule, intensity and unit price.
CREATE TABLE ib_plan_versions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES ib_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  version         integer NOT NULL CHECK (version >= 1),
  valid_from      date NOT NULL,
  reason          text NOT NULL,
  lines           jsonb NOT NULL,
  agreed_by       text NOT NULL CHECK (agreed_by IN ('parents', 'person', 'guardian')),
  agreed_on       date NOT NULL,
  created_by      uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, version)
);

-- IB-4 a service's delivered volume and spending in a month (one figure per service and month, corrected in place).
CREATE TABLE ib_deliveries (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES ib_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  service         text NOT NULL,
  month           date NOT NULL CHECK (extract(day FROM month) = 1),
  delivered       numeric(7, 2) NOT NULL CHECK (delivered >= 0),
  spent_cents     integer NOT NULL CHECK (spent_cents >= 0),
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, service, month)
);

-- IB-4 a difficulty the family reports in carrying out the plan.
CREATE TABLE ib_difficulties (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES ib_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  reported_on     date NOT NULL,
  service         text,
  description     text NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ib_difficulties_case ON ib_difficulties (case_id);

-- IB-5 a service interrupted from a day to a day (open while not resumed), with its reason.
CREATE TABLE ib_interruptions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES ib_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  service         text NOT NULL,
  from_date       date NOT NULL,
  to_date         date CHECK (to_date IS NULL OR to_date >= from_date),
  reason          text NOT NULL CHECK (reason IN ('emergency_situation', 'provider_unavailable', 'specialist_shortage', 'person_health', 'family_reasons', 'other')),
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ib_interruptions_case ON ib_interruptions (case_id);

-- IB-3, IB-5 each municipality's service catalogue: unit price, the provider, the distance to the nearest one, a shortage of providers or specialists.
CREATE TABLE ib_catalogue (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_atvk text NOT NULL,
  service           text NOT NULL,
  unit_price_cents  integer NOT NULL CHECK (unit_price_cents > 0),
  provider_name     text,
  nearest_km        numeric(6, 1) NOT NULL CHECK (nearest_km >= 0),
  shortage          boolean NOT NULL DEFAULT false,
  note              text,
  updated_by        uuid REFERENCES users (id),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_atvk, service)
);
