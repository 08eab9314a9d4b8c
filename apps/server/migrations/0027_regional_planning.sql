-- 0027 Regional planning of social services (seed 001, RP-1 – RP-7): the programme, the update rounds with each municipality's part (its figures, development model and forecasts, versioned by round), and inter-municipal cooperation agreements. Aggregates only: no personal data.

INSERT INTO programmes (code, name_lv, name_en)
VALUES ('regional_planning', 'Sociālo pakalpojumu reģionālā plānošana', 'Regional planning of social services')
ON CONFLICT (code) DO NOTHING;

-- RP-6 an update round of a planning region: opened with a deadline, closed once; the catalogue version it was run on (RP-1).
CREATE TABLE rp_rounds (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_code       text NOT NULL REFERENCES planning_regions (code),
  name              text NOT NULL,
  opened_on         date NOT NULL,
  deadline          date NOT NULL CHECK (deadline > opened_on),
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  closed_on         date,
  catalogue_version integer NOT NULL,
  opened_by         uuid NOT NULL REFERENCES users (id),
  closed_by         uuid REFERENCES users (id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'closed') = (closed_on IS NOT NULL))
);
-- RP-6 one open round per region at a time
CREATE UNIQUE INDEX rp_rounds_one_open ON rp_rounds (region_code) WHERE status = 'open';

-- RP-6 a municipality's part of a round: its state, the version a save is checked against, who confirmed, the last reminder.
CREATE TABLE rp_parts (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id          uuid NOT NULL REFERENCES rp_rounds (id),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  status            text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'confirmed')),
  version           integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  confirmed_on      date,
  confirmed_by      uuid REFERENCES users (id),
  last_reminded_on  date,
  reminders         integer NOT NULL DEFAULT 0,
  updated_by        uuid REFERENCES users (id),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, municipality_atvk)
);

-- RP-2, RP-7 a municipality's figures for a catalogue service in a round (null: not known), clients split by target group.
CREATE TABLE rp_figures (
  round_id          uuid NOT NULL REFERENCES rp_rounds (id),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  service           text NOT NULL,
  providers         integer CHECK (providers >= 0),
  places            integer CHECK (places >= 0),
  clients           integer CHECK (clients >= 0),
  waiting           integer CHECK (waiting >= 0),
  waiting_days      integer CHECK (waiting_days >= 0),
  cost_cents        bigint CHECK (cost_cents >= 0),
  clients_by_group  jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (round_id, municipality_atvk, service)
);

-- RP-3 the municipality's development model in a round (its history: one version per round): its stance on a service and why.
CREATE TABLE rp_models (
  round_id          uuid NOT NULL REFERENCES rp_rounds (id),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  service           text NOT NULL,
  stance            text NOT NULL CHECK (stance IN ('priority', 'ready_to_support', 'not_planned')),
  reason            text,
  PRIMARY KEY (round_id, municipality_atvk, service)
);

-- RP-5 the clients forecast in a round for a service and a coming year, with the method stated.
CREATE TABLE rp_forecasts (
  round_id          uuid NOT NULL REFERENCES rp_rounds (id),
  municipality_atvk text NOT NULL REFERENCES municipalities (atvk),
  service           text NOT NULL,
  year              integer NOT NULL,
  method            text NOT NULL CHECK (method IN ('rate_per_resident', 'linear_trend')),
  rate_per_thousand numeric(10, 2),
  clients           integer NOT NULL CHECK (clients >= 0),
  PRIMARY KEY (round_id, municipality_atvk, service, year)
);

-- RP-4 an inter-municipal cooperation agreement: the service, the partners' shares of cost and places (each summing to 100 %), its dates.
CREATE TABLE rp_cooperation (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_code  text NOT NULL REFERENCES planning_regions (code),
  service      text NOT NULL,
  name         text NOT NULL,
  valid_from   date NOT NULL,
  valid_to     date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  shares       jsonb NOT NULL,
  created_by   uuid NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);
