-- 0019 Individual Programme (seed 000, IP-1 – IP-6): the programme and its reference cost, its cases with their granting, recipients, service lines planned and delivered, costs and co-payments.

INSERT INTO programmes (code, name_lv, name_en)
VALUES ('individual_programme', 'Individuālā sociālās rehabilitācijas programma', 'Individual social rehabilitation programme')
ON CONFLICT (code) DO NOTHING;

-- IP-3 the reference cost per person per month (about 2 900 € in Rīga since the service began in 2017), a version of the core's programme settings, valued per municipality.
INSERT INTO programme_settings (programme_code, effective_from, settings)
VALUES ('individual_programme', '2017-01-01', '{"referenceMonthlyCostCents": {"0001000": 290000}}')
ON CONFLICT (programme_code, effective_from) DO NOTHING;

-- IP-1 an Individual Programme case (one row per core case of the programme): the granting decision —
-- the unmet need and the community services considered, no income, no required end — and its subject,
-- a person or a family (household).
CREATE TABLE ip_cases (
  case_id                       uuid PRIMARY KEY REFERENCES cases (id),
  organisation_id               uuid NOT NULL REFERENCES organisations (id),
  household_id                  uuid REFERENCES households (id),
  service_agreement_id          uuid NOT NULL REFERENCES service_agreements (id),
  target_group                  text NOT NULL CHECK (target_group IN ('children_with_disabilities', 'adults_with_mental_disorders', 'families_parents_mental_disorders', 'violence_victims')),
  decided_on                    date NOT NULL,
  decided_by                    uuid NOT NULL REFERENCES users (id),
  community_services_considered text NOT NULL,
  unmet_need_reason             text NOT NULL,
  service_place                 text NOT NULL CHECK (service_place IN ('home', 'provider', 'programme_housing')),
  agreement_ends_on             date,
  ending_reason                 text CHECK (ending_reason IN ('goals_reached', 'client_ended', 'moved_away', 'other_service', 'died', 'other')),
  ending_note                   text,
  created_at                    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ip_cases_organisation ON ip_cases (organisation_id);

-- IP-1, IP-4 who receives the service in a case: the person, or the family's members who do.
CREATE TABLE ip_recipients (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES ip_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  person_id       uuid NOT NULL REFERENCES persons (id),
  from_date       date NOT NULL,
  to_date         date,
  UNIQUE (case_id, person_id)
);
CREATE INDEX ip_recipients_person ON ip_recipients (person_id);

-- IP-2 the plan's service lines (the content catalogue) with the volume planned per month.
CREATE TABLE ip_service_lines (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id            uuid NOT NULL REFERENCES ip_cases (case_id),
  organisation_id    uuid NOT NULL REFERENCES organisations (id),
  line               text NOT NULL CHECK (line IN ('housing', 'monitoring_24h', 'consultations', 'skills_support', 'communication_support', 'integration_events')),
  skill_areas        text[] NOT NULL DEFAULT '{}',
  unit               text NOT NULL CHECK (unit IN ('hours', 'times', 'days')),
  planned_per_month  numeric(7, 2) NOT NULL CHECK (planned_per_month >= 0),
  from_month         date NOT NULL CHECK (extract(day FROM from_month) = 1),
  to_month           date CHECK (to_month IS NULL OR (extract(day FROM to_month) = 1 AND to_month >= from_month)),
  dwelling_id        uuid REFERENCES dwellings (id),
  note               text,
  created_by         uuid NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ip_service_lines_case ON ip_service_lines (case_id);

-- IP-2 the volume delivered of a line in a month (one figure per line and month, corrected in place).
CREATE TABLE ip_service_deliveries (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_line_id uuid NOT NULL REFERENCES ip_service_lines (id),
  case_id         uuid NOT NULL REFERENCES ip_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  month           date NOT NULL CHECK (extract(day FROM month) = 1),
  delivered       numeric(7, 2) NOT NULL CHECK (delivered >= 0),
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (service_line_id, month)
);
CREATE INDEX ip_service_deliveries_case ON ip_service_deliveries (case_id, month);

-- IP-3 a case's cost in a month by kind (staff, housing): planned, and actual once known; euro cents.
CREATE TABLE ip_costs (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES ip_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  month           date NOT NULL CHECK (extract(day FROM month) = 1),
  kind            text NOT NULL CHECK (kind IN ('staff', 'housing')),
  planned_cents   integer NOT NULL CHECK (planned_cents >= 0),
  actual_cents    integer CHECK (actual_cents >= 0),
  recorded_by     uuid NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, month, kind)
);
CREATE INDEX ip_costs_organisation_month ON ip_costs (organisation_id, month);

-- IP-3 the client's co-payment for the flat from a month on, with the assessment and plan it was set from.
CREATE TABLE ip_co_payments (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id           uuid NOT NULL REFERENCES ip_cases (case_id),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  effective_from    date NOT NULL CHECK (extract(day FROM effective_from) = 1),
  rent_cents        integer NOT NULL CHECK (rent_cents >= 0),
  management_cents  integer NOT NULL CHECK (management_cents >= 0),
  electricity_cents integer NOT NULL CHECK (electricity_cents >= 0),
  gas_cents         integer NOT NULL CHECK (gas_cents >= 0),
  utilities_cents   integer NOT NULL CHECK (utilities_cents >= 0),
  basis             text NOT NULL,
  assessed_on       date NOT NULL,
  recorded_by       uuid NOT NULL REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (case_id, effective_from)
);
