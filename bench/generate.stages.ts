import { foldForSearch } from '@socrehab/domain';
import { findMunicipalitiesValidOn } from '@socrehab/domain/reference/municipalities';
import { FEMALE_POOL, MALE_POOL, slotsOf, SURNAME_POOL } from './names';

/**
 * The SQL of the national-scale generator, stage by stage. Rows are made inside the database with
 * generate_series (no per-row round trips, no COPY dependency). Ids are deterministic version-4-shaped
 * UUIDs derived from a stage key (`pg_temp.uid('p/123')`), so later stages link to earlier rows without
 * joins. Names are folded in Node with the domain's `foldForSearch` and only concatenated in SQL;
 * generate.ts then checks every distinct stored search key against `personSearchKey`.
 */

export interface GenerateOptions {
  persons: number;
  cases: number;
  seed: number;
}

/** Rough population by ATVK code (2024) — the weight of each municipality's caseload. */
const POPULATION: Record<string, number> = {
  '0001000': 605, '0002000': 78, '0003000': 55, '0004000': 50, '0005000': 67, '0006000': 26, '0007000': 33,
  '0020000': 30, '0021000': 13, '0022000': 24, '0023000': 20, '0024000': 19, '0025000': 41, '0026000': 41, '0027000': 33,
  '0028000': 29, '0029000': 19, '0030000': 23, '0031000': 43, '0032000': 21, '0033000': 30, '0034000': 30, '0035000': 30,
  '0036000': 11, '0037000': 22, '0038001': 33, '0039000': 35, '0040000': 56, '0041000': 20, '0042000': 16, '0043000': 26,
  '0044000': 25, '0045000': 23, '0046000': 27, '0047000': 6, '0048000': 31, '0049000': 19, '0051000': 38, '0052000': 42,
  '0053000': 8, '0054000': 52, '0056000': 11,
};

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const textArray = (items: string[]) => `(ARRAY[${items.map(lit).join(',')}]::text[])`;
const intArray = (items: number[]) => `(ARRAY[${items.join(',')}]::int[])`;
/** A random 1-based index into a slot table, in SQL. */
const pick = (slots: number[]) => `(${intArray(slots)})[1 + floor(random() * ${slots.length})::int]`;

export interface Stage {
  name: string;
  sql: string[];
  /** Rows the stage writes, for the progress line (a query answering { n }). */
  count?: string;
  /** Skip the stage when this query answers { n: 0 } (batches beyond the data). */
  skipUnless?: string;
}

export function municipalitiesForBench(today: string) {
  return findMunicipalitiesValidOn(today).map((m, i) => ({ idx: i + 1, atvk: m.atvk, name: m.nameLv, population: POPULATION[m.atvk] ?? 20 }));
}

