-- 0036 The worklists' cases labelled by the core, for the items shown (issue 16; HF-3.2, HF-2.4).
--
-- A programme's worklist now says what is due on which case; the core adds the case's number, the
-- person's name and the team on the day to the items a list shows, under the access rule
-- (open-cases.repository.ts `findCaseLabels`) — a worker's few items, an organisation's page of 60. The
-- team kept with each case's worklist record (migration 0012), and the triggers that cleared the record
-- when a team or a worker's name changed, are no longer read: the record is the case's facts alone.
DROP TRIGGER case_team_members_worklist_facts ON case_team_members;
DROP TRIGGER users_worklist_facts ON users;
DROP FUNCTION case_worklist_facts_user_renamed();

CREATE OR REPLACE FUNCTION case_worklist_facts_changed(p_case uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_worklist_facts (case_id, version) VALUES (p_case, 1)
  ON CONFLICT (case_id) DO UPDATE SET version = case_worklist_facts.version + 1, facts = NULL, last_fact_on = NULL, facts_version = NULL;
$$;

ALTER TABLE case_worklist_facts DROP COLUMN team;
