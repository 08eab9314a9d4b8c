-- 0026 issue 14, protected address: a victim of domestic violence may have their address hidden from
-- everyone without a need to know (GDPR Art. 9, 32). One row per period of protection: set (who, when,
-- why) and, once cleared, cleared (who, when, why) — the history is kept, nothing is updated but the
-- clearing of the period in force, and at most one period is in force per person.

CREATE TABLE person_address_protections (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id       uuid NOT NULL REFERENCES persons (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  set_at          timestamptz NOT NULL DEFAULT now(),
  set_by          uuid NOT NULL REFERENCES users (id),
  reason          text NOT NULL CHECK (length(btrim(reason)) > 0),
  cleared_at      timestamptz,
  cleared_by      uuid REFERENCES users (id),
  clear_reason    text,
  CHECK ((cleared_at IS NULL) = (cleared_by IS NULL) AND (cleared_at IS NULL) = (clear_reason IS NULL))
);
-- a second protection set at the same moment is a unique clash (409), never two periods in force
CREATE UNIQUE INDEX person_address_protections_in_force ON person_address_protections (person_id) WHERE cleared_at IS NULL;
CREATE INDEX person_address_protections_person ON person_address_protections (person_id, set_at);
