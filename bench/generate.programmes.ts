import type { Stage } from './generate.stages';

/**
 * The programmes on the core beside Housing First, as their own writes would leave them, read from the
 * core's rows already in the database (persons, households, organisations, users) so that the stages run
 * after the person and Housing First stages or alone on a database they filled (`--programmes-only`):
 *
 * - the Individual Programme (IP-1 – IP-6) in Rīga, the one municipality with the programme's reference
 *   cost: its providers' agreements, cases with their granting, recipients (a family's child too),
 *   service lines with the volume delivered each month, monthly costs, co-payments for the programme's
 *   flat, yearly satisfaction surveys and the providers' self-assessments;
 * - the Individual Budget (IB-1 – IB-6) in every municipality, both pilots: the municipalities'
 *   catalogue, cases held by the social service or by a contracted provider (whose social workers also
 *   serve Housing First), an assessment every 6 months with both rankings and the period's budget, a plan
 *   version per period (a revised one in some), deliveries and spending each month, difficulties,
 *   interruptions, the closing meeting;
 * - family support (FS-1 – FS-6): a centre of a provider in every municipality with its staff and
 *   project, the social service's referrals of households with children, the family's case with its
 *   members, individual, family and crisis sessions with attendance, groups and camps each year,
 *   volunteer mentors matched one family at a time with meetings and supervision, family group
 *   conferences, spending, wellbeing assessments and the family's feedback;
 * - regional planning (RP-1 – RP-7) of the Rīga planning region: yearly update rounds (the last still
 *   open), each municipality's part with its figures, development model and forecasts, cooperation;
 * - Housing First's client questionnaire (HF-4.3 (2)) at the start and the exit, which HF-4.2 D–F read.
 *
 * Sizes follow the persons: IP one case per 400 persons (5 000 of Rīga's ~600 000 residents), IB one per 1 000 (the
 * pilots' 10 people in each of 20 municipalities grown to ~50 in every municipality), family support one family
 * per 500. Every date lies inside the case's life and not after `today`.
 */

export interface ProgrammeOptions {
  /** Persons in the database: the programmes' sizes follow it. */
  persons: number;
}

/** Tables the programme stages write: their secondary indexes are dropped for the load and rebuilt after it. */
export const PROGRAMME_TABLES = [
  'evaluations', 'ip_cases', 'ip_recipients', 'ip_service_lines', 'ip_service_deliveries', 'ip_costs', 'ip_co_payments',
  'ib_cases', 'ib_assessments', 'ib_plan_versions', 'ib_deliveries', 'ib_difficulties', 'ib_interruptions', 'ib_catalogue',
  'fs_centres', 'fs_centre_staff', 'fs_referrals', 'fs_cases', 'fs_case_members', 'fs_groups', 'fs_group_participants', 'fs_sessions', 'fs_attendance',
  'fs_mentors', 'fs_mentor_matches', 'fs_mentor_meetings', 'fs_mentor_supervisions', 'fs_conferences', 'fs_conference_invitees', 'fs_leader_trainings',
  'fs_projects', 'fs_spending', 'rp_rounds', 'rp_parts', 'rp_figures', 'rp_models', 'rp_forecasts', 'rp_cooperation',
];
export const PROGRAMME_CODES = ['individual_programme', 'individual_budget', 'family_support'];

/** The accounts the programme reports are read as: the funder's analyst (IP, IB, family support) and the region's planner (RP). */
export const REPORT_USERS = { funder: 'fonds@bench.lv', planner: 'planotajs@bench.lv' };

/** The rows a previous run of these stages wrote, removed before a new one (`--programmes-only`). */
export const REMOVE_PROGRAMMES = [
  `TRUNCATE ${PROGRAMME_TABLES.join(', ')}`,
  `DELETE FROM case_worklist_facts WHERE case_id IN (SELECT id FROM cases WHERE programme IN (${PROGRAMME_CODES.map((c) => `'${c}'`).join(',')}))`,
  `DELETE FROM case_team_members WHERE case_id IN (SELECT id FROM cases WHERE programme IN (${PROGRAMME_CODES.map((c) => `'${c}'`).join(',')}))`,
  `DELETE FROM cases WHERE programme IN (${PROGRAMME_CODES.map((c) => `'${c}'`).join(',')})`,
  `DELETE FROM service_agreements WHERE programme_code IN (${PROGRAMME_CODES.map((c) => `'${c}'`).join(',')})`,
];

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const RIGA = '0001000';

/** IB-3 the catalogue's base unit prices (euro cents) and each service's monthly volume in a plan (as the demo, seed 002). */
const IB_SERVICES: [string, number, number][] = [
  ['support_person', 1200, 8], ['physiotherapy', 2500, 4], ['physiotherapy_pool', 3000, 4], ['occupational_therapy', 2500, 4], ['home_care', 900, 12],
  ['assistant', 800, 20], ['psychologist', 3000, 2], ['day_care_centre', 1500, 8], ['music_therapy', 2200, 4], ['aba_therapy', 3500, 8],
  ['canistherapy', 2500, 2], ['hippotherapy', 3500, 2], ['alternative_communication', 3000, 2], ['speech_therapist', 2500, 4], ['special_educator', 2200, 4],
  ['group_sessions_person', 1000, 4], ['group_sessions_relatives', 1000, 2], ['respite_care', 4500, 2], ['group_home', 3200, 10], ['transport', 600, 6],
];
/** IB-3 the plans' service sets of each pilot (seed 002's lists). */
const IB_SETS: Record<string, string[][]> = {
  children_functional_impairments: [['physiotherapy', 'occupational_therapy', 'speech_therapist'], ['aba_therapy', 'music_therapy', 'psychologist'],
    ['physiotherapy_pool', 'canistherapy', 'assistant'], ['hippotherapy', 'physiotherapy', 'alternative_communication'], ['home_care', 'speech_therapist', 'group_sessions_relatives']],
  adults_mental_disorders: [['support_person', 'group_sessions_person', 'special_educator'], ['support_person', 'psychologist', 'day_care_centre'],
    ['support_person', 'group_sessions_person', 'transport'], ['support_person', 'respite_care', 'group_sessions_relatives'], ['support_person', 'day_care_centre', 'home_care']],
};
/** IP-2 the plan's lines of each target group: line, unit, volume a month. */
const IP_LINES: [string, string, string, number][] = [
  ['children_with_disabilities', 'consultations', 'hours', 4], ['children_with_disabilities', 'communication_support', 'hours', 8], ['children_with_disabilities', 'skills_support', 'hours', 12],
  ['adults_with_mental_disorders', 'housing', 'days', 30], ['adults_with_mental_disorders', 'consultations', 'hours', 4], ['adults_with_mental_disorders', 'skills_support', 'hours', 20],
  ['families_parents_mental_disorders', 'consultations', 'hours', 6], ['families_parents_mental_disorders', 'skills_support', 'hours', 10], ['families_parents_mental_disorders', 'integration_events', 'times', 2],
  ['violence_victims', 'housing', 'days', 30], ['violence_victims', 'consultations', 'hours', 6], ['violence_victims', 'monitoring_24h', 'days', 30],
];
/** RP-1 the catalogue's services (version 1) and the target group each mostly serves. */
const RP_SERVICES: [string, string][] = [
  ['home_care', 'functional_impairment'], ['assistant', 'functional_impairment'], ['respite_care', 'functional_impairment'], ['day_centre_mental', 'functional_impairment'],
  ['day_centre_children', 'functional_impairment'], ['day_centre_seniors', 'social_exclusion_risk'], ['group_home', 'functional_impairment'], ['specialised_workshops', 'functional_impairment'],
  ['supported_employment', 'functional_impairment'], ['halfway_house', 'homeless'], ['shelter', 'homeless'], ['night_shelter', 'homeless'], ['housing_first', 'homeless'],
  ['crisis_centre', 'social_exclusion_risk'], ['violence_rehabilitation', 'social_exclusion_risk'], ['support_groups', 'social_exclusion_risk'], ['family_assistant', 'social_exclusion_risk'],
  ['social_mentor', 'social_exclusion_risk'], ['service_apartment', 'social_exclusion_risk'], ['youth_house', 'social_exclusion_risk'], ['case_management', 'social_exclusion_risk'],
  ['psychosocial_support', 'social_exclusion_risk'],
];

/** The users of an organisation with a role, numbered within it: `g_staff (org, role, i, n, id)`. */
const STAFF = `CREATE TEMP TABLE g_staff AS
  SELECT organisation_id AS org, r.role, row_number() OVER (PARTITION BY organisation_id, r.role ORDER BY email) - 1 AS i,
         count(*) OVER (PARTITION BY organisation_id, r.role) AS n, u.id
  FROM users u CROSS JOIN LATERAL unnest(u.roles) r (role) WHERE u.active`;

