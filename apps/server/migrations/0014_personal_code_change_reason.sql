-- 0014 The reason a personal code was replaced is kept with the new code (issue 11 §2: a value the API
-- accepts is stored, never silently dropped). Null for codes that were not a change.
ALTER TABLE person_codes ADD COLUMN change_reason text;
