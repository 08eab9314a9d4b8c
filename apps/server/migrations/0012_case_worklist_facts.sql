-- 0012 Each case's worklist facts, summarised once and kept until they change (HF-3.2, HF-2.2, HF-2.4).
--
-- The worklists (worklists.usecases.ts) apply the rules to each case's summarised record
-- (`summariseCaseFacts`): the recent visits, the hours summed, the last review, the latest offers… Read
-- from nine tables that is ~45 index tuples a case on every request. This table keeps, per case, that
-- record summarised over everything recorded (as of no particular day) and the case's team with its
-- dates, written by the worklist itself the first time it needs them. It holds for any day on or after
-- the newest day among the facts (`last_fact_on`); for an earlier day the worklist reads the record as of
-- that day instead. Nothing here is a rule's result: a derived copy of facts, computed on demand.
--
-- Freshness: every change of a case's facts or team bumps `version` and clears the copy (the triggers
-- below, in the writer's transaction). The worklist stores a copy only with the version it read before
-- reading the facts, and only while that is still the version, so a copy is never newer-labelled than
-- its facts; a copy whose `facts_version` is not `version` is not used.
CREATE TABLE case_worklist_facts (
  case_id       uuid PRIMARY KEY REFERENCES cases (id),
  version       bigint NOT NULL DEFAULT 0,
  facts_version bigint,
  last_fact_on  date,
  facts         json,
  team          json
);

INSERT INTO case_worklist_facts (case_id) SELECT id FROM cases;

CREATE FUNCTION case_worklist_facts_changed(p_case uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO case_worklist_facts (case_id, version) VALUES (p_case, 1)
  ON CONFLICT (case_id) DO UPDATE SET version = case_worklist_facts.version + 1, facts = NULL, team = NULL, last_fact_on = NULL, facts_version = NULL;
$$;

CREATE FUNCTION case_worklist_facts_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM case_worklist_facts_changed(OLD.case_id); END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM case_worklist_facts_changed(NEW.case_id);
  ELSIF TG_OP = 'UPDATE' THEN
    IF NEW.case_id IS DISTINCT FROM OLD.case_id THEN PERFORM case_worklist_facts_changed(NEW.case_id); END IF;
  END IF;
  RETURN NULL;
END $$;

-- every table the worklist's record is read from (visits.repository.ts, plans.repository.ts), and the team
CREATE TRIGGER visits_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON visits FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER contacts_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON contacts FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER escalation_extensions_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON escalation_extensions FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER support_offers_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON support_offers FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER rehabilitation_plans_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON rehabilitation_plans FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER plan_reviews_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON plan_reviews FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER initial_assessments_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON initial_assessments FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER functioning_assessments_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON functioning_assessments FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();
CREATE TRIGGER case_team_members_worklist_facts AFTER INSERT OR UPDATE OR DELETE ON case_team_members FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_touch();

-- a new case starts with an empty, stale copy; a renamed worker changes the team shown on their cases
CREATE FUNCTION case_worklist_facts_case_opened() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO case_worklist_facts (case_id) VALUES (NEW.id) ON CONFLICT (case_id) DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER cases_worklist_facts AFTER INSERT ON cases FOR EACH ROW EXECUTE FUNCTION case_worklist_facts_case_opened();

CREATE FUNCTION case_worklist_facts_user_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_worklist_facts_changed(m.case_id) FROM (SELECT DISTINCT case_id FROM case_team_members WHERE user_id = NEW.id) m;
  RETURN NULL;
END $$;
CREATE TRIGGER users_worklist_facts AFTER UPDATE OF display_name ON users FOR EACH ROW
  WHEN (NEW.display_name IS DISTINCT FROM OLD.display_name) EXECUTE FUNCTION case_worklist_facts_user_renamed();
