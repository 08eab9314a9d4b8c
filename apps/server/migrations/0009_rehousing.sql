-- 0009 Re-housing after a lease breach (HF-3.2.6): a matching round per breach, offers that belong to the round, the dwelling change kept with its date.

-- A lease breach opens a round; the round closes when the person moves to the chosen dwelling.
-- The row is also the history of the dwelling change: from which dwelling, to which, on what day.
CREATE TABLE rehousing_rounds (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  case_id           uuid NOT NULL REFERENCES cases (id),
  incident_id       uuid NOT NULL UNIQUE REFERENCES case_incidents (id),
  opened_on         date NOT NULL,
  from_dwelling_id  uuid REFERENCES dwellings (id),
  to_dwelling_id    uuid REFERENCES dwellings (id),
  moved_on          date,
  closed_on         date,
  moved_by          uuid REFERENCES users (id),
  note              text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((closed_on IS NULL) = (moved_on IS NULL))
);
-- At most one open round per case: a second breach while re-housing is under way opens none.
CREATE UNIQUE INDEX rehousing_rounds_one_open ON rehousing_rounds (case_id) WHERE closed_on IS NULL;

-- Offers of a re-housing round belong to the round, not to the application (whose offers stay the
-- granting round of HF-3.1.5); an offer belongs to exactly one of the two.
ALTER TABLE dwelling_offers ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE dwelling_offers ADD COLUMN rehousing_round_id uuid REFERENCES rehousing_rounds (id);
ALTER TABLE dwelling_offers ADD CONSTRAINT dwelling_offers_one_round CHECK ((application_id IS NULL) <> (rehousing_round_id IS NULL));
CREATE UNIQUE INDEX dwelling_offers_rehousing ON dwelling_offers (rehousing_round_id, dwelling_id) WHERE rehousing_round_id IS NOT NULL;
