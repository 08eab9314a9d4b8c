-- 0037 The Individual Budget's worklist reads each case's assessment budgets from the index alone (IB-4; issue 16).
--
-- The worklist finds each open case's current budget period from the days and budgets of its assessments
-- (`findAssessmentBudgets`). An assessment's row carries its team, goals and rankings (~800 bytes), so the Rīga
-- social service's 1 200 cases read the whole table (1 041 pages) for 2 284 days and budgets. With the budget beside
-- the key the read is index-only: 44 ms before, 4 ms after on the bench (EXPLAIN ANALYZE). The day stays unique
-- per case under the same name (a second assessment on a day is refused as before).
ALTER TABLE ib_assessments
  DROP CONSTRAINT ib_assessments_case_id_assessed_on_key,
  ADD CONSTRAINT ib_assessments_case_id_assessed_on_key UNIQUE (case_id, assessed_on) INCLUDE (budget_cents);
