-- 0035 A worklist for an earlier day reads each case's plan facts from the indexes alone (HF-3.2.3–3.2.5; issue 16).
--
-- For a day whose kept records do not hold (migration 0012), the list reads the offers, the plan in force, the
-- reviews and the assessments up to that day for every served case at once (`findPlanFacts`). A case's rows were
-- recorded months apart, so each row sat on a page of its own: the Rīga social service's 4 727 cases read 17 644
-- offers, 9 076 plan versions and 4 727 first assessments from ~25 000 table pages. With the columns those reads use
-- beside the keys they are index-only scans, as the visits and contacts already are (migration 0008): the statement
-- took 400 ms before and 210 ms after on the bench (EXPLAIN ANALYZE, 15.06.2026).

-- HF-3.2.3 the offers up to the day in the order recorded, the latest per service; HF-3.2.4 the initial plan offer
DROP INDEX support_offers_case;
CREATE INDEX support_offers_case ON support_offers (case_id, offered_on) INCLUDE (offered, answer, created_at, id);

-- HF-3.2.5 the plan in force on the day (its newest version started by then and not ended); the version stays unique
ALTER TABLE rehabilitation_plans
  DROP CONSTRAINT rehabilitation_plans_case_id_version_key,
  ADD CONSTRAINT rehabilitation_plans_case_id_version_key UNIQUE (case_id, version) INCLUDE (started_on, ended_on);

-- HF-3.2.5 the last assessment up to the day
DROP INDEX initial_assessments_case;
CREATE INDEX initial_assessments_case ON initial_assessments (case_id, created_at DESC) INCLUDE (assessed_on);
