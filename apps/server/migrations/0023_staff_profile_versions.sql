-- 0023 HF-2.6 every saved version of a staff member's profile (qualifications and languages) is kept,
-- with who saved it and when: a save no longer loses what was recorded before it. The current profile
-- stays in staff_qualifications / staff_languages (the lists and the case team read it); each save also
-- writes the whole profile as saved here, numbered per staff member.

CREATE TABLE staff_profile_versions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  user_id         uuid NOT NULL REFERENCES users (id),
  version         integer NOT NULL CHECK (version >= 1),
  qualifications  jsonb NOT NULL,
  languages       jsonb NOT NULL,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, version)
);

-- The profiles recorded before this migration become their staff member's first version, dated and
-- signed by their newest row (the save that wrote them).
INSERT INTO staff_profile_versions (organisation_id, user_id, version, qualifications, languages, recorded_by, recorded_at)
SELECT u.organisation_id, u.id, 1,
  coalesce((SELECT jsonb_agg(jsonb_build_object('kind', q.kind, 'title', q.title, 'issuer', q.issuer, 'obtainedOn', q.obtained_on, 'validUntil', q.valid_until)
            ORDER BY q.obtained_on NULLS FIRST, q.created_at) FROM staff_qualifications q WHERE q.user_id = u.id), '[]'::jsonb),
  coalesce((SELECT jsonb_agg(jsonb_build_object('language', l.language, 'level', l.level) ORDER BY l.language) FROM staff_languages l WHERE l.user_id = u.id), '[]'::jsonb),
  last.recorded_by, last.created_at
FROM users u
JOIN LATERAL (
  SELECT recorded_by, created_at FROM (
    SELECT recorded_by, created_at FROM staff_qualifications WHERE user_id = u.id
    UNION ALL SELECT recorded_by, created_at FROM staff_languages WHERE user_id = u.id
  ) x ORDER BY created_at DESC LIMIT 1
) last ON true;
