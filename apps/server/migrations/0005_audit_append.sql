-- 0005 Audit append in two round trips instead of three (bench/README.md, "Where the time goes").
--
-- Takes the chain's advisory transaction lock and returns the hash of the chain's last entry (NULL for
-- an empty chain) in one call. The entry's hash is still computed in Node (audit-chain.ts) and inserted
-- by the next statement, still under the lock, which is held until the transaction ends: within a chain,
-- id order stays commit order.
--
-- The function is VOLATILE, so its SELECT takes a fresh snapshot after the lock is granted (READ
-- COMMITTED) and sees the previous holder's committed entry. The lock key (48151, chain) is the one
-- audit.repository.ts used before, so a process still running the old three-statement code and one
-- running this serialise on the same lock.
CREATE FUNCTION audit_chain_lock(p_chain integer) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(48151, p_chain);
  SELECT a.hash INTO last_hash FROM audit_log a WHERE a.chain = p_chain ORDER BY a.id DESC LIMIT 1;
  RETURN last_hash;
END;
$$;
