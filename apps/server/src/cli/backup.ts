import { loadConfig } from '../config';
import { backup } from '../db/backup';

/**
 * `npm run backup -- --out <new folder>`: backs up the configured database (DATABASE_URL, else the embedded
 * DATA_DIR) with the audit checkpoint file and the keys kept beside DATA_DIR, and a manifest of every table's
 * rows for the restore to compare with (docs/backup.md). The embedded folder: stop the server first.
 */
const args = process.argv.slice(2);
const out = args[args.indexOf('--out') + 1];
if (!args.includes('--out') || !out) {
  console.error('Usage: npm run backup -- --out <new folder>');
  process.exit(2);
}
try {
  const manifest = await backup(loadConfig(), out);
  const rows = Object.values(manifest.tables).reduce((sum, t) => sum + t.rows, 0);
  console.log(`Backed up ${manifest.database} (${manifest.kind === 'postgres' ? `PostgreSQL ${manifest.serverVersion}` : 'embedded'}) into ${out}: `
    + `${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.audit.entries} audit entries under ${manifest.audit.checkpoints} checkpoints.`);
  console.log(`Files: ${manifest.files.join(', ')}, manifest.json${manifest.files.some((f) => f.endsWith('.key')) ? ' — the keys are secrets: keep the folder as protected as the database' : ''}.`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
