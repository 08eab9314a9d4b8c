-- 0018 The core as a platform (issue 12): case numbers counted per programme within the programme's own
-- numbering scope, and the records of the core's evaluation schedule.

-- Case numbers: each programme counts within its scope (an organisation, or a municipality) and year.
-- The counters so far are Housing First's, per organisation (HF-3.1.7.3).
INSERT INTO programmes (code, name_lv, name_en) VALUES ('housing_first', 'Mājoklis vispirms', 'Housing First') ON CONFLICT (code) DO NOTHING;
ALTER TABLE case_number_counters ADD COLUMN programme_code text NOT NULL DEFAULT 'housing_first' REFERENCES programmes (code);
ALTER TABLE case_number_counters ADD COLUMN scope_key text;
UPDATE case_number_counters SET scope_key = organisation_id::text;
ALTER TABLE case_number_counters ALTER COLUMN scope_key SET NOT NULL;
ALTER TABLE case_number_counters ALTER COLUMN programme_code DROP DEFAULT;
ALTER TABLE case_number_counters DROP CONSTRAINT case_number_counters_pkey;
ALTER TABLE case_number_counters DROP COLUMN organisation_id;
ALTER TABLE case_number_counters ADD PRIMARY KEY (programme_code, scope_key, year);

-- The evaluation schedule's records (HF-4.3, IP-5, IP-6): an instrument of a programme completed on a day,
-- about a case, or by a provider about itself; its answers, or a score, or both.
CREATE TABLE evaluations (
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme_code           text NOT NULL REFERENCES programmes (code),
  instrument               text NOT NULL,
  case_id                  uuid REFERENCES cases (id),
  provider_organisation_id uuid REFERENCES organisations (id),
  recorded_on              date NOT NULL,
  score                    numeric(7, 2),
  answers                  jsonb NOT NULL DEFAULT '{}',
  note                     text,
  recorded_by              uuid NOT NULL REFERENCES users (id),
  created_at               timestamptz NOT NULL DEFAULT now(),
  CHECK ((case_id IS NULL) <> (provider_organisation_id IS NULL))
);
CREATE INDEX evaluations_case ON evaluations (case_id, instrument, recorded_on) WHERE case_id IS NOT NULL;
CREATE INDEX evaluations_provider ON evaluations (provider_organisation_id, programme_code, instrument, recorded_on) WHERE provider_organisation_id IS NOT NULL;
