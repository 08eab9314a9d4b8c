import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import { verifyAuditChains } from '../modules/audit/audit.repository';

/**
 * `npm run audit:verify`: checks every audit chain's hashes and links. Exit code 1 if any entry was
 * altered, removed or reordered. On the embedded database, stop the server first (one process per folder).
 */
const config = loadConfig();
const database = await openDatabase(config);
try {
  const report = await verifyAuditChains(database.db);
  console.log(`Audit log: ${report.entries} entries in ${report.chains} chains.`);
  if (report.broken.length) {
    for (const b of report.broken) console.error(`BROKEN chain ${b.chain} at entry ${b.id}: ${b.reason === 'hash' ? 'content altered' : 'previous entry missing or changed'}`);
    process.exitCode = 1;
  } else {
    console.log('Every chain is intact.');
  }
} finally {
  await database.close();
}
