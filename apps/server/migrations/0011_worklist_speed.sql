-- 0011 Worklist speed (HF-3.2, HF-2.4): the organisation worklist lists its served cases and their teams of the day
-- from the indexes alone (bench/README.md, "Worklists"). Plain B-tree indexes: PostgreSQL 15 and PGlite alike.

-- HF-3.2 a served case is one moved in by the day: the move-in's day read with the case's key, no heap visit.
CREATE INDEX move_ins_case_day ON move_ins (case_id) INCLUDE (moved_in_on);

-- HF-2.4, HF-3.2 the team members of the day, per case (the worklist's "workers" and the worker's own scope):
-- the dates, role and user from the index.
DROP INDEX case_team_members_case;
CREATE INDEX case_team_members_case ON case_team_members (case_id) INCLUDE (from_date, to_date, user_id, team_role);
