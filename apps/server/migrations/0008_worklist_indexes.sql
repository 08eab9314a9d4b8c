-- 0008 Worklist indexes (HF-3.2, HF-2.2): the worklist reads per case the last visits and the contact hours from the index alone.

-- HF-3.2.1–3.2.2 the last visit, the last one that reached the person, the first met and the misses since: index-only with the outcome.
DROP INDEX visits_case_day;
CREATE INDEX visits_case_day ON visits (case_id, visited_on) INCLUDE (outcome, health_risk);

-- HF-2.2 the engagement's hours summed and the last contact that reached the person, index-only.
DROP INDEX contacts_case_day;
CREATE INDEX contacts_case_day ON contacts (case_id, contact_on) INCLUDE (hours, reached_person);
