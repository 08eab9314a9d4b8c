/**
 * The real application for the bench, composed like apps/server/src/main.ts (config → database →
 * buildApp) but without request logging or the web bundle, which are not what is measured.
 * Started by run.ts and indicators.ts as a child process, bundled as production runs the server (bench/bundles.ts).
 */
import { loadConfig } from '../apps/server/src/config';
import { openDatabase } from '../apps/server/src/db/open';
import { buildApp } from '../apps/server/src/app/build-app';
import { resolveAuditAnchor, startAuditSealer } from '../apps/server/src/modules/audit/audit-sealer';

const config = loadConfig();
const database = await openDatabase(config);
const app = await buildApp({ db: database.db, config, now: () => new Date() }, { logger: false, serveWeb: false });
// the audit sealer runs as in main.ts: its batches are part of what a page costs
const sealer = startAuditSealer(database.db, resolveAuditAnchor(config), config.AUDIT_SEAL_SECONDS, console);
await app.listen({ port: config.PORT, host: '127.0.0.1' });
console.log(`Listening on ${config.PORT}`);
process.once('SIGTERM', () => {
  setTimeout(() => process.exit(0), 2000).unref(); // do not wait for idle keep-alive sockets
  void app.close().then(() => sealer.stop()).then(() => database.close()).then(() => process.exit(0));
});
