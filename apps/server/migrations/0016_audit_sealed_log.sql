-- 0016 The audit log sealed in batches (HF-2.7, HF-4.4, GDPR Art. 5(1)(f), 30, 32; issue 11 §4).
--
-- Before: every entry took its chain's advisory lock, read the chain's last hash and inserted its own hash,
-- so every person page waited on one of 16 locks until its commit. Now an entry is one plain INSERT: no
-- lock, no hash. The transaction that inserts it is stamped on the row (`txid`, the 64-bit transaction id).
-- A sealer (audit-sealer.ts, in process on an interval, at shutdown and before `npm run audit:verify`)
-- folds the new entries into one hash chain and writes a signed checkpoint of the chain head:
--
--   the chain's order is (txid, id); a checkpoint covers every entry whose txid is below `up_to_txid`, the
--   oldest transaction still running when it was sealed (pg_snapshot_xmin). No transaction below it can
--   still commit, so what a checkpoint covers never changes afterwards, while an entry committed late by a
--   long transaction is folded into the next checkpoint instead of leaving a hole.
--
-- Checkpoints are kept here (signed, append-only) and in a file outside the database; `audit:verify`
-- recomputes the chain and compares it with every checkpoint, so deleting the newest entries or emptying
-- the table shows as fewer entries or a different head than a checkpoint says.
--
-- Entries written before this migration keep their old 16 chains (chain, prev_hash, hash) and are still
-- checked that way; they come first in the sealed chain (txid NULL, in id order).

ALTER TABLE audit_log ADD COLUMN txid xid8;
-- set after the column exists, so the rows already there keep NULL (the old chains) instead of this
-- migration's own transaction id
ALTER TABLE audit_log ALTER COLUMN txid SET DEFAULT pg_current_xact_id();
-- the address the request came from (the socket's peer, or the configured proxy's X-Forwarded-For)
ALTER TABLE audit_log ADD COLUMN client_address text;
ALTER TABLE audit_log ALTER COLUMN chain DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;

DROP INDEX audit_log_chain;
CREATE INDEX audit_log_legacy_chain ON audit_log (chain, id) WHERE chain IS NOT NULL;
CREATE INDEX audit_log_seal ON audit_log (txid, id);
DROP FUNCTION audit_chain_lock(integer);

-- Which log this is: every checkpoint names it, so one checkpoint file can serve several databases.
CREATE TABLE audit_log_identity (
  log_id     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO audit_log_identity DEFAULT VALUES;

CREATE TABLE audit_checkpoints (
  seq         bigint PRIMARY KEY,
  up_to_txid  xid8 NOT NULL,
  entries     bigint NOT NULL,
  head        text NOT NULL,
  sealed_at   timestamptz NOT NULL,
  -- HMAC-SHA256 of the checkpoint (audit-chain.ts: checkpointPayload) with the audit signing key
  signature   text NOT NULL
);

CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_identity_append_only BEFORE UPDATE OR DELETE ON audit_log_identity
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();

-- TRUNCATE fires no row trigger: refuse it by a statement trigger, for the log and its checkpoints.
CREATE FUNCTION audit_log_refuses_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuses_truncate();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuses_truncate();
CREATE TRIGGER audit_log_identity_no_truncate BEFORE TRUNCATE ON audit_log_identity
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuses_truncate();

-- The application role (when the deployment names one: docs/audit-log.md, "Deployment") may only add to the log:
-- a trigger can be dropped by the table's owner, a missing privilege cannot be worked around by the app.
DO $$
DECLARE
  app_role text := current_setting('socrehab.app_role', true);
BEGIN
  IF app_role IS NOT NULL AND app_role <> '' THEN
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_checkpoints, audit_log_identity FROM %I', app_role);
    EXECUTE format('GRANT SELECT, INSERT ON audit_log, audit_checkpoints, audit_log_identity TO %I', app_role);
    EXECUTE format('GRANT USAGE ON SEQUENCE audit_log_id_seq TO %I', app_role);
  END IF;
END;
$$;
