-- 0025 Family support for families with children at risk of social exclusion (seed 003, FS-1 – FS-6): the centres and their staff, referrals, the family's case with its members and roles, sessions and attendance, support groups and camps, volunteer mentors, family group conferences with their leaders' training, and the project's finance.

INSERT INTO programmes (code, name_lv, name_en)
VALUES ('family_support', 'Atbalsts ģimenēm ar bērniem', 'Support for families with children')
ON CONFLICT (code) DO NOTHING;

-- FS-1 the provider's family support centres (Bauska, Valmiera) and their staff by profession.
CREATE TABLE fs_centres (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id   uuid NOT NULL REFERENCES organisations (id),
  name              text NOT NULL,
  municipality_atvk text NOT NULL,
  address           text,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fs_centres_organisation ON fs_centres (organisation_id);

CREATE TABLE fs_centre_staff (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  centre_id       uuid NOT NULL REFERENCES fs_centres (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  user_id         uuid NOT NULL REFERENCES users (id),
  profession      text NOT NULL CHECK (profession IN ('social_worker', 'psychologist', 'lawyer', 'family_assistant')),
  UNIQUE (centre_id, user_id)
);

-- FS-5 the county social service's referral of a family it assessed, with the premises and information it provides; the centre decides.
CREATE TABLE fs_referrals (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id           uuid NOT NULL REFERENCES organisations (id),
  centre_id                 uuid NOT NULL REFERENCES fs_centres (id),
  referring_organisation_id uuid NOT NULL REFERENCES organisations (id),
  municipality_atvk         text NOT NULL,
  household_id              uuid NOT NULL REFERENCES households (id),
  contact_person_id         uuid NOT NULL REFERENCES persons (id),
  members                   jsonb NOT NULL,
  reason                    text NOT NULL CHECK (reason IN ('parenting_difficulties', 'child_disability', 'domestic_violence', 'crisis', 'poverty_social_exclusion', 'other')),
  assessed_on               date NOT NULL,
  referred_on               date NOT NULL CHECK (assessed_on <= referred_on),
  assessment                text NOT NULL,
  crisis                    boolean NOT NULL DEFAULT false,
  premises                  text,
  information_provided      text,
  referred_by               uuid NOT NULL REFERENCES users (id),
  status                    text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
  decided_on                date,
  decided_by                uuid REFERENCES users (id),
  decline_reason            text,
  case_id                   uuid REFERENCES cases (id),
  created_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fs_referrals_organisation ON fs_referrals (organisation_id, status);
CREATE INDEX fs_referrals_municipality ON fs_referrals (municipality_atvk);

-- FS-1 a family's case (one row per core case of the programme): its centre, household, referral and the referring municipality; crisis support (FS-2).
CREATE TABLE fs_cases (
  case_id                     uuid PRIMARY KEY REFERENCES cases (id),
  organisation_id             uuid NOT NULL REFERENCES organisations (id),
  centre_id                   uuid NOT NULL REFERENCES fs_centres (id),
  household_id                uuid NOT NULL REFERENCES households (id),
  referral_id                 uuid REFERENCES fs_referrals (id),
  referring_municipality_atvk text NOT NULL,
  crisis_since                date,
  crisis_note                 text,
  ending_reason               text CHECK (ending_reason IN ('goals_reached', 'family_ended', 'moved_away', 'other_service', 'other')),
  ending_note                 text,
  created_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fs_cases_organisation ON fs_cases (organisation_id);
CREATE INDEX fs_cases_household ON fs_cases (household_id);

-- FS-1 the family's members in the case, each with a role (mother, father, child…).
CREATE TABLE fs_case_members (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id         uuid NOT NULL REFERENCES fs_cases (case_id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  person_id       uuid NOT NULL REFERENCES persons (id),
  role            text NOT NULL CHECK (role IN ('mother', 'father', 'guardian', 'grandparent', 'other_adult', 'child', 'foster_child')),
  from_date       date NOT NULL,
  to_date         date,
  UNIQUE (case_id, person_id)
);
CREATE INDEX fs_case_members_person ON fs_case_members (person_id);

-- FS-2 support groups (parents raising children with disabilities; women who suffer domestic violence) and camps, with places and facilitators.
CREATE TABLE fs_groups (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id     uuid NOT NULL REFERENCES organisations (id),
  centre_id           uuid NOT NULL REFERENCES fs_centres (id),
  kind                text NOT NULL CHECK (kind IN ('parents_disabled_children', 'domestic_violence', 'camp')),
  name                text NOT NULL,
  starts_on           date NOT NULL,
  ends_on             date NOT NULL CHECK (ends_on >= starts_on),
  places              integer NOT NULL CHECK (places > 0),
  facilitator_user_ids uuid[] NOT NULL,
  created_by          uuid NOT NULL REFERENCES users (id),
  created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fs_groups_organisation ON fs_groups (organisation_id, starts_on);

CREATE TABLE fs_group_participants (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_id        uuid NOT NULL REFERENCES fs_groups (id),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  case_id         uuid NOT NULL REFERENCES fs_cases (case_id),
  person_id       uuid NOT NULL REFERENCES persons (id),
  enrolled_on     date NOT NULL,
  enrolled_by     uuid NOT NULL REFERENCES users (id),
  UNIQUE (group_id, person_id)
);
CREATE INDEX fs_group_participants_case ON fs_group_participants (case_id);

-- FS-2 sessions: a family's individual or crisis work (case_id) or a group's meeting (group_id), and who attended.
CREATE TABLE fs_sessions (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id      uuid NOT NULL REFERENCES organisations (id),
  case_id              uuid REFERENCES fs_cases (case_id),
  group_id             uuid REFERENCES fs_groups (id),
  kind                 text NOT NULL CHECK (kind IN ('individual', 'family', 'crisis', 'group')),
  held_on              date NOT NULL,
  minutes              integer,
  topic                text,
  facilitator_user_ids uuid[] NOT NULL,
  note                 text,
  recorded_by          uuid NOT NULL REFERENCES users (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((case_id IS NULL) <> (group_id IS NULL))
);
CREATE INDEX fs_sessions_case ON fs_sessions (case_id, held_on);
CREATE INDEX fs_sessions_group ON fs_sessions (group_id, held_on);
CREATE INDEX fs_sessions_organisation ON fs_sessions (organisation_id, held_on);

CREATE TABLE fs_attendance (
  session_id uuid NOT NULL REFERENCES fs_sessions (id),
  person_id  uuid NOT NULL REFERENCES persons (id),
  PRIMARY KEY (session_id, person_id)
);

-- FS-3 the volunteer mentors' register: check, training, leaving.
CREATE TABLE fs_mentors (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id       uuid NOT NULL REFERENCES organisations (id),
  centre_id             uuid NOT NULL REFERENCES fs_centres (id),
  given_names           text NOT NULL,
  surnames              text NOT NULL,
  phone                 text,
  check_done_on         date,
  check_valid_until     date CHECK (check_valid_until IS NULL OR check_done_on IS NULL OR check_valid_until >= check_done_on),
  training_completed_on date,
  ended_on              date,
  created_by            uuid NOT NULL REFERENCES users (id),
  created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fs_mentors_organisation ON fs_mentors (organisation_id);

-- FS-3 a mentor matched to a family: one family at a time per mentor, one mentor at a time per family.
CREATE TABLE fs_mentor_matches (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  mentor_id       uuid NOT NULL REFERENCES fs_mentors (id),
  case_id         uuid NOT NULL REFERENCES fs_cases (case_id),
  matched_on      date NOT NULL,
  ended_on        date CHECK (ended_on IS NULL OR ended_on >= matched_on),
  ending_reason   text CHECK (ending_reason IN ('goals_reached', 'family_ended', 'mentor_ended', 'not_a_match', 'other')),
  matched_by      uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX fs_mentor_matches_mentor_active ON fs_mentor_matches (mentor_id) WHERE ended_on IS NULL;
CREATE UNIQUE INDEX fs_mentor_matches_case_active ON fs_mentor_matches (case_id) WHERE ended_on IS NULL;

CREATE TABLE fs_mentor_meetings (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  match_id        uuid NOT NULL REFERENCES fs_mentor_matches (id),
  held_on         date NOT NULL,
  minutes         integer NOT NULL,
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id)
);
CREATE INDEX fs_mentor_meetings_match ON fs_mentor_meetings (match_id);

CREATE TABLE fs_mentor_supervisions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id    uuid NOT NULL REFERENCES organisations (id),
  mentor_id          uuid NOT NULL REFERENCES fs_mentors (id),
  held_on            date NOT NULL,
  supervisor_user_id uuid NOT NULL REFERENCES users (id),
  note               text,
  recorded_by        uuid NOT NULL REFERENCES users (id)
);
CREATE INDEX fs_mentor_supervisions_mentor ON fs_mentor_supervisions (mentor_id);

-- FS-4 the family group conference: the coordinator's preparation, the invited family and network, the family's plan, the review.
CREATE TABLE fs_conferences (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id        uuid NOT NULL REFERENCES organisations (id),
  case_id                uuid NOT NULL REFERENCES fs_cases (case_id),
  coordinator_user_id    uuid NOT NULL REFERENCES users (id),
  preparation_started_on date NOT NULL,
  held_on                date CHECK (held_on IS NULL OR held_on >= preparation_started_on),
  plan                   text,
  review_on              date CHECK (review_on IS NULL OR review_on > held_on),
  reviewed_on            date,
  review_outcome         text,
  created_by             uuid NOT NULL REFERENCES users (id),
  created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fs_conferences_case ON fs_conferences (case_id);

CREATE TABLE fs_conference_invitees (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  conference_id uuid NOT NULL REFERENCES fs_conferences (id),
  name          text NOT NULL,
  relation      text NOT NULL,
  family_member boolean NOT NULL,
  attended      boolean NOT NULL DEFAULT false
);
CREATE INDEX fs_conference_invitees_conference ON fs_conference_invitees (conference_id);

-- FS-4 conference leaders' training and supervision (seed 003: a foreign expert trained and supervised them).
CREATE TABLE fs_leader_trainings (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  user_id         uuid NOT NULL REFERENCES users (id),
  kind            text NOT NULL CHECK (kind IN ('training', 'supervision')),
  held_on         date NOT NULL,
  given_by        text NOT NULL,
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id)
);
CREATE INDEX fs_leader_trainings_user ON fs_leader_trainings (user_id);

-- FS-6 the provider's project: initial and final cost, the grant and its source, its period; spending against it (euro cents).
CREATE TABLE fs_projects (
  organisation_id    uuid PRIMARY KEY REFERENCES organisations (id),
  code               text NOT NULL,
  name               text NOT NULL,
  promoter           text NOT NULL,
  grant_source       text NOT NULL,
  starts_on          date NOT NULL,
  ends_on            date NOT NULL CHECK (ends_on >= starts_on),
  initial_cost_cents bigint NOT NULL CHECK (initial_cost_cents > 0),
  final_cost_cents   bigint NOT NULL CHECK (final_cost_cents > 0),
  grant_cents        bigint NOT NULL CHECK (grant_cents > 0 AND grant_cents <= final_cost_cents),
  updated_by         uuid NOT NULL REFERENCES users (id),
  updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE fs_spending (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  spent_on        date NOT NULL,
  category        text NOT NULL CHECK (category IN ('staff', 'groups_and_camps', 'mentors', 'conferences', 'premises', 'administration', 'other')),
  amount_cents    bigint NOT NULL CHECK (amount_cents > 0),
  note            text,
  recorded_by     uuid NOT NULL REFERENCES users (id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fs_spending_organisation ON fs_spending (organisation_id, spent_on);
