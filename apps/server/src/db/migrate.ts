import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Applies the numbered SQL files in `apps/server/migrations` that have not run yet, each in its own
 * transaction, in order. Forward only: a released migration is never edited, a new one is added.
 */
export async function migrate(database: Database): Promise<string[]> {
  await database.runScript(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  // both drivers answer with { rows }
  const rows = (await database.db.execute(sql`SELECT version FROM schema_migrations`)) as unknown as { rows: { version: string }[] };
  const applied = new Set(rows.rows.map((r) => r.version));
  const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  const ran: string[] = [];
  for (const file of files) {
    const version = file.slice(0, 4);
    if (applied.has(version)) continue;
    const script = readFileSync(`${MIGRATIONS_DIR}/${file}`, 'utf8');
    const versionLiteral = version.replace(/\D/g, ''); // digits only, safe in the script below
    await database.runScript(`${script}\nINSERT INTO schema_migrations (version) VALUES ('${versionLiteral}');`);
    ran.push(file);
  }
  return ran;
}