export function buildStages(o: GenerateOptions, today: string): Stage[] {
  const munis = municipalitiesForBench(today);
  const totalPop = munis.reduce((a, m) => a + m.population, 0);
  const muniSlots = slotsOf({ items: munis, weights: munis.map((m) => m.population) });
  // one service provider per ~15 000 residents, at least one per municipality
  const providersPer = munis.map((m) => Math.max(1, Math.round((o.persons * m.population) / totalPop / 15_000)));
  const mswPer = munis.map((m) => Math.max(2, Math.round((o.persons * m.population) / totalPop / 8_000)));
  const [male, female, surM, surF] = [MALE_POOL.items, FEMALE_POOL.items, SURNAME_POOL.items.map((s) => s[0]), SURNAME_POOL.items.map((s) => s[1])];
  const hhEstimate = Math.ceil(o.persons / 2.21) + 1000;

  const orgValues: string[] = [];
  munis.forEach((m, i) => {
    orgValues.push(`(${m.idx}, 0, 'municipal_social_service', ${lit(`${m.name} — sociālais dienests`)}, ${lit(m.atvk)}, ${mswPer[i]})`);
    for (let p = 1; p <= providersPer[i]!; p++) {
      orgValues.push(`(${m.idx}, ${p}, 'service_provider', ${lit(`Biedrība „Atbalsts ${m.name} ${p}”`)}, ${lit(m.atvk)}, 0)`);
    }
  });

  return [
    {
      name: 'organisations',
      sql: [
        `CREATE TEMP TABLE g_org (muni int, n int, kind text, name text, atvk text, msw int, id uuid)`,
        `INSERT INTO g_org SELECT *, pg_temp.uid('org/' || muni || '/' || n) FROM (VALUES ${orgValues.join(',')}) v (muni, n, kind, name, atvk, msw)`,
        `INSERT INTO organisations (id, name, kind, municipality_atvk, region_code)
           SELECT g.id, g.name, g.kind, g.atvk, m.region_code FROM g_org g JOIN municipalities m ON m.atvk = g.atvk`,
        `INSERT INTO organisations (id, name, kind, municipality_atvk, region_code) VALUES
           (pg_temp.uid('org/funder'), 'Sabiedrības integrācijas fonds', 'funder', NULL, NULL),
           (pg_temp.uid('org/region'), 'Rīgas plānošanas reģions', 'planning_region', NULL, 'riga')`,
        `CREATE TEMP TABLE g_muni AS SELECT muni, count(*) FILTER (WHERE n > 0) AS providers, max(msw) AS msw FROM g_org GROUP BY muni`,
      ],
      count: `SELECT count(*) AS n FROM organisations`,
    },
    {
      name: 'households (sizes 1–6, ~2.2 on average)',
      sql: [
        `CREATE TEMP TABLE g_hh AS
         WITH s AS (
           SELECT h, CASE WHEN r < 0.38 THEN 1 WHEN r < 0.66 THEN 2 WHEN r < 0.83 THEN 3 WHEN r < 0.94 THEN 4 WHEN r < 0.98 THEN 5 ELSE 6 END AS size,
                  ${pick(muniSlots)} AS muni, ${pick(slotsOf(SURNAME_POOL))} AS surname, random() AS owner_r
           FROM (SELECT h, random() AS r FROM generate_series(1, ${hhEstimate}) h) x
         )
         SELECT h, size, muni, surname, owner_r, sum(size) OVER (ORDER BY h) - size AS start FROM s`,
        `DELETE FROM g_hh WHERE start >= ${o.persons}`,
        `UPDATE g_hh SET size = ${o.persons} - start WHERE start + size > ${o.persons}`,
        `INSERT INTO households (id, organisation_id, created_at)
           SELECT pg_temp.uid('hh/' || h), pg_temp.uid('org/' || muni || '/0'), now() - random() * interval '5 years' FROM g_hh WHERE size > 1`,
      ],
      count: `SELECT count(*) AS n FROM households`,
    },
    {
      name: 'persons: attributes',
      sql: [
        `CREATE TEMP TABLE g_p AS
         SELECT seq, h, pos, size, muni, org, created_by, female, given, given2, surname, birth_date, code_kind,
                CASE WHEN code_kind = 1 THEN row_number() OVER (PARTITION BY birth_date, code_kind ORDER BY seq) - 1 END AS serial
         FROM (
           SELECT *, CASE WHEN birth_date IS NULL THEN 0 WHEN cr < 0.51 THEN 1 WHEN cr < 0.60 THEN 2 ELSE 0 END AS code_kind,
                  CASE WHEN female THEN ${pick(slotsOf(FEMALE_POOL))} ELSE ${pick(slotsOf(MALE_POOL))} END AS given,
                  CASE WHEN random() < 0.08 THEN CASE WHEN female THEN ${pick(slotsOf(FEMALE_POOL))} ELSE ${pick(slotsOf(MALE_POOL))} END END AS given2
           FROM (
             SELECT hh.start + pos AS seq, hh.h, pos, hh.size, hh.muni, hh.surname, random() AS cr,
                    CASE WHEN hh.owner_r < 0.01 THEN pg_temp.uid('org/' || hh.muni || '/' || (1 + (hh.h % gm.providers))) ELSE pg_temp.uid('org/' || hh.muni || '/0') END AS org,
                    CASE WHEN hh.owner_r < 0.01 THEN pg_temp.uid('u/org/' || hh.muni || '/' || (1 + (hh.h % gm.providers)) || '/sw/' || (hh.h % 5))
                         ELSE pg_temp.uid('u/org/' || hh.muni || '/0/msw/' || (hh.h % gm.msw)) END AS created_by,
                    CASE WHEN pos = 0 THEN (hh.h * 7) % 100 < 52 WHEN pos = 1 THEN (hh.h * 7) % 100 >= 52 ELSE random() < 0.5 END AS female,
                    CASE WHEN random() < 0.02 THEN NULL
                         WHEN pos >= 2 THEN date '2005-01-01' + floor(random() * 7300)::int
                         ELSE date '1935-01-01' + floor(random() * 25500)::int END AS birth_date
             FROM g_hh hh JOIN g_muni gm ON gm.muni = hh.muni
             CROSS JOIN LATERAL generate_series(0, hh.size - 1) pos
           ) a
         ) b
         ORDER BY seq`,
        `CREATE INDEX ON g_p (seq)`,
      ],
      count: `SELECT count(*) AS n FROM g_p`,
    },
    ...personBatches(o.persons).map((range, i, all) => ({
      name: `persons ${i + 1}/${all.length}`,
      sql: [personInsert(range, { male, female, surM, surF })],
    })),
    {
      name: 'person codes (old format from the birth date, new format 32…)',
      sql: [
        `INSERT INTO person_codes (id, person_id, organisation_id, code, format, valid_from)
           SELECT pg_temp.uid('pc/' || id), id, organisation_id, personal_code, CASE WHEN personal_code LIKE '32%' THEN 'new' ELSE 'old' END, created_at
           FROM persons WHERE personal_code IS NOT NULL`,
      ],
      count: `SELECT count(*) AS n FROM person_codes`,
    },
    {
      name: 'relations (partners, parents) in half of the households',
      sql: [
        `INSERT INTO person_relations (id, organisation_id, person_id, related_person_id, kind, created_by)
           SELECT pg_temp.uid('rel/' || p.seq), p.org, pg_temp.uid('p/' || p.seq), pg_temp.uid('p/' || (p.seq - p.pos)),
                  CASE WHEN p.pos = 1 THEN 'partner' ELSE 'parent' END, p.created_by
           FROM g_p p WHERE p.pos >= 1 AND p.h % 2 = 0`,
      ],
      count: `SELECT count(*) AS n FROM person_relations`,
    },
    {
      name: 'cases',
      sql: [
        // k ↦ k·1 000 003 mod N is a bijection (N is not a multiple of that prime): distinct persons
        `CREATE TEMP TABLE g_case AS
         SELECT k, seq, muni, atvk, org, row_number() OVER (PARTITION BY org ORDER BY k) - 1 AS rank, opened_on, closed
         FROM (
           SELECT k, p.seq, p.muni, m.atvk,
                  CASE WHEN random() < 0.65 THEN pg_temp.uid('org/' || p.muni || '/' || (1 + (k % gm.providers))) ELSE pg_temp.uid('org/' || p.muni || '/0') END AS org,
                  current_date - floor(random() * 1460)::int AS opened_on, random() < 0.3 AS closed
           FROM generate_series(1, ${o.cases}) k
           JOIN g_p p ON p.seq = (k::bigint * 1000003) % ${o.persons}
           JOIN g_muni gm ON gm.muni = p.muni
           JOIN g_org m ON m.muni = p.muni AND m.n = 0
         ) x`,
        `INSERT INTO cases (id, organisation_id, person_id, municipality_atvk, programme, case_number, status, opened_on, closed_on, created_at)
           SELECT pg_temp.uid('case/' || k), org, pg_temp.uid('p/' || seq), atvk,
                  (ARRAY['housing_first','social_rehabilitation','crisis_centre','day_centre','supported_housing'])[1 + k % 5],
                  'L-' || extract(year FROM opened_on) || '/' || k, CASE WHEN closed THEN 'closed' ELSE 'open' END, opened_on,
                  CASE WHEN closed THEN least(current_date, opened_on + 30 + floor(random() * 700)::int) END, opened_on
           FROM g_case`,
      ],
      count: `SELECT count(*) AS n FROM cases`,
    },
    {
      name: 'users (managers, municipal and case workers; ≤10 cases each) and case teams',
      sql: [
        // team: a social worker per 8 cases of the organisation, a mentor on half, a specialist on a fifth
        `CREATE TEMP TABLE g_team AS
           SELECT k, org, 'social_worker' AS role, rank / 8 AS w, opened_on FROM g_case
           UNION ALL SELECT k, org, 'social_mentor', rank / 10, opened_on FROM g_case WHERE k % 2 = 0
           UNION ALL SELECT k, org, 'specialist', rank / 10, opened_on FROM g_case WHERE k % 5 = 1`,
        `CREATE TEMP TABLE g_user AS
           SELECT DISTINCT org, role, w FROM g_team
           UNION SELECT id, 'social_worker', w FROM g_org CROSS JOIN generate_series(0, 4) w WHERE n > 0
           UNION SELECT id, 'municipal_social_worker', w FROM g_org CROSS JOIN LATERAL generate_series(0, msw - 1) w WHERE n = 0
           UNION SELECT id, 'manager', 0 FROM g_org`,
        `INSERT INTO users (id, organisation_id, email, display_name, password_hash, roles)
           SELECT id, org, email, ${textArray(female)}[1 + abs(hashtext(id::text)) % ${female.length}] || ' ' || ${textArray(surF)}[1 + abs(hashtext(email)) % ${surF.length}],
                  :passwordHash, ARRAY[role]
           FROM (SELECT pg_temp.uid('u/' || g.key || '/' || CASE u.role WHEN 'social_worker' THEN 'sw' WHEN 'social_mentor' THEN 'mentor'
                          WHEN 'specialist' THEN 'spec' WHEN 'municipal_social_worker' THEN 'msw' ELSE 'mgr' END || '/' || u.w) AS id,
                        u.org, u.role, u.role || '.' || u.w || '.' || g.muni || '-' || g.n || '@bench.lv' AS email
                 FROM g_user u JOIN (SELECT id, muni, n, 'org/' || muni || '/' || n AS key FROM g_org) g ON g.id = u.org) x`,
        `INSERT INTO case_team_members (id, case_id, organisation_id, user_id, team_role, from_date, to_date)
           SELECT pg_temp.uid('ctm/' || t.k || '/' || t.role), pg_temp.uid('case/' || t.k), t.org,
                  pg_temp.uid('u/' || g.key || '/' || CASE t.role WHEN 'social_worker' THEN 'sw' WHEN 'social_mentor' THEN 'mentor' ELSE 'spec' END || '/' || t.w),
                  t.role, t.opened_on, CASE WHEN t.k % 10 = 3 AND t.opened_on < current_date - 1 THEN least(current_date - 1, t.opened_on + 90) END
           FROM g_team t JOIN (SELECT id, 'org/' || muni || '/' || n AS key FROM g_org) g ON g.id = t.org`,
      ],
      count: `SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM case_team_members) AS n`,
    },
  ];
}

