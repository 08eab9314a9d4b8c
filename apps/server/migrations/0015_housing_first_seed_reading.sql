-- 0015 Housing First rules as seed 004 reads them (HF-2.7, HF-3.2.2, HF-3.3.3).

-- HF-2.7, HF-3.2.2 the provider may inspect the dwelling after 15 days absent and unreachable, "or another
-- period agreed with the person": agreed per case (a day to three months).
ALTER TABLE cases ADD COLUMN inspection_after_days smallint NOT NULL DEFAULT 15
  CHECK (inspection_after_days BETWEEN 1 AND 92);

-- A case imported from a case history carries no move-in (the format leaves the dwelling's records out): the
-- day its service began (its first visit or contact) serves it like a move-in — on the worklists, for home visits.
ALTER TABLE cases ADD COLUMN service_began_on date;

-- The worklists' kept records (migration 0012) were summarised from the day the person was last reached;
-- the week now counts from the last meeting at home (summariseCaseFacts), so every kept record is stale.
UPDATE case_worklist_facts SET version = version + 1, facts = NULL, team = NULL, last_fact_on = NULL, facts_version = NULL;
