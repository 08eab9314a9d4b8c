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