function personBatches(total: number, size = 250_000): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < total; a += size) out.push([a, Math.min(total, a + size)]);
  return out;
}

const CHECK = (first10: string) =>
  `(((1101 - (${[1, 6, 3, 7, 9, 10, 5, 8, 4, 2].map((w, i) => `${w} * substr(${first10}, ${i + 1}, 1)::int`).join(' + ')})) % 11) % 10)::text`;

function personInsert([from, to]: [number, number], n: { male: string[]; female: string[]; surM: string[]; surF: string[] }) {
  const fold = (items: string[]) => textArray(items.map(foldForSearch));
  const givenOf = (col: string) => `CASE WHEN female THEN ${textArray(n.female)}[${col}] ELSE ${textArray(n.male)}[${col}] END`;
  const givenFolded = (col: string) => `CASE WHEN female THEN ${fold(n.female)}[${col}] ELSE ${fold(n.male)}[${col}] END`;
  return `
    INSERT INTO persons (id, organisation_id, given_names, surnames, personal_code, birth_date, gender, languages, phone, email,
                         declared_address, whereabouts_kind, household_id, search_name, created_by, created_at, updated_at)
    SELECT pg_temp.uid('p/' || seq), org,
           ${givenOf('given')} || coalesce(' ' || ${givenOf('given2')}, ''),
           CASE WHEN female THEN ${textArray(n.surF)}[surname] ELSE ${textArray(n.surM)}[surname] END,
           code, birth_date, CASE WHEN female THEN 'female' ELSE 'male' END,
           CASE WHEN random() < 0.3 THEN ARRAY['lv','ru'] ELSE ARRAY['lv'] END,
           CASE WHEN random() < 0.6 THEN '+371 2' || (1000000 + floor(random() * 8999999)::int) END, NULL,
           CASE WHEN random() < 0.5 THEN (ARRAY['Brīvības iela','Lāčplēša iela','Rīgas iela','Zvejnieku iela','Stacijas iela','Skolas iela','Dārza iela'])[1 + floor(random() * 7)::int]
                || ' ' || (1 + floor(random() * 120)::int) || '-' || (1 + floor(random() * 40)::int) END,
           (ARRAY['declared_address','declared_address','declared_address','other_address','no_fixed_residence','shelter','institution','unknown'])[1 + floor(random() * 8)::int],
           CASE WHEN size > 1 THEN pg_temp.uid('hh/' || h) END,
           ${givenFolded('given')} || coalesce(' ' || ${givenFolded('given2')}, '') || ' ' ||
             CASE WHEN female THEN ${fold(n.surF)}[surname] ELSE ${fold(n.surM)}[surname] END,
           created_by, created_at, created_at + random() * (now() - created_at)
    FROM (
      SELECT *, now() - random() * interval '5 years' AS created_at,
             CASE code_kind
               WHEN 1 THEN f10 || ${CHECK('f10')}
               WHEN 2 THEN '32' || lpad(seq::text, 8, '0') || ${CHECK(`('32' || lpad(seq::text, 8, '0'))`)}
             END AS code
      FROM (SELECT *, to_char(birth_date, 'DDMMYY') || CASE WHEN birth_date < '2000-01-01' THEN '1' ELSE '2' END || lpad(serial::text, 3, '0') AS f10
            FROM g_p WHERE seq >= ${from} AND seq < ${to}) x
    ) y`;
}

