-- 0021 The register of disclosures (HF-4.4, GDPR Art. 30; issue 13): every research extract and every
-- handover package passed out of the system — to whom, on what legal basis, for what purpose, on which
-- day, what (kind, rows, the files' SHA-256 checksums) and who produced it. The history is kept: rows
-- are only added, an UPDATE or a DELETE is refused. Each is audited too ('research_extract', 'handover').
CREATE TABLE disclosures (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  programme       text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('research_extract', 'funder_handover')),
  recipient       text NOT NULL,
  legal_basis     text NOT NULL,
  purpose         text NOT NULL,
  disclosed_on    date NOT NULL,
  -- the data file's rows, and the case files in a handover package
  data_rows       integer NOT NULL,
  case_files      integer NOT NULL DEFAULT 0,
  -- [{ name, sha256, bytes }] of every file passed, and the handover act's own checksum
  files           jsonb NOT NULL,
  act_sha256      text,
  -- the research extract's k-anonymity report (k, smallest class, generalisations, suppressed rows)
  report          jsonb,
  produced_by     uuid NOT NULL REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX disclosures_organisation ON disclosures (organisation_id, created_at DESC);

CREATE FUNCTION disclosures_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'disclosures are kept: rows are only added';
END;
$$;
CREATE TRIGGER disclosures_append_only BEFORE UPDATE OR DELETE ON disclosures
  FOR EACH ROW EXECUTE FUNCTION disclosures_append_only();
