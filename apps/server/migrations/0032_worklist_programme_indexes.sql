-- 0032 The worklists' reads of one programme's cases in an organisation (issue 16), and the Individual Budget's
-- deliveries of a budget period's months (IB-4).
--
-- A programme's worklist reads an organisation's open cases of that programme: by `cases_organisation` alone the
-- Rīga social service's 442 Individual Budget cases were found among its 23 000 cases of every programme.
CREATE INDEX cases_organisation_programme ON cases (organisation_id, programme, opened_on);

-- IB-4 the worklist counts only the current budget period's months of each case: read by case and month, not the
-- case's whole history (~100 rows a case on the bench) filtered afterwards.
CREATE INDEX ib_deliveries_case_month ON ib_deliveries (case_id, month);
