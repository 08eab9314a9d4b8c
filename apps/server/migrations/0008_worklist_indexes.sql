-- 0008 Worklist indexes and contact-hour totals (HF-3.2, HF-2.2): the worklist reads per case the last visits from the index alone and the hours from yearly and monthly totals.

-- HF-3.2.1–3.2.2 the last visits, the first met and the last that reached the person: index-only with the outcome.
DROP INDEX visits_case_day;
CREATE INDEX visits_case_day ON visits (case_id, visited_on) INCLUDE (outcome, health_risk);

-- HF-2.2 the last contact that reached the person, and the hours of the current month, index-only.
DROP INDEX contacts_case_day;
CREATE INDEX contacts_case_day ON contacts (case_id, contact_on) INCLUDE (hours, reached_person);

-- HF-2.2 a case's contact hours per calendar year and per month, kept by a trigger on contacts, so the hours
-- up to any day are a few totals plus that month's contacts instead of every contact ever recorded.
CREATE TABLE contact_hours_totals (
  case_id      uuid NOT NULL REFERENCES cases (id),
  period       text NOT NULL CHECK (period IN ('year', 'month')),
  period_start date NOT NULL,
  hours        numeric NOT NULL,
  PRIMARY KEY (case_id, period, period_start) INCLUDE (hours)
);

CREATE FUNCTION contact_hours_totals_add(p_case uuid, p_on date, p_hours numeric) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO contact_hours_totals (case_id, period, period_start, hours)
  VALUES (p_case, 'year', date_trunc('year', p_on)::date, p_hours), (p_case, 'month', date_trunc('month', p_on)::date, p_hours)
  ON CONFLICT (case_id, period, period_start) DO UPDATE SET hours = contact_hours_totals.hours + excluded.hours;
END $$;

CREATE FUNCTION contact_hours_totals_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM contact_hours_totals_add(OLD.case_id, OLD.contact_on, -OLD.hours); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM contact_hours_totals_add(NEW.case_id, NEW.contact_on, NEW.hours); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER contacts_hours_totals AFTER INSERT OR DELETE OR UPDATE OF case_id, contact_on, hours ON contacts
  FOR EACH ROW EXECUTE FUNCTION contact_hours_totals_apply();

INSERT INTO contact_hours_totals (case_id, period, period_start, hours)
  SELECT case_id, 'year', date_trunc('year', contact_on)::date, sum(hours) FROM contacts GROUP BY 1, 3
  UNION ALL
  SELECT case_id, 'month', date_trunc('month', contact_on)::date, sum(hours) FROM contacts GROUP BY 1, 3;
