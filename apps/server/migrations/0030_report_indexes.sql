-- 0030 The reports' reads that walked whole tables on the generated dataset (issue 16, bench/plans.ts).
--
-- HF-4.2 the indicator report of a funder reads one programme's cases of every organisation.
CREATE INDEX cases_programme_opened ON cases (programme, opened_on);

-- FS-6 the family support report reads the mentor matches of its cases, ended ones included (only the partial
-- unique index of active matches existed).
CREATE INDEX fs_mentor_matches_case ON fs_mentor_matches (case_id);

-- RP-2 the regional overview counts the persons waiting in the region's municipalities during a year, those who
-- left included (only the partial index of current entries existed).
CREATE INDEX waiting_list_entries_municipality_added ON waiting_list_entries (municipality_atvk, added_on);
