import { loadConfig } from '../config';
import { openDatabase } from '../db/open';
import { AuditKeyMismatch, resolveAuditAnchor, sealAuditLog } from '../modules/audit/audit-sealer';
import { verifyAuditLog, type AuditProblem } from '../modules/audit/audit-verify';

/**
 * `npm run audit:verify`: seals what is not sealed yet, then recomputes the audit log's hash chain and
 * compares it with every signed checkpoint, in the database and in the checkpoint file outside it.
 * Exit code 1 if an entry was altered, added, reordered or removed, or a checkpoint is missing or forged.
 * On the embedded database, stop the server first (one process per folder).
 */
const config = loadConfig();
const anchor = resolveAuditAnchor(config);
const database = await openDatabase(config);
try {
  // with another key than the log's, nothing is sealed; the verification below then names the checkpoints it cannot check
  await sealAuditLog(database.db, anchor).catch((error: unknown) => {
    if (!(error instanceof AuditKeyMismatch)) throw error;
    console.error(error.message);
  });
  const report = await verifyAuditLog(database.db, anchor);
  const last = report.lastCheckpoint;
  console.log(`Audit log: ${report.entries} entries, ${report.sealed} of them sealed by ${report.checkpoints} checkpoints${last ? ` (the newest, no. ${last.seq} of ${last.sealedAt}, covers ${last.entries})` : ''}.`);
  console.log(`Checkpoint file: ${anchor.checkpointFile}`);
  if (report.problems.length) {
    for (const problem of report.problems) console.error(`BROKEN: ${describe(problem)}`);
    process.exitCode = 1;
  } else {
    console.log('The chain matches every checkpoint.');
  }
} finally {
  await database.close();
}

function describe(p: AuditProblem): string {
  switch (p.kind) {
    case 'cut': return `checkpoint ${p.seq} covers ${p.expected} entries, only ${p.found} are left: entries were deleted (the newest, or the table emptied)`;
    case 'head': return `checkpoint ${p.seq}: the chain up to it (${p.found} entries, ${p.expected} expected) ends in a different hash: an entry was altered, added or reordered`;
    case 'signature': return `checkpoint ${p.seq} in the ${p.source === 'table' ? 'database' : 'checkpoint file'} has a wrong signature: forged, or signed with another key`;
    case 'checkpoint_missing': return `checkpoint ${p.seq} is in the checkpoint file but not in the database: it was deleted`;
    case 'checkpoint_differs': return `checkpoint ${p.seq} in the database differs from the checkpoint file`;
    case 'file_unreadable': return `line ${p.line} of the checkpoint file is not a checkpoint`;
    case 'legacy_hash': return `entry ${p.id} (old chain ${p.chain}, before migration 0016): content altered`;
    case 'legacy_link': return `entry ${p.id} (old chain ${p.chain}, before migration 0016): the previous entry is missing or changed`;
  }
}
