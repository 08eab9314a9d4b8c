-- 0017 Sign-in failures counted per e-mail address, known or not (OWASP ASVS 2.2.1, 3.2 of issue 11).
--
-- Every attempt claims its place in one statement (INSERT … ON CONFLICT DO UPDATE … RETURNING) before
-- the password is verified, so concurrent wrong guesses on the PostgreSQL server are counted one by one
-- and no more than LOGIN_MAX_FAILURES passwords are checked before the lock. An e-mail that no account
-- has is counted and locked the same way, so the lockout does not tell whether an account exists.
-- The row is keyed by the SHA-256 of the normalised e-mail, so guessed addresses are not stored.
CREATE TABLE sign_in_throttle (
  email_hash   text PRIMARY KEY,
  failures     integer NOT NULL,
  locked_until timestamptz,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX sign_in_throttle_updated ON sign_in_throttle (updated_at);

-- A lock running at the upgrade stays.
INSERT INTO sign_in_throttle (email_hash, failures, locked_until, updated_at)
SELECT encode(sha256(convert_to(lower(email), 'UTF8')), 'hex'), failed_logins, locked_until, now()
FROM users
WHERE failed_logins > 0 OR locked_until > now();

ALTER TABLE users DROP COLUMN failed_logins, DROP COLUMN locked_until;
