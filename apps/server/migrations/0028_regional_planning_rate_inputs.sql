-- RP-5 the rate method's inputs kept with each forecast year, so the municipality's officer sees and edits what
-- the forecast was computed from: the residents of the target group in the recorded year and the year's projection.
ALTER TABLE rp_forecasts ADD COLUMN residents integer CHECK (residents > 0);
ALTER TABLE rp_forecasts ADD COLUMN projected integer CHECK (projected >= 0);
