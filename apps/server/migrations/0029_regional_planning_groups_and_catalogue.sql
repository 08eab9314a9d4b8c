-- 0029 Regional planning: every figure that adds up split by target group (RP-7), and the catalogue's versions the region's planner publishes (RP-1).

-- RP-7 places, persons waiting and cost by target group, beside the clients' split ({}: not split).
ALTER TABLE rp_figures ADD COLUMN places_by_group jsonb NOT NULL DEFAULT '{}';
ALTER TABLE rp_figures ADD COLUMN waiting_by_group jsonb NOT NULL DEFAULT '{}';
ALTER TABLE rp_figures ADD COLUMN cost_cents_by_group jsonb NOT NULL DEFAULT '{}';

-- RP-1 a region's catalogue version after the programme's first (version 1 is the programme's own, of 11 December 2018):
-- every service it holds, the day it is in force from, who published it. One number per region: of two planners
-- publishing the same next version, the second is refused.
CREATE TABLE rp_catalogue_versions (
  region_code  text NOT NULL REFERENCES planning_regions (code),
  version      integer NOT NULL CHECK (version >= 2),
  valid_from   date NOT NULL,
  services     jsonb NOT NULL,
  note         text,
  published_by uuid NOT NULL REFERENCES users (id),
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (region_code, version)
);