/** Deterministic version-4-shaped UUIDs from a key, so that stages link rows without lookups. */
export const UID_FUNCTION = `CREATE FUNCTION pg_temp.uid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
  SELECT overlay(overlay(md5(key) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid
$$`;

export interface ServiceOptions {
  /** Visits and contacts to write in total, over the served cases' weeks (~10 M). */
  serviceRows: number;
  /** Open served cases the Rīga social service is brought up to (the organisation worklist's scenario). */
  orgServed: number;
}

/** Tables the service stage writes: their secondary indexes are dropped for the load and rebuilt after it. */
export const SERVICE_TABLES = ['dwellings', 'move_ins', 'visit_slots', 'visits', 'contacts', 'escalation_extensions', 'support_offers',
  'rehabilitation_plans', 'plan_reviews', 'initial_assessments', 'functioning_assessments', 'contact_hours_totals'];

const SERVICES = ['psychologist', 'narcologist', 'psychiatrist', 'lawyer', 'career_consultant', 'medical_specialist', 'support_group'];
const DOMAINS = ['housing', 'rights', 'daily_life', 'health', 'education_employment', 'finances'];

/**
 * HF-2.2, HF-3.1.10, HF-3.2 — receiving the service, for every Housing First case that has moved in by today:
 * a dwelling and the move-in, weekly visit slots, a visit every week of the case's life (mostly met; runs of
 * visits missed without notice, some still running today so every escalation level appears, some with a
 * recorded extension), contacts of every kind and mode with hours and life domains (a few justified days
 * over 3 h; unanswered calls during a run do not reach the person), the initial plan offer and offers of
 * additional services (some answered "later"), plan versions with reviews about every two weeks, the
 * initial assessment and 6-monthly re-assessments. Dated up to `today`, so a worklist of today holds every
 * kind of item. The Rīga social service's open Housing First cases are topped up to `orgServed`.
 */
