import { loadConfig } from '../config';
import { restore } from '../db/backup';

/**
 * `npm run restore -- --from <backup folder> --to <postgres://…/new database | new folder>`: restores a backup
 * made by `npm run backup`, puts the checkpoint file and the keys where the target's configuration expects them
 * (beside the new folder; on the server beside DATA_DIR, unless AUDIT_SIGNING_KEY etc. are set), then compares
 * every table with the backup's manifest and verifies the audit chain. Exit code 1 if anything differs.
 */
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const from = option('from');
const to = option('to');
if (!from || !to) {
  console.error('Usage: npm run restore -- --from <backup folder> --to <postgres://…/new database | new folder>');
  process.exit(2);
}
const config = loadConfig();
try {
  const result = await restore(from, to, /^postgres(ql)?:\/\//.test(to) ? config : { ...config, DATA_DIR: to });
  const tables = Object.keys(result.manifest.tables).length;
  for (const path of result.placed) console.log(`Placed ${path}`);
  if (result.differences.length) {
    for (const difference of result.differences) console.error(`DIFFERS: ${difference}`);
    process.exitCode = 1;
  } else {
    console.log(`Restored into ${to}: ${tables} tables and their sequences identical to the backup of ${result.manifest.createdAt}.`);
  }
  const { audit } = result;
  if (audit.problems.length) {
    for (const problem of audit.problems) console.error(`AUDIT: ${JSON.stringify(problem)} (npm run audit:verify explains each)`);
    process.exitCode = 1;
  } else {
    console.log(`Audit log: ${audit.entries} entries, ${audit.sealed} sealed by ${audit.checkpoints} checkpoints; the chain matches every checkpoint.`);
  }
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