export function buildProgrammeStages(o: ProgrammeOptions, today: string): Stage[] {
  const T = `date '${today}'`;
  const month0 = `date_trunc('month', ${T})::date`;
  const ipCases = Math.max(20, Math.round(o.persons / 400));
  const ibCases = Math.max(20, Math.round(o.persons / 1_000));
  const fsFamilies = Math.max(20, Math.round(o.persons / 500));
  const values = (rows: (string | number)[][]) => rows.map((r) => `(${r.map((v) => (typeof v === 'number' ? v : q(v))).join(',')})`).join(',');
  return [
    {
      name: 'programmes: staff, the report accounts, the organisations that take part',
      sql: [
        'DROP TABLE IF EXISTS g_staff, g_ipc, g_ibc, g_fsf, g_fsm, g_fsg, g_rp',
        STAFF,
        `CREATE INDEX ON g_staff (org, role, i)`,
        `INSERT INTO users (id, organisation_id, email, display_name, password_hash, roles) VALUES
           (pg_temp.uid('u/funder/analyst'), pg_temp.uid('org/funder'), ${q(REPORT_USERS.funder)}, 'Dace Fonde', :passwordHash, ARRAY['funder_analyst']),
           (pg_temp.uid('u/region/planner'), pg_temp.uid('org/region'), ${q(REPORT_USERS.planner)}, 'Pēteris Plānotājs', :passwordHash, ARRAY['planner'])
         ON CONFLICT (email) DO NOTHING`,
        // IP-4 Rīga's providers contracted since the programme's start; IB-1 providers of every municipality beside its social service; FS-5 a provider's centre per municipality
        `INSERT INTO service_agreements (id, provider_organisation_id, programme_code, municipality_atvk, valid_from)
           SELECT pg_temp.uid('sa/ip/' || id), id, 'individual_programme', municipality_atvk, date '2017-03-01' FROM organisations WHERE kind = 'service_provider' AND municipality_atvk = '${RIGA}'
           UNION ALL
           SELECT pg_temp.uid('sa/ib/' || id), id, 'individual_budget', municipality_atvk, date '2018-09-01' FROM organisations WHERE kind IN ('service_provider', 'municipal_social_service') AND municipality_atvk IS NOT NULL
           UNION ALL
           SELECT pg_temp.uid('sa/fs/' || id), id, 'family_support', municipality_atvk, date '2019-01-01'
           FROM (SELECT DISTINCT ON (municipality_atvk) id, municipality_atvk FROM organisations WHERE kind = 'service_provider' AND municipality_atvk IS NOT NULL ORDER BY municipality_atvk, id) p`,
      ],
      count: `SELECT count(*) AS n FROM service_agreements WHERE programme_code <> 'housing_first'`,
    },
    {
      name: `Individual Programme: ${ipCases.toLocaleString('lv')} Rīga cases, recipients, granting`,
      sql: [
        `CREATE TEMP TABLE g_ipc AS
         SELECT k, person_id, household_id, target_group, org, opened_on,
                CASE WHEN h % 10 < 6 AND opened_on + 180 + (h / 10) % 900 < ${T} THEN opened_on + 180 + (h / 10) % 900 END AS closed_on, h,
                CASE WHEN target_group IN ('adults_with_mental_disorders', 'violence_victims') THEN 'programme_housing' ELSE 'home' END AS place
         FROM (
           SELECT k, person_id, household_id, h, prov.id AS org,
                  CASE WHEN child THEN 'children_with_disabilities' WHEN h % 100 < 10 THEN 'violence_victims'
                       WHEN household_id IS NOT NULL AND h % 100 < 40 THEN 'families_parents_mental_disorders' ELSE 'adults_with_mental_disorders' END AS target_group,
                  greatest(date '2017-03-06', CASE WHEN child THEN birth_date + 1100 ELSE (birth_date + interval '18 years')::date END, ${T} - 7 - h % 2900) AS opened_on
           FROM (
             SELECT p.id AS person_id, p.household_id, p.birth_date, p.birth_date > ${T} - interval '18 years' AS child,
                    row_number() OVER (ORDER BY md5(p.id::text || 'ip')) AS k, (hashtext(p.id::text || 'ip') & 2147483647) AS h
             FROM persons p JOIN organisations o ON o.id = p.organisation_id
             WHERE o.municipality_atvk = '${RIGA}' AND p.merged_into_id IS NULL AND p.birth_date IS NOT NULL AND p.birth_date < ${T} - 1200
           ) x
           JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM organisations WHERE kind = 'service_provider' AND municipality_atvk = '${RIGA}') prov
             ON prov.i = x.k % prov.n
           WHERE k <= ${ipCases}
         ) y`,
        `ALTER TABLE g_ipc ADD COLUMN sw uuid`,
        `UPDATE g_ipc c SET sw = s.id FROM g_staff s WHERE s.org = c.org AND s.role = 'social_worker' AND s.i = c.k % s.n`,
        `INSERT INTO cases (id, organisation_id, person_id, municipality_atvk, programme, case_number, status, opened_on, closed_on, case_manager_user_id, created_at)
           SELECT pg_temp.uid('ipc/' || k), org, person_id, '${RIGA}', 'individual_programme', 'IP-' || extract(year FROM opened_on) || '/' || k,
                  CASE WHEN closed_on IS NULL THEN 'open' ELSE 'closed' END, opened_on, closed_on, sw, opened_on FROM g_ipc`,
        `INSERT INTO case_team_members (id, case_id, organisation_id, user_id, team_role, from_date, to_date)
           SELECT pg_temp.uid('ctm/ipc/' || k), pg_temp.uid('ipc/' || k), org, sw, 'social_worker', opened_on, closed_on FROM g_ipc`,
        `INSERT INTO ip_cases (case_id, organisation_id, household_id, service_agreement_id, target_group, decided_on, decided_by, community_services_considered,
                               unmet_need_reason, service_place, agreement_ends_on, ending_reason, created_at)
           SELECT pg_temp.uid('ipc/' || k), org, CASE WHEN target_group = 'families_parents_mental_disorders' THEN household_id END, pg_temp.uid('sa/ip/' || org), target_group,
                  opened_on - 14, (SELECT id FROM g_staff s WHERE s.role = 'manager' AND s.org = (SELECT id FROM organisations WHERE kind = 'municipal_social_service' AND municipality_atvk = '${RIGA}' ORDER BY id LIMIT 1) AND s.i = 0),
                  'Dienas aprūpes centrs, aprūpe mājās, sociālā darbinieka konsultācijas',
                  'Personas individuālās vajadzības nevar apmierināt ar esošajiem sabiedrībā balstītajiem sociālajiem pakalpojumiem.',
                  place, coalesce(closed_on, opened_on + 730 + 365 * ((${T} - opened_on) / 730)),
                  CASE WHEN closed_on IS NOT NULL THEN (ARRAY['goals_reached','goals_reached','client_ended','moved_away','other_service'])[1 + h % 5] END, opened_on
           FROM g_ipc`,
        // IP-1 the person, and in a family the youngest other member of the household who is a child
        `INSERT INTO ip_recipients (id, case_id, organisation_id, person_id, from_date, to_date)
           SELECT pg_temp.uid('ipr/' || k), pg_temp.uid('ipc/' || k), org, person_id, opened_on, closed_on FROM g_ipc
           UNION ALL
           SELECT pg_temp.uid('ipr/' || c.k || '/child'), pg_temp.uid('ipc/' || c.k), c.org, m.id, c.opened_on, c.closed_on
           FROM g_ipc c JOIN (SELECT DISTINCT ON (household_id) household_id, id, birth_date FROM persons
                              WHERE household_id IN (SELECT household_id FROM g_ipc WHERE target_group = 'families_parents_mental_disorders') AND birth_date IS NOT NULL
                              ORDER BY household_id, birth_date DESC) m ON m.household_id = c.household_id
           WHERE c.target_group = 'families_parents_mental_disorders' AND m.id <> c.person_id AND m.birth_date > c.opened_on - interval '18 years' AND m.birth_date < c.opened_on`,
      ],
      count: `SELECT (SELECT count(*) FROM ip_cases) + (SELECT count(*) FROM ip_recipients) AS n`,
    },
    {
      name: 'Individual Programme: service lines, deliveries, costs, co-payments, satisfaction, self-assessments',
      sql: [
        `CREATE TEMP TABLE g_ipl (target_group text, line text, unit text, per_month numeric)`,
        `INSERT INTO g_ipl VALUES ${values(IP_LINES)}`,
        `INSERT INTO ip_service_lines (id, case_id, organisation_id, line, skill_areas, unit, planned_per_month, from_month, to_month, created_by, created_at)
           SELECT pg_temp.uid('ipl/' || c.k || '/' || l.line), pg_temp.uid('ipc/' || c.k), c.org, l.line,
                  CASE WHEN l.line = 'skills_support' THEN ARRAY['daily_living', 'communication'] ELSE '{}'::text[] END, l.unit, l.per_month,
                  date_trunc('month', c.opened_on)::date, date_trunc('month', c.closed_on)::date, c.sw, c.opened_on
           FROM g_ipc c JOIN g_ipl l ON l.target_group = c.target_group`,
        // IP-2 the volume delivered each month up to the last full month
        `INSERT INTO ip_service_deliveries (id, service_line_id, case_id, organisation_id, month, delivered, recorded_by, recorded_at)
           SELECT pg_temp.uid('ipd/' || c.k || '/' || l.line || '/' || m::date), pg_temp.uid('ipl/' || c.k || '/' || l.line), pg_temp.uid('ipc/' || c.k), c.org, m::date,
                  CASE WHEN l.unit = 'days' THEN least(l.per_month, extract(day FROM (m + interval '1 month' - interval '1 day'))) ELSE round(l.per_month * (0.7 + ((c.h + extract(month FROM m)::int) % 5) * 0.1), 2) END,
                  c.sw, m + interval '1 month' + interval '3 days'
           FROM g_ipc c JOIN g_ipl l ON l.target_group = c.target_group
           CROSS JOIN LATERAL generate_series(date_trunc('month', c.opened_on), least(date_trunc('month', coalesce(c.closed_on, ${T})), ${month0} - interval '1 month'), interval '1 month') m`,
        // IP-3 planned each month of the case's life, actual once the month is over
        `INSERT INTO ip_costs (id, case_id, organisation_id, month, kind, planned_cents, actual_cents, recorded_by, recorded_at)
           SELECT pg_temp.uid('ipk/' || c.k || '/' || kind || '/' || m::date), pg_temp.uid('ipc/' || c.k), c.org, m::date, kind,
                  CASE kind WHEN 'staff' THEN 250000 + (c.h % 7) * 5000 ELSE 40000 END,
                  CASE WHEN m < ${month0} THEN CASE kind WHEN 'staff' THEN 240000 + ((c.h + extract(month FROM m)::int * 7919) % 21) * 1000 ELSE 38500 END END,
                  c.sw, m
           FROM g_ipc c CROSS JOIN LATERAL generate_series(date_trunc('month', c.opened_on), date_trunc('month', coalesce(c.closed_on, ${T})), interval '1 month') m
           CROSS JOIN LATERAL unnest(CASE WHEN c.place = 'programme_housing' THEN ARRAY['staff', 'housing'] ELSE ARRAY['staff'] END) kind`,
        `INSERT INTO ip_co_payments (id, case_id, organisation_id, effective_from, rent_cents, management_cents, electricity_cents, gas_cents, utilities_cents, basis, assessed_on, recorded_by, created_at)
           SELECT pg_temp.uid('ipp/' || k), pg_temp.uid('ipc/' || k), org, date_trunc('month', opened_on)::date, 6000 + (h % 40) * 100, 1500, 1800 + (h % 9) * 100, 0, 2500,
                  'Ienākumu un plāna novērtējums: 25 % no ienākumiem dzīvokļa izdevumiem', opened_on - 7, sw, opened_on
           FROM g_ipc WHERE place = 'programme_housing'`,
        // IP-5 a survey each year of the service and at the ending
        `INSERT INTO evaluations (id, programme_code, instrument, case_id, recorded_on, score, recorded_by, created_at)
           SELECT pg_temp.uid('ips/' || c.k || '/' || y), 'individual_programme', 'client_satisfaction', pg_temp.uid('ipc/' || c.k), (c.opened_on + make_interval(years => y))::date,
                  3 + (c.h + y) % 3, c.sw, c.opened_on + make_interval(years => y)
           FROM g_ipc c CROSS JOIN LATERAL generate_series(1, 9) y WHERE (c.opened_on + make_interval(years => y))::date < coalesce(c.closed_on, ${T})
           UNION ALL
           SELECT pg_temp.uid('ips/' || k || '/end'), 'individual_programme', 'client_satisfaction', pg_temp.uid('ipc/' || k), closed_on, 2 + h % 4, sw, closed_on
           FROM g_ipc WHERE closed_on IS NOT NULL`,
        // IP-6 each provider about itself every November since 2017
        `INSERT INTO evaluations (id, programme_code, instrument, provider_organisation_id, recorded_on, score, recorded_by, created_at)
           SELECT pg_temp.uid('ipa/' || o.id || '/' || y), 'individual_programme', 'provider_self_assessment', o.id, make_date(y, 11, 20), 4, s.id, make_date(y, 11, 20)
           FROM organisations o JOIN g_staff s ON s.org = o.id AND s.role = 'manager' AND s.i = 0
           CROSS JOIN generate_series(2017, extract(year FROM ${T})::int) y
           WHERE o.kind = 'service_provider' AND o.municipality_atvk = '${RIGA}' AND make_date(y, 11, 20) <= ${T}`,
      ],
      count: `SELECT (SELECT count(*) FROM ip_service_lines) + (SELECT count(*) FROM ip_service_deliveries) + (SELECT count(*) FROM ip_costs) + (SELECT count(*) FROM ip_co_payments)
                + (SELECT count(*) FROM evaluations WHERE programme_code = 'individual_programme') AS n`,
    },
    {
      name: `Individual Budget: the catalogue, ${ibCases.toLocaleString('lv')} cases of both pilots`,
      sql: [
        `CREATE TEMP TABLE g_ibs (service text, base_price int, per_month numeric, si int)`,
        `INSERT INTO g_ibs VALUES ${values(IB_SERVICES.map(([s, p, m], i) => [s, p, m, i]))}`,
        `CREATE TEMP TABLE g_ibset (pilot text, set_no int, rank int, service text)`,
        `INSERT INTO g_ibset VALUES ${values(Object.entries(IB_SETS).flatMap(([pilot, sets]) => sets.flatMap((set, n) => set.map((service, r) => [pilot, n, r + 1, service]))))}`,
        // IB-3, IB-5 every municipality's catalogue: a price a little off the base, the nearest provider, shortages of the rarer therapies away from the cities
        `INSERT INTO ib_catalogue (id, municipality_atvk, service, unit_price_cents, provider_name, nearest_km, shortage, note, updated_at)
           SELECT pg_temp.uid('ibk/' || m.atvk || '/' || s.service), m.atvk, s.service, s.base_price + ((m.i * 7 + s.si * 3) % 5) * 100,
                  CASE WHEN short THEN NULL ELSE 'Biedrība „' || split_part(m.name_lv, ' ', 1) || ' atbalsts”' END, CASE WHEN short THEN 40 + (m.i * 13) % 90 ELSE (m.i + s.si) % 4 END,
                  short, CASE WHEN short THEN 'Tuvākais sniedzējs citā novadā' END, ${T} - 400
           FROM (SELECT atvk, name_lv, row_number() OVER (ORDER BY atvk) AS i FROM municipalities WHERE valid_to IS NULL OR valid_to >= ${T}) m
           CROSS JOIN LATERAL (SELECT g_ibs.*, m.i % 3 = 1 AND g_ibs.service IN ('hippotherapy', 'aba_therapy', 'speech_therapist', 'respite_care') AS short FROM g_ibs) s`,
        `CREATE TEMP TABLE g_ibc AS
         SELECT k, person_id, atvk, org, pilot, opened_on, h,
                CASE WHEN h % 10 < 5 AND opened_on + 200 + (h / 10) % 700 < ${T} THEN opened_on + 200 + (h / 10) % 700 END AS closed_on,
                CASE WHEN pilot = 'children_functional_impairments' THEN 'parents' WHEN h % 9 = 3 THEN 'guardian' ELSE 'person' END AS representative
         FROM (
           SELECT x.k, x.person_id, x.atvk, x.h, x.pilot,
                  CASE WHEN x.h % 10 < 3 AND prov.id IS NOT NULL THEN prov.id ELSE x.msw END AS org,
                  greatest(CASE x.pilot WHEN 'children_functional_impairments' THEN date '2018-09-03' ELSE date '2019-11-04' END,
                           CASE x.pilot WHEN 'children_functional_impairments' THEN x.birth_date + 400 ELSE (x.birth_date + interval '18 years')::date END, ${T} - 3 - x.h % 2600) AS opened_on
           FROM (
             SELECT p.id AS person_id, p.birth_date, o.municipality_atvk AS atvk, msw.id AS msw, row_number() OVER (ORDER BY md5(p.id::text || 'ib')) AS k,
                    (hashtext(p.id::text || 'ib') & 2147483647) AS h,
                    CASE WHEN p.birth_date > ${T} - interval '18 years' THEN 'children_functional_impairments' ELSE 'adults_mental_disorders' END AS pilot
             FROM persons p JOIN organisations o ON o.id = p.organisation_id
             JOIN (SELECT DISTINCT ON (municipality_atvk) municipality_atvk, id FROM organisations WHERE kind = 'municipal_social_service' ORDER BY municipality_atvk, id) msw
               ON msw.municipality_atvk = o.municipality_atvk
             WHERE p.merged_into_id IS NULL AND p.birth_date IS NOT NULL AND p.birth_date < ${T} - 800
               AND NOT EXISTS (SELECT 1 FROM g_ipc i WHERE i.person_id = p.id)
           ) x
           LEFT JOIN (SELECT id, municipality_atvk, row_number() OVER (PARTITION BY municipality_atvk ORDER BY id) - 1 AS i, count(*) OVER (PARTITION BY municipality_atvk) AS n
                      FROM organisations WHERE kind = 'service_provider') prov ON prov.municipality_atvk = x.atvk AND prov.i = x.k % prov.n
           WHERE x.k <= ${ibCases}
         ) y`,
        `ALTER TABLE g_ibc ADD COLUMN sw uuid`,
        `ALTER TABLE g_ibc ADD COLUMN team_role text`,
        // a provider's case goes to its social workers (who also serve Housing First: a worker of several programmes); the social service's to its municipal social workers
        `UPDATE g_ibc c SET sw = s.id, team_role = s.role FROM g_staff s WHERE s.org = c.org AND s.role IN ('social_worker', 'municipal_social_worker') AND s.i = c.k % s.n`,
        `INSERT INTO cases (id, organisation_id, person_id, municipality_atvk, programme, case_number, status, opened_on, closed_on, case_manager_user_id, created_at)
           SELECT pg_temp.uid('ibc/' || k), org, person_id, atvk, 'individual_budget', 'IB-' || extract(year FROM opened_on) || '/' || k,
                  CASE WHEN closed_on IS NULL THEN 'open' ELSE 'closed' END, opened_on, closed_on, sw, opened_on FROM g_ibc`,
        `INSERT INTO case_team_members (id, case_id, organisation_id, user_id, team_role, from_date, to_date)
           SELECT pg_temp.uid('ctm/ibc/' || k), pg_temp.uid('ibc/' || k), org, sw, team_role, opened_on, closed_on FROM g_ibc`,
        `INSERT INTO ib_cases (case_id, organisation_id, pilot, referred_on, representative, ending_reason, created_at)
           SELECT pg_temp.uid('ibc/' || k), org, pilot, opened_on - 20, representative,
                  CASE WHEN closed_on IS NOT NULL THEN (ARRAY['pilot_ended','goals_reached','person_withdrew','moved_away'])[1 + h % 4] END, opened_on
           FROM g_ibc`,
      ],
      count: `SELECT (SELECT count(*) FROM ib_cases) + (SELECT count(*) FROM ib_catalogue) AS n`,
    },
    {
      name: 'Individual Budget: assessments every 6 months, plan versions, deliveries and spending, difficulties, interruptions, meetings',
      sql: [
        // IB-2 an assessment on the first day and every 6 calendar months after, each opening a budget period
        `CREATE TEMP TABLE g_iba AS
         SELECT c.*, a, (c.opened_on + make_interval(months => 6 * a))::date AS assessed_on, coalesce(c.closed_on, ${T}) AS end_on
         FROM g_ibc c CROSS JOIN LATERAL generate_series(0, 20) a WHERE (c.opened_on + make_interval(months => 6 * a))::date <= coalesce(c.closed_on, ${T})`,
        `INSERT INTO ib_assessments (id, case_id, organisation_id, assessed_on, team, goals, team_ranking, family_ranking, ranked_by, budget_cents, recorded_by, created_at)
           SELECT pg_temp.uid('iba/' || a.k || '/' || a.a), pg_temp.uid('ibc/' || a.k), a.org, a.assessed_on,
                  ARRAY['rehabilitation_doctor', 'physiotherapist', 'occupational_therapist', 'psychologist', 'social_worker'],
                  CASE a.pilot WHEN 'children_functional_impairments' THEN ARRAY['Attīstīt patstāvību ikdienas aktivitātēs', 'Uzlabot kustību un izturību']
                       ELSE ARRAY['Patstāvīgi pieņemt lēmumus ikdienā', 'Iesaistīties kopienas aktivitātēs'] END,
                  (SELECT jsonb_agg(jsonb_build_object('service', st.service, 'rank', st.rank, 'perMonth', s.per_month) ORDER BY st.rank) FROM g_ibset st JOIN g_ibs s ON s.service = st.service WHERE st.pilot = a.pilot AND st.set_no = a.h % 5),
                  (SELECT jsonb_agg(jsonb_build_object('service', st.service, 'rank', CASE WHEN (a.h + a.a) % 2 = 1 AND st.rank <= 2 THEN 3 - st.rank ELSE st.rank END) ORDER BY st.rank) FROM g_ibset st WHERE st.pilot = a.pilot AND st.set_no = a.h % 5),
                  a.representative, CASE a.pilot WHEN 'children_functional_impairments' THEN 300000 ELSE 240000 END, a.sw, a.assessed_on
           FROM g_iba a`,
        // IB-3 the plan agreed with each assessment, and in every third case revised two months into the period (more hours of the first service)
        `INSERT INTO ib_plan_versions (id, case_id, organisation_id, version, valid_from, reason, lines, agreed_by, agreed_on, created_by, created_at)
           SELECT pg_temp.uid('ibv/' || k || '/' || a || '/' || r), pg_temp.uid('ibc/' || k), org, row_number() OVER (PARTITION BY k ORDER BY a, r), valid_from,
                  CASE WHEN r = 1 THEN 'Plāns mainīts pēc ģimenes lūguma' WHEN a = 0 THEN 'Sākotnējais atbalsta plāns pēc izvērtēšanas' ELSE 'Plāns pārskatīts pēc atkārtotās izvērtēšanas' END,
                  (SELECT jsonb_agg(jsonb_build_object('service', st.service, 'providerName', 'Biedrība „Atbalsts”', 'perMonth', s.per_month + CASE WHEN r = 1 AND st.rank = 1 THEN 2 ELSE 0 END,
                                                       'schedule', 'Pēc vienošanās ar ģimeni', 'unitPriceCents', cat.unit_price_cents) ORDER BY st.rank)
                   FROM g_ibset st JOIN g_ibs s ON s.service = st.service JOIN ib_catalogue cat ON cat.municipality_atvk = x.atvk AND cat.service = st.service
                   WHERE st.pilot = x.pilot AND st.set_no = x.h % 5),
                  representative, valid_from, sw, valid_from
           FROM (SELECT g_iba.*, r, CASE WHEN r = 0 THEN assessed_on ELSE (assessed_on + interval '2 months')::date END AS valid_from
                 FROM g_iba CROSS JOIN generate_series(0, 1) r WHERE r = 0 OR (h % 3 = 0 AND (assessed_on + interval '2 months')::date <= end_on)) x`,
        // IB-4 each month of a period up to the last full month: most delivered as planned, some families carry out half of the third service
        `INSERT INTO ib_deliveries (id, case_id, organisation_id, service, month, delivered, spent_cents, recorded_by, recorded_at)
           SELECT pg_temp.uid('ibd/' || a.k || '/' || st.service || '/' || m::date), pg_temp.uid('ibc/' || a.k), a.org, st.service, m::date, d.delivered,
                  (d.delivered * cat.unit_price_cents)::int, a.sw, m + interval '1 month' + interval '5 days'
           FROM g_iba a JOIN g_ibset st ON st.pilot = a.pilot AND st.set_no = a.h % 5 JOIN g_ibs s ON s.service = st.service
           JOIN ib_catalogue cat ON cat.municipality_atvk = a.atvk AND cat.service = st.service
           CROSS JOIN LATERAL generate_series(date_trunc('month', a.assessed_on), date_trunc('month', a.assessed_on) + interval '5 months', interval '1 month') m
           CROSS JOIN LATERAL (SELECT round(s.per_month * CASE WHEN a.h % 4 = 3 AND st.rank = 3 THEN 0.5 WHEN (a.h + extract(month FROM m)::int) % 7 = 0 THEN 0.75 ELSE 1 END) AS delivered) d
           WHERE m < ${month0} AND m <= date_trunc('month', a.end_on)`,
        `INSERT INTO ib_difficulties (id, case_id, organisation_id, reported_on, service, description, recorded_by, created_at)
           SELECT pg_temp.uid('ibf/' || k), pg_temp.uid('ibc/' || k), org, opened_on + 50, st.service, 'Ģimenei grūti nodrošināt nokļūšanu uz nodarbībām', sw, opened_on + 50
           FROM g_ibc c JOIN g_ibset st ON st.pilot = c.pilot AND st.set_no = c.h % 5 AND st.rank = 3
           WHERE c.h % 10 = 3 AND c.opened_on + 50 <= coalesce(c.closed_on, ${T})`,
        // IB-5 an interruption of the second service: resumed after a month, or still open when it began in the last weeks
        `INSERT INTO ib_interruptions (id, case_id, organisation_id, service, from_date, to_date, reason, recorded_by, created_at)
           SELECT pg_temp.uid('ibi/' || k), pg_temp.uid('ibc/' || k), org, st.service, opened_on + 40,
                  CASE WHEN opened_on + 70 <= coalesce(closed_on, ${T}) THEN opened_on + 70 END,
                  (ARRAY['provider_unavailable','specialist_shortage','person_health','family_reasons','emergency_situation','other'])[1 + (h / 10) % 6], sw, opened_on + 40
           FROM g_ibc c JOIN g_ibset st ON st.pilot = c.pilot AND st.set_no = c.h % 5 AND st.rank = 2
           WHERE c.h % 10 = 7 AND c.opened_on + 40 <= coalesce(c.closed_on, ${T})`,
        `INSERT INTO evaluations (id, programme_code, instrument, case_id, recorded_on, recorded_by, created_at)
           SELECT pg_temp.uid('ibe/' || k || '/' || a), 'individual_budget', 'ib_needs_assessment', pg_temp.uid('ibc/' || k), assessed_on, sw, assessed_on FROM g_iba`,
        // IB-6 the closing meeting with the family, within two weeks of the ending
        `INSERT INTO evaluations (id, programme_code, instrument, case_id, recorded_on, answers, recorded_by, created_at)
           SELECT pg_temp.uid('ibm/' || k), 'individual_budget', 'ib_pilot_end_meeting', pg_temp.uid('ibc/' || k), closed_on + h % 14,
                  jsonb_build_object('benefits', 'Persona kļuvusi patstāvīgāka; ģimene var atsākt strādāt', 'difficulties', CASE WHEN h % 4 = 3 THEN 'Ne visas plāna aktivitātes izdevās īstenot' ELSE '' END,
                                     'suggestions', 'Vairāk sniedzēju tuvāk mājām', 'would_continue', h % 7 <> 0), sw, closed_on + h % 14
           FROM g_ibc WHERE closed_on IS NOT NULL AND closed_on + h % 14 <= ${T}`,
        `DROP TABLE g_iba`,
      ],
      count: `SELECT (SELECT count(*) FROM ib_assessments) + (SELECT count(*) FROM ib_plan_versions) + (SELECT count(*) FROM ib_deliveries) + (SELECT count(*) FROM ib_difficulties)
                + (SELECT count(*) FROM ib_interruptions) + (SELECT count(*) FROM evaluations WHERE programme_code = 'individual_budget') AS n`,
    },
    {
      name: `family support: a centre per municipality, projects, ${fsFamilies.toLocaleString('lv')} referred families and their members`,
      sql: [
        `INSERT INTO fs_centres (id, organisation_id, name, municipality_atvk, address, created_at)
           SELECT pg_temp.uid('fsc/' || sa.provider_organisation_id), sa.provider_organisation_id, 'Ģimenes atbalsta centrs — ' || m.name_lv, sa.municipality_atvk, 'Rīgas iela 10, ' || m.name_lv, date '2019-01-01'
           FROM service_agreements sa JOIN municipalities m ON m.atvk = sa.municipality_atvk WHERE sa.programme_code = 'family_support'`,
        `INSERT INTO fs_centre_staff (id, centre_id, organisation_id, user_id, profession)
           SELECT pg_temp.uid('fss/' || s.id), pg_temp.uid('fsc/' || c.organisation_id), c.organisation_id, s.id,
                  CASE s.role WHEN 'social_worker' THEN 'social_worker' WHEN 'specialist' THEN CASE WHEN s.i = 1 THEN 'lawyer' ELSE 'psychologist' END ELSE 'family_assistant' END
           FROM fs_centres c JOIN g_staff s ON s.org = c.organisation_id AND ((s.role = 'social_worker' AND s.i < 3) OR (s.role = 'specialist' AND s.i < 2) OR (s.role = 'social_mentor' AND s.i < 1))`,
        `INSERT INTO fs_projects (organisation_id, code, name, promoter, grant_source, starts_on, ends_on, initial_cost_cents, final_cost_cents, grant_cents, updated_by, updated_at)
           SELECT c.organisation_id, 'LV-FS-' || row_number() OVER (ORDER BY c.municipality_atvk), 'Atbalsta pasākumi sociālās atstumtības riskam pakļautām ģimenēm ar bērniem', o.name,
                  'EEA Grants', date '2019-01-01', date '2022-12-31', 40000000, 42000000, 35700000, s.id, date '2019-01-01'
           FROM fs_centres c JOIN organisations o ON o.id = c.organisation_id JOIN g_staff s ON s.org = c.organisation_id AND s.role = 'manager' AND s.i = 0`,
        // FS-5 households with children in the municipality, referred by its social service; FS-1 the first adult is the family's contact
        `CREATE TEMP TABLE g_fsf AS
         SELECT row_number() OVER (ORDER BY md5(h.household_id::text || 'fs')) AS k, h.household_id, h.contact, h.atvk, h.msw, h.youngest, (hashtext(h.household_id::text || 'fs') & 2147483647) AS h
         FROM (
           SELECT p.household_id, (array_agg(p.id ORDER BY p.birth_date))[1] AS contact, max(p.birth_date) AS youngest, min(o.municipality_atvk) AS atvk, min(msw.id::text)::uuid AS msw
           FROM persons p JOIN organisations o ON o.id = p.organisation_id
           JOIN (SELECT DISTINCT ON (municipality_atvk) municipality_atvk, id FROM organisations WHERE kind = 'municipal_social_service' ORDER BY municipality_atvk, id) msw ON msw.municipality_atvk = o.municipality_atvk
           WHERE p.household_id IS NOT NULL AND p.birth_date IS NOT NULL AND p.merged_into_id IS NULL
           GROUP BY p.household_id
           HAVING count(*) >= 3 AND max(p.birth_date) > ${T} - interval '16 years' AND max(p.birth_date) < ${T} - 60 AND min(p.birth_date) < ${T} - interval '22 years'
         ) h
         WHERE NOT EXISTS (SELECT 1 FROM g_ipc i WHERE i.household_id = h.household_id)`,
        `DELETE FROM g_fsf WHERE k > ${Math.round(fsFamilies * 1.15)}`,
        `ALTER TABLE g_fsf ADD COLUMN org uuid, ADD COLUMN referred_on date, ADD COLUMN opened_on date, ADD COLUMN closed_on date, ADD COLUMN status text, ADD COLUMN sw uuid, ADD COLUMN referrer uuid, ADD COLUMN reason text`,
        `UPDATE g_fsf f SET org = c.organisation_id, referred_on = greatest(date '2019-01-07', f.youngest + 30, ${T} - 10 - f.h % 2500),
                            reason = (ARRAY['parenting_difficulties','parenting_difficulties','child_disability','domestic_violence','crisis','poverty_social_exclusion','other'])[1 + f.h % 7]
         FROM fs_centres c WHERE c.municipality_atvk = f.atvk`,
        `DELETE FROM g_fsf WHERE org IS NULL`,
        // 1 in 8 referrals declined, the ones of the last fortnight still pending; the rest accepted a week after
        `UPDATE g_fsf SET status = CASE WHEN referred_on > ${T} - 14 THEN 'pending' WHEN h % 8 = 5 THEN 'declined' ELSE 'accepted' END`,
        `UPDATE g_fsf SET opened_on = referred_on + 7 WHERE status = 'accepted'`,
        `UPDATE g_fsf SET closed_on = opened_on + 120 + (h / 8) % 600 WHERE status = 'accepted' AND h % 10 < 6 AND opened_on + 120 + (h / 8) % 600 < ${T}`,
        `UPDATE g_fsf f SET sw = s.id FROM g_staff s WHERE s.org = f.org AND s.role = 'social_worker' AND s.i = f.k % least(3, s.n)`,
        `UPDATE g_fsf f SET referrer = s.id FROM g_staff s WHERE s.org = f.msw AND s.role = 'municipal_social_worker' AND s.i = f.k % s.n`,
        `CREATE TEMP TABLE g_fsm AS
         SELECT f.k, p.id AS person_id, p.gender, p.birth_date,
                CASE WHEN p.birth_date > f.referred_on - interval '18 years' THEN 'child'
                     WHEN p.id = f.contact THEN CASE WHEN p.gender = 'male' THEN 'father' ELSE 'mother' END
                     WHEN row_number() OVER (PARTITION BY f.k, p.birth_date <= f.referred_on - interval '18 years' ORDER BY p.birth_date) = 2 THEN CASE WHEN p.gender = 'male' THEN 'father' ELSE 'mother' END
                     WHEN p.birth_date < f.referred_on - interval '55 years' THEN 'grandparent' ELSE 'other_adult' END AS role
         FROM g_fsf f JOIN persons p ON p.household_id = f.household_id AND p.merged_into_id IS NULL AND (p.birth_date IS NULL OR p.birth_date < f.referred_on)`,
        `INSERT INTO cases (id, organisation_id, person_id, municipality_atvk, programme, case_number, status, opened_on, closed_on, case_manager_user_id, created_at)
           SELECT pg_temp.uid('fsc/case/' || k), org, contact, atvk, 'family_support', 'GA-' || extract(year FROM opened_on) || '/' || k,
                  CASE WHEN closed_on IS NULL THEN 'open' ELSE 'closed' END, opened_on, closed_on, sw, opened_on FROM g_fsf WHERE status = 'accepted'`,
        `INSERT INTO case_team_members (id, case_id, organisation_id, user_id, team_role, from_date, to_date)
           SELECT pg_temp.uid('ctm/fsc/' || k), pg_temp.uid('fsc/case/' || k), org, sw, 'social_worker', opened_on, closed_on FROM g_fsf WHERE status = 'accepted'`,
        `INSERT INTO fs_referrals (id, organisation_id, centre_id, referring_organisation_id, municipality_atvk, household_id, contact_person_id, members, reason, assessed_on, referred_on,
                                   assessment, crisis, information_provided, referred_by, status, decided_on, decided_by, decline_reason, case_id, created_at)
           SELECT pg_temp.uid('fsr/' || f.k), f.org, pg_temp.uid('fsc/' || f.org), f.msw, f.atvk, f.household_id, f.contact,
                  (SELECT jsonb_agg(jsonb_build_object('personId', m.person_id, 'role', m.role) ORDER BY m.birth_date) FROM g_fsm m WHERE m.k = f.k),
                  f.reason, f.referred_on - 3, f.referred_on, 'Sociālā dienesta izvērtējums: ģimenei nepieciešams psihosociāls atbalsts un konsultācijas.', f.reason = 'crisis',
                  'Informācija par ģimenes atbalsta centru', f.referrer, f.status, CASE WHEN f.status <> 'pending' THEN f.referred_on + 7 END,
                  CASE WHEN f.status <> 'pending' THEN mgr.id END, CASE WHEN f.status = 'declined' THEN 'Ģimenei piemērotāks cits pakalpojums' END,
                  CASE WHEN f.status = 'accepted' THEN pg_temp.uid('fsc/case/' || f.k) END, f.referred_on
           FROM g_fsf f JOIN g_staff mgr ON mgr.org = f.org AND mgr.role = 'manager' AND mgr.i = 0`,
        `INSERT INTO fs_cases (case_id, organisation_id, centre_id, household_id, referral_id, referring_municipality_atvk, crisis_since, ending_reason, created_at)
           SELECT pg_temp.uid('fsc/case/' || k), org, pg_temp.uid('fsc/' || org), household_id, pg_temp.uid('fsr/' || k), atvk, CASE WHEN reason = 'crisis' THEN opened_on END,
                  CASE WHEN closed_on IS NOT NULL THEN (ARRAY['goals_reached','goals_reached','family_ended','moved_away','other_service'])[1 + h % 5] END, opened_on
           FROM g_fsf WHERE status = 'accepted'`,
        `INSERT INTO fs_case_members (id, case_id, organisation_id, person_id, role, from_date, to_date)
           SELECT pg_temp.uid('fsm/' || m.k || '/' || m.person_id), pg_temp.uid('fsc/case/' || m.k), f.org, m.person_id, m.role, f.opened_on, f.closed_on
           FROM g_fsm m JOIN g_fsf f ON f.k = m.k WHERE f.status = 'accepted'`,
      ],
      count: `SELECT (SELECT count(*) FROM fs_referrals) + (SELECT count(*) FROM fs_cases) + (SELECT count(*) FROM fs_case_members) AS n`,
    },
    {
      name: 'family support: sessions and attendance, groups and camps, mentors, conferences, spending, wellbeing',
      sql: [
        `DELETE FROM g_fsf WHERE status <> 'accepted'`,
        `ALTER TABLE g_fsf ADD COLUMN end_on date`,
        `UPDATE g_fsf SET end_on = coalesce(closed_on, ${T})`,
        // FS-2 an individual session every month of the support (the first 24), a family session every second, crisis work in the first days
        `INSERT INTO fs_sessions (id, organisation_id, case_id, kind, held_on, minutes, facilitator_user_ids, recorded_by, created_at)
           SELECT pg_temp.uid('fsx/' || k || '/' || n), org, pg_temp.uid('fsc/case/' || k), CASE WHEN n % 2 = 1 THEN 'family' ELSE 'individual' END,
                  opened_on + 7 + 30 * n, 60, ARRAY[sw], sw, opened_on + 7 + 30 * n
           FROM g_fsf CROSS JOIN generate_series(0, 23) n WHERE opened_on + 7 + 30 * n <= end_on
           UNION ALL
           SELECT pg_temp.uid('fsx/' || k || '/crisis'), org, pg_temp.uid('fsc/case/' || k), 'crisis', opened_on + 1, 90, ARRAY[sw], sw, opened_on + 1
           FROM g_fsf WHERE reason = 'crisis' AND opened_on + 1 <= end_on`,
        `INSERT INTO fs_attendance (session_id, person_id)
           SELECT pg_temp.uid('fsx/' || f.k || '/' || n), m.person_id
           FROM g_fsf f CROSS JOIN generate_series(0, 23) n JOIN g_fsm m ON m.k = f.k AND (n % 2 = 1 OR m.person_id = f.contact)
           WHERE f.opened_on + 7 + 30 * n <= f.end_on
           UNION ALL
           SELECT pg_temp.uid('fsx/' || k || '/crisis'), contact FROM g_fsf WHERE reason = 'crisis' AND opened_on + 1 <= end_on`,
        // FS-2 each centre's groups every year: parents of children with disabilities in spring, women who suffer violence in autumn, a summer camp
        `CREATE TEMP TABLE g_fsg AS
         SELECT c.id AS centre, c.organisation_id AS org, y, g.kind, g.name, make_date(y, g.mon, 1) + (7 - extract(isodow FROM make_date(y, g.mon, 1))::int + 1) % 7 AS starts_on, g.places, g.sessions, g.every
         FROM fs_centres c CROSS JOIN generate_series(2019, extract(year FROM ${T})::int) y
         CROSS JOIN (VALUES ('parents_disabled_children', 'Vecāku atbalsta grupa', 3, 10, 8, 7), ('domestic_violence', 'Sieviešu atbalsta grupa', 9, 8, 8, 7), ('camp', 'Vasaras nometne bērniem', 7, 30, 5, 1)) g (kind, name, mon, places, sessions, every)`,
        `ALTER TABLE g_fsg ADD COLUMN ends_on date`,
        `UPDATE g_fsg SET ends_on = starts_on + every * (sessions - 1)`,
        `DELETE FROM g_fsg WHERE ends_on > ${T}`,
        `INSERT INTO fs_groups (id, organisation_id, centre_id, kind, name, starts_on, ends_on, places, facilitator_user_ids, created_by, created_at)
           SELECT pg_temp.uid('fsg/' || g.centre || '/' || g.y || '/' || g.kind), g.org, g.centre, g.kind, g.name || ' ' || g.y, g.starts_on, g.ends_on, g.places,
                  ARRAY(SELECT user_id FROM fs_centre_staff s WHERE s.centre_id = g.centre AND s.profession IN ('psychologist', 'family_assistant') ORDER BY user_id LIMIT 2),
                  mgr.id, g.starts_on - 30
           FROM g_fsg g JOIN g_staff mgr ON mgr.org = g.org AND mgr.role = 'manager' AND mgr.i = 0`,
        `CREATE TEMP TABLE g_fsp AS
         SELECT * FROM (
           SELECT g.centre, g.y, g.kind, g.starts_on, g.ends_on, g.sessions, g.every, g.org, f.k, m.person_id, f.sw,
                  row_number() OVER (PARTITION BY g.centre, g.y, g.kind ORDER BY f.h, m.person_id) AS seat, g.places
           FROM g_fsg g JOIN g_fsf f ON f.org = g.org AND f.opened_on <= g.starts_on AND f.end_on >= g.ends_on
           JOIN g_fsm m ON m.k = f.k AND CASE g.kind WHEN 'camp' THEN m.role = 'child' ELSE m.person_id = f.contact END
           WHERE CASE g.kind WHEN 'parents_disabled_children' THEN f.reason IN ('child_disability', 'parenting_difficulties') WHEN 'domestic_violence' THEN f.reason IN ('domestic_violence', 'crisis') ELSE true END
         ) x WHERE seat <= places`,
        `INSERT INTO fs_group_participants (id, group_id, organisation_id, case_id, person_id, enrolled_on, enrolled_by)
           SELECT pg_temp.uid('fsgp/' || centre || '/' || y || '/' || kind || '/' || person_id), pg_temp.uid('fsg/' || centre || '/' || y || '/' || kind), org, pg_temp.uid('fsc/case/' || k), person_id, starts_on, sw
           FROM g_fsp`,
        `INSERT INTO fs_sessions (id, organisation_id, group_id, kind, held_on, minutes, topic, facilitator_user_ids, recorded_by, created_at)
           SELECT pg_temp.uid('fsgs/' || g.id || '/' || s), g.organisation_id, g.id, 'group', g.starts_on + s * CASE WHEN g.kind = 'camp' THEN 1 ELSE 7 END, 90,
                  CASE WHEN g.kind = 'camp' THEN 'Nometnes ' || (s + 1) || '. diena' ELSE (s + 1) || '. tikšanās' END, g.facilitator_user_ids, g.created_by, g.starts_on
           FROM fs_groups g CROSS JOIN LATERAL generate_series(0, CASE WHEN g.kind = 'camp' THEN 4 ELSE 7 END) s`,
        `INSERT INTO fs_attendance (session_id, person_id)
           SELECT pg_temp.uid('fsgs/' || pg_temp.uid('fsg/' || p.centre || '/' || p.y || '/' || p.kind) || '/' || s), p.person_id
           FROM g_fsp p CROSS JOIN LATERAL generate_series(0, p.sessions - 1) s WHERE (p.seat + s) % 6 <> 0`,
        // FS-3 a checked and trained volunteer for every tenth family, matched a month in, for half a year; a few mentors still waiting for a family
        `INSERT INTO fs_mentors (id, organisation_id, centre_id, given_names, surnames, phone, check_done_on, check_valid_until, training_completed_on, ended_on, created_by, created_at)
           SELECT pg_temp.uid('fsmt/' || f.k), f.org, pg_temp.uid('fsc/' || f.org), (ARRAY['Aija','Gints','Maija','Rūta','Elmārs','Vija','Uldis','Sandra'])[1 + f.h % 8],
                  (ARRAY['Sproģe','Vilks','Saulīte','Avotiņa','Dzenis','Zvaigzne','Upenieks','Mežule'])[1 + f.h % 8], '+371 2' || (1000000 + f.h % 8999999),
                  f.opened_on - 60, f.opened_on + 670, f.opened_on - 30, NULL::date, f.sw, f.opened_on - 60
           FROM g_fsf f WHERE f.h % 10 = 4 AND f.opened_on + 30 <= f.end_on
           UNION ALL
           SELECT pg_temp.uid('fsmt/free/' || c.id), c.organisation_id, c.id, 'Inta', 'Kalna', NULL, ${T} - 40, ${T} + 690, ${T} - 10, NULL, mgr.id, ${T} - 40
           FROM fs_centres c JOIN g_staff mgr ON mgr.org = c.organisation_id AND mgr.role = 'manager' AND mgr.i = 0`,
        `INSERT INTO fs_mentor_matches (id, organisation_id, mentor_id, case_id, matched_on, ended_on, ending_reason, matched_by, created_at)
           SELECT pg_temp.uid('fsmm/' || k), org, pg_temp.uid('fsmt/' || k), pg_temp.uid('fsc/case/' || k), opened_on + 30,
                  CASE WHEN least(end_on, opened_on + 210) < ${T} THEN least(end_on, opened_on + 210) END,
                  CASE WHEN least(end_on, opened_on + 210) < ${T} THEN 'goals_reached' END, sw, opened_on + 30
           FROM g_fsf WHERE h % 10 = 4 AND opened_on + 30 <= end_on`,
        `INSERT INTO fs_mentor_meetings (id, organisation_id, match_id, held_on, minutes, recorded_by)
           SELECT pg_temp.uid('fsmg/' || m.id || '/' || d), m.organisation_id, m.id, m.matched_on + d, 90, m.matched_by
           FROM fs_mentor_matches m CROSS JOIN generate_series(14, 180, 21) d WHERE m.matched_on + d <= coalesce(m.ended_on, ${T})`,
        `INSERT INTO fs_mentor_supervisions (id, organisation_id, mentor_id, held_on, supervisor_user_id, recorded_by)
           SELECT pg_temp.uid('fsms/' || m.id || '/' || d), m.organisation_id, m.mentor_id, m.matched_on + d, s.user_id, m.matched_by
           FROM fs_mentor_matches m CROSS JOIN (VALUES (60), (120)) v (d)
           JOIN LATERAL (SELECT user_id FROM fs_centre_staff WHERE organisation_id = m.organisation_id AND profession = 'psychologist' ORDER BY user_id LIMIT 1) s ON true
           WHERE m.matched_on + d <= coalesce(m.ended_on, ${T})`,
        // FS-4 a family group conference for every eleventh family, its plan reviewed three months later
        `INSERT INTO fs_conferences (id, organisation_id, case_id, coordinator_user_id, preparation_started_on, held_on, plan, review_on, reviewed_on, review_outcome, created_by, created_at)
           SELECT pg_temp.uid('fsk/' || k), org, pg_temp.uid('fsc/case/' || k), sw, opened_on + 20, CASE WHEN opened_on + 45 <= end_on THEN opened_on + 45 END,
                  CASE WHEN opened_on + 45 <= end_on THEN 'Ģimenes plāns: bērnu ikdienas aprūpe, vecmāmiņas atbalsts pēcpusdienās, regulāras tikšanās ar sociālo darbinieku.' END,
                  CASE WHEN opened_on + 45 <= end_on THEN opened_on + 135 END, CASE WHEN opened_on + 135 <= end_on THEN opened_on + 135 END,
                  CASE WHEN opened_on + 135 <= end_on THEN 'Plāns izpildīts; ģimene turpina ar saviem spēkiem.' END, sw, opened_on + 20
           FROM g_fsf WHERE h % 11 = 3 AND opened_on + 20 <= end_on`,
        `INSERT INTO fs_conference_invitees (id, conference_id, name, relation, family_member, attended)
           SELECT pg_temp.uid('fski/' || c.id || '/' || v.n), c.id, v.name, v.relation, v.family, c.held_on IS NOT NULL
           FROM fs_conferences c CROSS JOIN (VALUES (1, 'Māte', 'māte', true), (2, 'Vecmāmiņa', 'vecmāmiņa', true), (3, 'Skolotāja', 'skola', false)) v (n, name, relation, family)`,
        `INSERT INTO fs_leader_trainings (id, organisation_id, user_id, kind, held_on, given_by, recorded_by)
           SELECT pg_temp.uid('fst/' || s.user_id || '/' || kind), s.organisation_id, s.user_id, kind, CASE kind WHEN 'training' THEN date '2019-02-11' ELSE date '2019-06-17' END,
                  'SOS Children’s Villages Norway', mgr.id
           FROM fs_centre_staff s JOIN g_staff mgr ON mgr.org = s.organisation_id AND mgr.role = 'manager' AND mgr.i = 0 CROSS JOIN (VALUES ('training'), ('supervision')) v (kind)
           WHERE s.profession IN ('social_worker', 'family_assistant')`,
        // FS-6 each month's spending: within the project against the grant, after it the provider's own continuation
        `INSERT INTO fs_spending (id, organisation_id, spent_on, category, amount_cents, note, recorded_by, created_at)
           SELECT pg_temp.uid('fsp/' || p.organisation_id || '/' || m::date || '/' || c), p.organisation_id, (m + interval '27 days')::date, c,
                  CASE c WHEN 'staff' THEN 620000 WHEN 'groups_and_camps' THEN 90000 WHEN 'mentors' THEN 30000 WHEN 'conferences' THEN 40000 WHEN 'premises' THEN 110000 ELSE 35000 END
                    * CASE WHEN m > p.ends_on THEN 0.5 ELSE 1 END, NULL, p.updated_by, m + interval '27 days'
           FROM fs_projects p CROSS JOIN LATERAL generate_series(p.starts_on, ${T} - 28, interval '1 month') m
           CROSS JOIN unnest(ARRAY['staff','groups_and_camps','mentors','conferences','premises','administration']) c`,
        // the family's wellbeing two weeks in and every six months, and at the ending with the family's feedback
        `INSERT INTO evaluations (id, programme_code, instrument, case_id, recorded_on, score, recorded_by, created_at)
           SELECT pg_temp.uid('fsw/' || k || '/' || n), 'family_support', 'family_wellbeing', pg_temp.uid('fsc/case/' || k), opened_on + 14 + 182 * n, least(5, 2 + n + h % 2), sw, opened_on + 14 + 182 * n
           FROM g_fsf CROSS JOIN generate_series(0, 12) n WHERE opened_on + 14 + 182 * n <= end_on
           UNION ALL
           SELECT pg_temp.uid('fsw/' || k || '/end'), 'family_support', 'family_wellbeing', pg_temp.uid('fsc/case/' || k), closed_on, 3 + h % 3, sw, closed_on FROM g_fsf WHERE closed_on IS NOT NULL
           UNION ALL
           SELECT pg_temp.uid('fsfb/' || k), 'family_support', 'family_feedback', pg_temp.uid('fsc/case/' || k), closed_on, 3 + h % 3, sw, closed_on FROM g_fsf WHERE closed_on IS NOT NULL`,
        `DROP TABLE g_fsp, g_fsg`,
      ],
      count: `SELECT (SELECT count(*) FROM fs_sessions) + (SELECT count(*) FROM fs_attendance) + (SELECT count(*) FROM fs_group_participants) + (SELECT count(*) FROM fs_mentor_matches)
                + (SELECT count(*) FROM fs_mentor_meetings) + (SELECT count(*) FROM fs_conferences) + (SELECT count(*) FROM fs_spending) + (SELECT count(*) FROM evaluations WHERE programme_code = 'family_support') AS n`,
    },
    {
      name: 'regional planning: the Rīga planning region\'s yearly rounds, parts, figures, models, forecasts, cooperation',
      sql: [
        `CREATE TEMP TABLE g_rp AS SELECT atvk, row_number() OVER (ORDER BY atvk) AS i, (SELECT count(*) FROM organisations WHERE kind = 'service_provider' AND municipality_atvk = m.atvk) AS providers
           FROM municipalities m WHERE region_code = 'riga' AND valid_from <= ${T} AND (valid_to IS NULL OR valid_to >= ${T})`,
        `CREATE TEMP TABLE g_rps (service text, target_group text, si int)`,
        `INSERT INTO g_rps VALUES ${values(RP_SERVICES.map(([s, g], i) => [s, g, i]))}`,
        // RP-6 a round each February since 2022, closed in April; this year's opened three weeks ago and still open
        `INSERT INTO rp_rounds (id, region_code, name, opened_on, deadline, status, closed_on, catalogue_version, opened_by, closed_by, created_at)
           SELECT pg_temp.uid('rpr/' || y), 'riga', 'Sociālo pakalpojumu plāna aktualizācija ' || y, opened_on, opened_on + 45,
                  CASE WHEN opened_on + 70 <= ${T} THEN 'closed' ELSE 'open' END, CASE WHEN opened_on + 70 <= ${T} THEN opened_on + 70 END, 1,
                  pg_temp.uid('u/region/planner'), CASE WHEN opened_on + 70 <= ${T} THEN pg_temp.uid('u/region/planner') END, opened_on
           FROM (SELECT y, CASE WHEN y < extract(year FROM ${T}) THEN make_date(y, 2, 1) ELSE ${T} - 20 END AS opened_on FROM generate_series(2022, extract(year FROM ${T})::int) y) r`,
        `INSERT INTO rp_parts (id, round_id, municipality_atvk, status, version, confirmed_on, confirmed_by, last_reminded_on, reminders, updated_by, updated_at)
           SELECT pg_temp.uid('rpp/' || r.id || '/' || m.atvk), r.id, m.atvk, st.status, CASE st.status WHEN 'not_started' THEN 1 ELSE 3 END,
                  CASE WHEN st.status = 'confirmed' THEN least(r.deadline - m.i::int, ${T}) END, CASE WHEN st.status = 'confirmed' THEN msw.id END,
                  CASE WHEN st.status <> 'confirmed' AND r.opened_on + 30 <= ${T} THEN r.opened_on + 30 END, CASE WHEN st.status <> 'confirmed' AND r.opened_on + 30 <= ${T} THEN 1 ELSE 0 END,
                  CASE WHEN st.status <> 'not_started' THEN msw.id END, least(r.deadline - m.i::int, ${T})
           FROM rp_rounds r CROSS JOIN g_rp m
           CROSS JOIN LATERAL (SELECT CASE WHEN r.status = 'closed' THEN CASE WHEN (m.i + extract(year FROM r.opened_on)::int) % 9 = 0 THEN 'in_progress' ELSE 'confirmed' END
                                           ELSE (ARRAY['not_started','in_progress','confirmed'])[1 + m.i::int % 3] END AS status) st
           LEFT JOIN LATERAL (SELECT s.id FROM organisations o JOIN g_staff s ON s.org = o.id AND s.role = 'municipal_social_worker' AND s.i = 0
                              WHERE o.kind = 'municipal_social_service' AND o.municipality_atvk = m.atvk ORDER BY o.id LIMIT 1) msw ON true`,
        // RP-2, RP-7 the part's figures per catalogue service: most municipalities offer the common services, the rare ones only the bigger
        `INSERT INTO rp_figures (round_id, municipality_atvk, service, providers, places, clients, waiting, waiting_days, cost_cents, clients_by_group)
           SELECT p.round_id, p.municipality_atvk, s.service, 1 + (m.providers + s.si) % 3, places, clients, (clients / 10) * ((m.i + s.si) % 2), 20 + (m.i * 7 + s.si * 5) % 90,
                  clients::bigint * (120000 + s.si * 9000), jsonb_build_object(s.target_group, clients)
           FROM rp_parts p JOIN g_rp m ON m.atvk = p.municipality_atvk CROSS JOIN g_rps s
           CROSS JOIN LATERAL (SELECT (5 + (m.providers * 11 + s.si * 7 + extract(year FROM p.updated_at)::int) % 60) * (1 + m.providers / 5)::int AS clients) c
           CROSS JOIN LATERAL (SELECT c.clients + c.clients / 8 AS places) pl
           WHERE p.status <> 'not_started' AND ((m.i + s.si) % 4 <> 0 OR m.providers >= 5)`,
        `INSERT INTO rp_models (round_id, municipality_atvk, service, stance, reason)
           SELECT p.round_id, p.municipality_atvk, s.service, (ARRAY['priority','ready_to_support','not_planned'])[1 + (m.i + s.si) % 3],
                  CASE (m.i + s.si) % 3 WHEN 0 THEN 'Rindā gaida vairāk nekā pusgadu' WHEN 2 THEN 'Pakalpojumu nodrošina kaimiņu novads' END
           FROM rp_parts p JOIN g_rp m ON m.atvk = p.municipality_atvk CROSS JOIN g_rps s WHERE p.status <> 'not_started'`,
        // RP-5 the next three years' clients, by rate per resident of the target group or by the trend
        `INSERT INTO rp_forecasts (round_id, municipality_atvk, service, year, method, rate_per_thousand, clients, residents, projected)
           SELECT f.round_id, f.municipality_atvk, f.service, extract(year FROM r.opened_on)::int + n, CASE WHEN (m.i + f.cost_cents / 1000) % 2 = 0 THEN 'rate_per_resident' ELSE 'linear_trend' END,
                  CASE WHEN (m.i + f.cost_cents / 1000) % 2 = 0 THEN round(f.clients * 1000.0 / (8000 + m.providers * 4000), 2) END,
                  f.clients + n * (1 + f.clients / 20),
                  CASE WHEN (m.i + f.cost_cents / 1000) % 2 = 0 THEN 8000 + m.providers * 4000 END, CASE WHEN (m.i + f.cost_cents / 1000) % 2 = 0 THEN 8000 + m.providers * 4000 + n * 150 END
           FROM rp_figures f JOIN rp_rounds r ON r.id = f.round_id JOIN g_rp m ON m.atvk = f.municipality_atvk CROSS JOIN generate_series(1, 3) n`,
        // RP-4 neighbours share a crisis centre, a group home and a shelter
        `INSERT INTO rp_cooperation (id, region_code, service, name, valid_from, valid_to, shares, created_by, created_at)
           SELECT pg_temp.uid('rpc/' || v.service), 'riga', v.service, v.name, date '2023-01-01', NULL,
                  jsonb_build_array(jsonb_build_object('municipalityAtvk', a.atvk, 'costPercent', 60, 'placesPercent', 60), jsonb_build_object('municipalityAtvk', b.atvk, 'costPercent', 40, 'placesPercent', 40)),
                  pg_temp.uid('u/region/planner'), date '2023-01-01'
           FROM (VALUES ('crisis_centre', 'Kopīgs krīzes centrs', 1), ('group_home', 'Grupu dzīvokļu sadarbība', 3), ('shelter', 'Patversmes līgums', 5)) v (service, name, n)
           JOIN g_rp a ON a.i = v.n JOIN g_rp b ON b.i = v.n + 1`,
        `DROP TABLE g_rp, g_rps`,
      ],
      count: `SELECT (SELECT count(*) FROM rp_parts) + (SELECT count(*) FROM rp_figures) + (SELECT count(*) FROM rp_models) + (SELECT count(*) FROM rp_forecasts) AS n`,
    },
    {
      name: 'Housing First: the client questionnaire at the start and at the exit (HF-4.3 (2), read by HF-4.2 D–F)',
      sql: [
        `INSERT INTO evaluations (id, programme_code, instrument, case_id, recorded_on, answers, recorded_by, created_at)
           SELECT pg_temp.uid('hfq/' || c.id || '/' || w.at), 'housing_first', 'client_questionnaire', c.id, w.on_day,
                  jsonb_build_object('interviewee', 'client', 'income_eur', CASE w.at WHEN 'start' THEN 109 + h % 200 ELSE 180 + h % 400 END,
                    'income_from_work', w.at = 'exit' AND h % 3 = 0, 'income_from_benefits', h % 2 = 0, 'income_from_pension', h % 5 = 0, 'income_other', false,
                    'work', CASE WHEN w.at = 'exit' AND h % 3 = 0 THEN 'part_time' ELSE 'none' END, 'training', w.at = 'exit' AND h % 4 = 0, 'volunteering', h % 6 = 0,
                    'addiction_rehabilitation', h % 7 = 0, 'hospitalisations', CASE w.at WHEN 'start' THEN h % 4 ELSE h % 2 END, 'day_hospital_stays', h % 2,
                    'inpatient_stays', h % 3, 'emergency_calls', CASE w.at WHEN 'start' THEN h % 6 ELSE h % 3 END, 'police_contacts', CASE w.at WHEN 'start' THEN h % 5 ELSE h % 2 END,
                    'jail_times', 0, 'jail_days', 0),
                  m.recorded_by, w.on_day
           FROM (SELECT c.id, c.closed_on, (hashtext(c.id::text) & 2147483647) AS h FROM cases c WHERE c.programme = 'housing_first') c
           JOIN move_ins m ON m.case_id = c.id
           CROSS JOIN LATERAL (VALUES ('start', m.moved_in_on + 20), ('exit', c.closed_on)) w (at, on_day)
           WHERE w.on_day IS NOT NULL AND w.on_day <= ${T} AND w.on_day <= coalesce(c.closed_on, ${T}) AND (w.at = 'exit' OR c.h % 10 <> 9)`,
        'DROP TABLE g_staff, g_ipc, g_ibc, g_fsf, g_fsm, g_ipl, g_ibs, g_ibset',
      ],
      count: `SELECT count(*) AS n FROM evaluations WHERE programme_code = 'housing_first'`,
    },
  ];
}