export function buildServiceStages(o: ServiceOptions, today: string, batchCases = 4_000): Stage[] {
  const T = `date '${today}'`;
  const k = `split_part(case_number, '/', 2)::int`;
  const servedCount = `(SELECT count(*)::int FROM g_served)`;
  const batches = Array.from({ length: 60 }, (_, i) => i); // enough for 240 000 served cases; empty batches cost nothing
  const arr = (items: string[]) => textArray(items);
  return [
    {
      name: 'service: served Housing First cases (the Rīga social service topped up)',
      sql: [
        `CREATE TEMP TABLE g_big AS SELECT id FROM organisations WHERE kind = 'municipal_social_service' AND municipality_atvk = '0001000' ORDER BY id LIMIT 1`,
        // the move-in is 14–73 days after the case opened: mi = opened_on + 14 + k % 60
        `UPDATE cases c SET programme = 'housing_first'
         FROM (SELECT id, row_number() OVER (ORDER BY ${k}) AS rn FROM cases
               WHERE organisation_id = (SELECT id FROM g_big) AND programme <> 'housing_first' AND closed_on IS NULL AND opened_on <= ${T} - 80) x
         WHERE c.id = x.id AND x.rn <= ${o.orgServed} - (SELECT count(*) FROM cases WHERE organisation_id = (SELECT id FROM g_big)
           AND programme = 'housing_first' AND closed_on IS NULL AND opened_on + 14 + ${k} % 60 <= ${T})`,
        `CREATE TEMP TABLE g_served AS
         SELECT row_number() OVER (ORDER BY k) AS n, x.*, (end_on - mi) / 7 AS weeks,
                CASE WHEN h % 23 = 0 THEN 1 + (h / 23) % 6 WHEN h % 7 = 0 THEN 2 + (h / 7) % 5 ELSE 0 END AS rl
         FROM (
           SELECT c.id, c.k, (hashint4(c.k) & 2147483647) AS h, c.organisation_id AS org, c.municipality_atvk AS atvk, c.opened_on, c.closed_on, c.opened_on + 14 + c.k % 60 AS mi,
                  CASE WHEN c.closed_on IS NULL OR c.closed_on > ${T} THEN ${T} ELSE c.closed_on - 1 END AS end_on,
                  sw.user_id AS sw, mentor.user_id AS mentor, mgr.id AS mgr
           FROM (SELECT *, ${k} AS k FROM cases WHERE programme = 'housing_first') c
           JOIN (SELECT DISTINCT ON (case_id) case_id, user_id FROM case_team_members WHERE team_role = 'social_worker' ORDER BY case_id, from_date, id) sw ON sw.case_id = c.id
           LEFT JOIN (SELECT DISTINCT ON (case_id) case_id, user_id FROM case_team_members WHERE team_role = 'social_mentor' ORDER BY case_id, from_date, id) mentor ON mentor.case_id = c.id
           JOIN (SELECT DISTINCT ON (organisation_id) organisation_id, id FROM users WHERE 'manager' = ANY(roles) ORDER BY organisation_id, email) mgr ON mgr.organisation_id = c.organisation_id
         ) x
         WHERE mi <= end_on`,
        // the missed-visit run: still running today (h % 23 = 0) or in the past (h % 7 = 0), rs = its first week; h is a hash of
        // the case's k for such choices (k % 5 chose the programme, so k itself is the same for most served cases)
        `ALTER TABLE g_served ADD COLUMN rs int`,
        `UPDATE g_served SET rs = CASE WHEN h % 23 = 0 THEN weeks - rl + 1 WHEN rl > 0 AND weeks > rl + 2 THEN 1 + (h / 13) % (weeks - rl - 1) ELSE -100 END`,
        `CREATE INDEX ON g_served (n)`,
        `CREATE TEMP TABLE g_rate AS SELECT greatest(0, least(2, ${o.serviceRows}::numeric / greatest(1, sum(weeks)) - 1.94)) AS per_week FROM g_served`,
        `UPDATE cases c SET settings_id = (SELECT id FROM programme_settings WHERE programme_code = 'housing_first' ORDER BY effective_from LIMIT 1),
                            dwelling_id = pg_temp.uid('dw/' || s.k)
         FROM g_served s WHERE s.id = c.id`,
      ],
      count: `SELECT count(*) AS n FROM g_served`,
    },
    {
      name: 'service: dwellings, move-ins, visit slots, initial assessments',
      sql: [
        `INSERT INTO dwellings (id, organisation_id, municipality_atvk, address, address_folded, source, landlord, rooms, floor, has_lift, accessible,
                               pets_allowed, amenities, rent_cents, utilities_cents, status, created_by, created_at, updated_at)
         SELECT pg_temp.uid('dw/' || k), org, atvk, street || ' ' || (1 + k % 120) || '-' || (1 + k % 40), lower(translate(street, 'āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ', 'acegiklnsuzACEGIKLNSUZ')) || ' ' || (1 + k % 120) || ' ' || (1 + k % 40),
                (ARRAY['municipal_fund','private_market','social_rental_agency'])[1 + k % 3], CASE WHEN k % 3 = 0 THEN 'Pašvaldība' ELSE 'SIA Īres nami' END,
                1 + k % 2, 1 + k % 5, k % 4 = 0, k % 9 = 0, k % 5 = 0, '{}'::jsonb, 12000 + (k % 80) * 100, 6000 + (k % 40) * 100,
                CASE WHEN closed_on IS NULL OR closed_on > ${T} THEN 'occupied' ELSE 'available' END, mgr, mi - 30, mi
         FROM (SELECT *, (ARRAY['Brīvības iela','Lāčplēša iela','Maskavas iela','Ganību dambis','Dzirnavu iela','Valdemāra iela','Slokas iela'])[1 + k % 7] AS street FROM g_served) s`,
        `INSERT INTO move_ins (id, organisation_id, case_id, dwelling_id, moved_in_on, accompanied_by, crisis_agreement, spare_key_use_allowed,
                              equipment_explained, nothing_essential_missing, handover_items, lease, recorded_by, created_at)
         SELECT pg_temp.uid('mi/' || k), org, id, pg_temp.uid('dw/' || k), mi, 'Sociālais darbinieks', 'Krīzes gadījumā zvanīt mentoram; rezerves atslēga komandai',
                k % 10 <> 0, true, k % 17 <> 0, '[]'::jsonb,
                jsonb_build_object('landlord', CASE WHEN k % 3 = 0 THEN 'Pašvaldība' ELSE 'SIA Īres nami' END, 'startsOn', mi, 'rentEuros', 120 + k % 80, 'signedBy', 'person', 'coPaymentEuros', NULL),
                sw, mi
         FROM g_served`,
        `INSERT INTO visit_slots (id, organisation_id, case_id, weekday, at_time, from_date, set_by, created_at)
         SELECT pg_temp.uid('vs/' || k || '/' || i), org, id, 1 + (extract(isodow FROM mi)::int + i) % 5, lpad((9 + (k + i) % 8)::text, 2, '0') || CASE WHEN k % 2 = 0 THEN ':00' ELSE ':30' END,
                mi + 182 * i, sw, mi + 182 * i
         FROM g_served CROSS JOIN generate_series(0, 1) i WHERE i = 0 OR (k % 6 = 0 AND weeks > 30)`,
        `INSERT INTO initial_assessments (id, organisation_id, case_id, assessed_on, data, support_need_level, assessed_by, created_at)
         SELECT pg_temp.uid('ia/' || k), org, id, mi - 5, jsonb_build_object('housing', 'intensive', 'health', CASE WHEN k % 2 = 0 THEN 'some' ELSE 'none' END),
                (ARRAY['low','medium','high'])[1 + k % 3], sw, mi - 5
         FROM g_served`,
      ],
      count: `SELECT (SELECT count(*) FROM move_ins) + (SELECT count(*) FROM visit_slots) AS n`,
    },
    ...batches.map((b) => ({
      name: `service: visits and contacts, cases ${b * batchCases + 1}–${(b + 1) * batchCases}`,
      sql: [
        `CREATE TEMP TABLE g_wk AS
         SELECT s.k, s.h, s.id, s.org, s.sw, s.mentor, w, in_run, w = s.rs AND s.h % 3 = 0 AS health_risk,
                least(s.end_on, s.mi + 7 * w + (ARRAY[-1,0,0,0,0,1,2])[1 + floor(random() * 7)::int]) AS on_day, s.mi + 7 * w AS week_start,
                CASE WHEN in_run THEN 'not_home_no_notice' WHEN r < 0.86 THEN 'met' WHEN r < 0.91 THEN 'met_elsewhere' WHEN r < 0.94 THEN 'phone_only'
                     WHEN r < 0.97 THEN 'notice_given' ELSE 'not_home_no_notice' END AS outcome,
                floor((SELECT per_week FROM g_rate) + random())::int AS extra
         FROM g_served s CROSS JOIN LATERAL generate_series(1, s.weeks) w
         CROSS JOIN LATERAL (SELECT w >= s.rs AND w < s.rs + s.rl AS in_run, random() AS r) x
         WHERE s.n > ${b * batchCases} AND s.n <= ${(b + 1) * batchCases}`,
        `ALTER TABLE g_wk ADD COLUMN hours numeric(5, 2)`,
        `UPDATE g_wk SET hours = CASE outcome WHEN 'met' THEN (ARRAY[0.75, 1, 1, 1.25, 1.5, 2])[1 + (k + w) % 6] WHEN 'met_elsewhere' THEN 1 WHEN 'phone_only' THEN 0.25 ELSE 0 END`,
        `INSERT INTO visits (id, organisation_id, case_id, visited_on, at_time, worker_ids, place, outcome, health_risk, dwelling_condition, technical_faults,
                             person_state, hours, recorded_by, created_at)
         SELECT pg_temp.uid('v/' || k || '/' || w), org, id, on_day, lpad((9 + k % 8)::text, 2, '0') || ':00',
                CASE WHEN mentor IS NOT NULL AND w % 3 = 0 THEN ARRAY[sw, mentor] ELSE ARRAY[sw] END,
                CASE outcome WHEN 'met_elsewhere' THEN 'Dienas centrā' WHEN 'phone_only' THEN 'Pa tālruni' ELSE 'Mājās' END, outcome, health_risk,
                CASE WHEN outcome = 'met' THEN (ARRAY['Kārtīgs','Kārtīgs','Nedaudz nekārtīgs','Vajadzīga uzkopšana'])[1 + (k + w) % 4] END,
                CASE WHEN outcome = 'met' AND (k + w) % 29 = 0 THEN 'Tek virtuves krāns' END,
                CASE WHEN outcome = 'met' THEN jsonb_build_object('mood', (ARRAY['calm','tired','anxious','good'])[1 + (k * w) % 4]) ELSE '{}'::jsonb END,
                hours, sw, on_day + time '16:00'
         FROM g_wk`,
        // a visit with hours is also a contact (HF-2.2), as recordVisit writes it
        `INSERT INTO contacts (id, organisation_id, case_id, visit_id, contact_on, kind, mode, hours, worker_id, life_domains, reached_person, recorded_by, created_at)
         SELECT pg_temp.uid('cv/' || k || '/' || w), org, id, pg_temp.uid('v/' || k || '/' || w), on_day, 'home_visit',
                CASE WHEN outcome = 'phone_only' THEN 'phone' ELSE 'in_person' END, hours, sw, ARRAY['housing', ${arr(DOMAINS)}[1 + (k + w) % 6]],
                outcome <> 'not_home_no_notice', sw, on_day + time '16:00'
         FROM g_wk WHERE hours > 0`,
        // other contacts on days 3 and 5 of the week (never the visit's day: at most 3 h a day unless justified)
        `INSERT INTO contacts (id, organisation_id, case_id, contact_on, kind, mode, hours, worker_id, life_domains, reached_person, justification, justified_by, notes, recorded_by, created_at)
         SELECT pg_temp.uid('c/' || k || '/' || w || '/' || j), org, id, day, kind,
                CASE kind WHEN 'phone_call' THEN 'phone' WHEN 'remote' THEN 'remote' ELSE 'in_person' END,
                CASE WHEN in_run THEN 0.25 WHEN long_day THEN 3.5 + 0.5 * (k % 2)
                     ELSE CASE kind WHEN 'phone_call' THEN 0.25 + 0.25 * ((k + w) % 2) WHEN 'remote' THEN 0.5 WHEN 'consultation' THEN 1 WHEN 'group_session' THEN 1.5
                                    ELSE 1 + 0.5 * ((k + w + j) % 5) END END,
                worker, ARRAY[${arr(DOMAINS)}[1 + (k + w + j) % 6]] || CASE WHEN (k + j) % 3 = 0 THEN ARRAY[${arr(DOMAINS)}[1 + (k + 2 * w) % 6]] ELSE '{}'::text[] END,
                NOT in_run,
                CASE WHEN long_day THEN 'Pavadīšana uz slimnīcu; gaidīšana uzņemšanā' END, CASE WHEN long_day THEN sw END,
                CASE WHEN kind = 'group_session' THEN 'Atbalsta grupa' END, sw, day + time '17:00'
         FROM (
           SELECT g.*, j, least(g.end_on, g.week_start + 1 + 2 * j) AS day,
                  CASE WHEN g.in_run THEN 'phone_call' ELSE (ARRAY['phone_call','phone_call','phone_call','phone_call','phone_call','phone_call','phone_call',
                       'accompanying','accompanying','accompanying','consultation','consultation','consultation','consultation',
                       'group_session','group_session','remote','remote','remote','remote'])[1 + floor(random() * 20)::int] END AS kind,
                  NOT g.in_run AND random() < 0.01 AS long_day,
                  CASE WHEN g.mentor IS NOT NULL AND j = 2 THEN g.mentor ELSE g.sw END AS worker
           FROM (SELECT wk.*, s.end_on FROM g_wk wk JOIN g_served s ON s.id = wk.id) g CROSS JOIN LATERAL generate_series(1, least(2, g.extra)) j
           WHERE g.week_start + 1 + 2 * j <= g.end_on
         ) c`,
        // HF-3.3.3 a month's extension recorded for some long runs
        `INSERT INTO escalation_extensions (id, organisation_id, case_id, recorded_on, reason, recorded_by, created_at)
         SELECT pg_temp.uid('ext/' || wk.k), wk.org, wk.id, wk.on_day + 31, 'Ziņas, ka persona ir slimnīcā', wk.sw, wk.on_day + 31
         FROM g_wk wk JOIN g_served s ON s.id = wk.id
         WHERE wk.w = s.rs AND s.rl >= 5 AND s.h % 2 = 0 AND wk.on_day + 31 <= s.end_on`,
        `DROP TABLE g_wk`,
      ],
      skipUnless: `SELECT (${servedCount} > ${b * batchCases})::int AS n`,
    })),
    {
      name: 'service: contact-hour totals per year and month (the trigger of migration 0008 is skipped during the load)',
      sql: [
        `INSERT INTO contact_hours_totals (case_id, period, period_start, hours)
           SELECT case_id, 'year', date_trunc('year', contact_on)::date, sum(hours) FROM contacts GROUP BY 1, 3
           UNION ALL
           SELECT case_id, 'month', date_trunc('month', contact_on)::date, sum(hours) FROM contacts GROUP BY 1, 3`,
      ],
      count: `SELECT count(*) AS n FROM contact_hours_totals`,
    },
    {
      name: 'service: offers of the initial plan, a WRAP and additional services',
      sql: [
        `INSERT INTO support_offers (id, organisation_id, case_id, offered, offered_on, answer, told_not_a_condition, note, recorded_by, created_at)
         SELECT pg_temp.uid('so/' || k || '/plan'), org, id, 'initial_plan', mi + 7 + k % 3,
                CASE WHEN h % 10 < 7 THEN 'accepted' WHEN h % 10 = 7 THEN 'declined' ELSE 'later' END, true, NULL, sw, mi + 7 + k % 3
         FROM g_served WHERE mi + 7 + k % 3 <= end_on AND NOT (h % 10 = 9 AND weeks < 12)`,
        `INSERT INTO support_offers (id, organisation_id, case_id, offered, offered_on, answer, told_not_a_condition, recorded_by, created_at)
         SELECT pg_temp.uid('so/' || k || '/wrap'), org, id, 'wrap', mi + 60, 'accepted', true, sw, mi + 60 FROM g_served WHERE h % 4 = 0 AND mi + 60 <= end_on`,
        `INSERT INTO support_offers (id, organisation_id, case_id, offered, offered_on, answer, told_not_a_condition, recorded_by, created_at)
         SELECT pg_temp.uid('so/' || k || '/' || i || '/' || r), org, id, ${arr(SERVICES)}[1 + (k + i) % 7], on_day + 35 * r,
                CASE WHEN r = 1 THEN 'accepted' WHEN (h + i) % 4 < 2 THEN 'accepted' WHEN (h + i) % 4 = 2 THEN 'declined' ELSE 'later' END, true, sw, on_day + 35 * r
         FROM (SELECT s.*, i, mi + 30 + 50 * i + h % 20 AS on_day FROM g_served s CROSS JOIN LATERAL generate_series(1, 1 + h % 4) i) x
         CROSS JOIN generate_series(0, 1) r
         WHERE on_day + 35 * r <= end_on AND (r = 0 OR ((h + i) % 4 = 3 AND (h + i) % 8 = 3))`,
      ],
      count: `SELECT count(*) AS n FROM support_offers`,
    },
    {
      name: 'service: plan versions, reviews about every two weeks, 6-monthly re-assessments',
      sql: [
        `INSERT INTO rehabilitation_plans (id, organisation_id, case_id, version, started_on, ended_on, goals, recorded_by, created_at)
         SELECT pg_temp.uid('plan/' || k || '/' || v), org, id, v, start + 182 * (v - 1), CASE WHEN v < versions THEN start + 182 * v END,
                jsonb_build_array(jsonb_build_object('domain', 'housing', 'term', 'long', 'goal', 'Saglabāt mājokli', 'status', 'in_progress'),
                                  jsonb_build_object('domain', ${arr(DOMAINS)}[1 + k % 6], 'term', 'short', 'goal', 'Nokārtot dokumentus', 'status', CASE WHEN v < versions THEN 'done' ELSE 'planned' END)),
                sw, start + 182 * (v - 1)
         FROM (SELECT *, mi + 14 + k % 3 AS start, 1 + least(2, (end_on - mi - 14 - k % 3) / 182) AS versions FROM g_served WHERE h % 10 < 7 AND mi + 14 + k % 3 <= end_on) s
         CROSS JOIN LATERAL generate_series(1, versions) v`,
        `INSERT INTO plan_reviews (id, organisation_id, case_id, reviewed_on, note, recorded_by, created_at)
         SELECT pg_temp.uid('rev/' || k || '/' || i), org, id, start + 14 * i + (ARRAY[-2,-1,0,0,0,1,2])[1 + (k * i) % 7], 'Plāns pārskatīts kopā ar personu', sw,
                start + 14 * i
         FROM (SELECT *, mi + 14 + k % 3 AS start FROM g_served WHERE h % 10 < 7) s CROSS JOIN LATERAL generate_series(1, (end_on - start) / 14) i
         WHERE start + 14 * i + 2 <= end_on`,
        `INSERT INTO functioning_assessments (id, organisation_id, case_id, assessed_on, summary, domain_needs, recorded_by, created_at)
         SELECT pg_temp.uid('fa/' || k || '/' || i), org, id, mi - 5 + 182 * i - k % 12, 'Sociālās funkcionēšanas atkārtots novērtējums',
                jsonb_build_object('housing', 'some', 'health', (ARRAY['none','some','intensive'])[1 + (k + i) % 3]), sw, mi - 5 + 182 * i - k % 12
         FROM g_served CROSS JOIN LATERAL generate_series(1, (end_on - mi) / 182) i WHERE mi - 5 + 182 * i - k % 12 <= end_on`,
      ],
      count: `SELECT (SELECT count(*) FROM rehabilitation_plans) + (SELECT count(*) FROM plan_reviews) + (SELECT count(*) FROM functioning_assessments) AS n`,
    },
  ];
}