/** References the programme stages' rows hold, each checked by an anti-join after the load. */
export const PROGRAMME_REFERENCES: [string, string, string, string][] = [
  ['service_agreements', 'provider_organisation_id', 'organisations', 'id'], ['evaluations', 'case_id', 'cases', 'id'], ['evaluations', 'provider_organisation_id', 'organisations', 'id'],
  ['evaluations', 'recorded_by', 'users', 'id'],
  ['ip_cases', 'case_id', 'cases', 'id'], ['ip_cases', 'service_agreement_id', 'service_agreements', 'id'], ['ip_cases', 'household_id', 'households', 'id'], ['ip_cases', 'decided_by', 'users', 'id'],
  ['ip_recipients', 'case_id', 'ip_cases', 'case_id'], ['ip_recipients', 'person_id', 'persons', 'id'], ['ip_service_lines', 'case_id', 'ip_cases', 'case_id'], ['ip_service_lines', 'created_by', 'users', 'id'],
  ['ip_service_deliveries', 'service_line_id', 'ip_service_lines', 'id'], ['ip_costs', 'case_id', 'ip_cases', 'case_id'], ['ip_co_payments', 'case_id', 'ip_cases', 'case_id'],
  ['ib_cases', 'case_id', 'cases', 'id'], ['ib_assessments', 'case_id', 'ib_cases', 'case_id'], ['ib_assessments', 'recorded_by', 'users', 'id'], ['ib_plan_versions', 'case_id', 'ib_cases', 'case_id'],
  ['ib_deliveries', 'case_id', 'ib_cases', 'case_id'], ['ib_difficulties', 'case_id', 'ib_cases', 'case_id'], ['ib_interruptions', 'case_id', 'ib_cases', 'case_id'],
  ['fs_centres', 'organisation_id', 'organisations', 'id'], ['fs_centre_staff', 'user_id', 'users', 'id'], ['fs_projects', 'updated_by', 'users', 'id'],
  ['fs_referrals', 'centre_id', 'fs_centres', 'id'], ['fs_referrals', 'household_id', 'households', 'id'], ['fs_referrals', 'contact_person_id', 'persons', 'id'], ['fs_referrals', 'referred_by', 'users', 'id'],
  ['fs_referrals', 'decided_by', 'users', 'id'], ['fs_referrals', 'case_id', 'cases', 'id'], ['fs_cases', 'case_id', 'cases', 'id'], ['fs_cases', 'referral_id', 'fs_referrals', 'id'],
  ['fs_case_members', 'case_id', 'fs_cases', 'case_id'], ['fs_case_members', 'person_id', 'persons', 'id'], ['fs_groups', 'centre_id', 'fs_centres', 'id'], ['fs_groups', 'created_by', 'users', 'id'],
  ['fs_group_participants', 'group_id', 'fs_groups', 'id'], ['fs_group_participants', 'case_id', 'fs_cases', 'case_id'], ['fs_sessions', 'case_id', 'fs_cases', 'case_id'], ['fs_sessions', 'group_id', 'fs_groups', 'id'],
  ['fs_attendance', 'session_id', 'fs_sessions', 'id'], ['fs_attendance', 'person_id', 'persons', 'id'], ['fs_mentors', 'centre_id', 'fs_centres', 'id'], ['fs_mentor_matches', 'mentor_id', 'fs_mentors', 'id'],
  ['fs_mentor_matches', 'case_id', 'fs_cases', 'case_id'], ['fs_mentor_meetings', 'match_id', 'fs_mentor_matches', 'id'], ['fs_mentor_supervisions', 'supervisor_user_id', 'users', 'id'],
  ['fs_conferences', 'case_id', 'fs_cases', 'case_id'], ['fs_conference_invitees', 'conference_id', 'fs_conferences', 'id'], ['fs_leader_trainings', 'user_id', 'users', 'id'], ['fs_spending', 'recorded_by', 'users', 'id'],
  ['rp_rounds', 'opened_by', 'users', 'id'], ['rp_parts', 'round_id', 'rp_rounds', 'id'], ['rp_parts', 'confirmed_by', 'users', 'id'], ['rp_figures', 'round_id', 'rp_rounds', 'id'],
  ['rp_forecasts', 'round_id', 'rp_rounds', 'id'], ['rp_cooperation', 'created_by', 'users', 'id'],
];
