import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadConfig } from './config';
import { openDatabase } from './db/open';
import { buildApp } from './app/build-app';
import { seedDemoWorld } from './modules/demo/demo.seed';
import { demoSnapshot } from './modules/demo/demo.snapshot';
import { resolveAuditAnchor, startAuditSealer } from './modules/audit/audit-sealer';

/** Composition root: configuration → database → server. */
const config = loadConfig();
const now = () => new Date();
// issue 16: a new embedded data folder starts from today's prepared demo world, or keeps the one it makes
const newDataDir = !config.DATABASE_URL && !existsSync(join(config.DATA_DIR, 'PG_VERSION'));
const snapshot = config.DEMO === 'on' && newDataDir ? demoSnapshot(config.DEMO_SNAPSHOT_DIR ?? join(dirname(config.DATA_DIR), 'demo-snapshots'), now()) : null;
const prepared = snapshot?.read() ?? null;
const database = await openDatabase(config, prepared);
const deps = { db: database.db, config, now };
if (prepared) console.log(`Demo world of today loaded from ${snapshot!.file} (accounts and password: README.md).`);
if (config.DEMO === 'on' && (await seedDemoWorld(deps))) {
  await snapshot?.keep(database);
  console.log('Demo world created (accounts and password: README.md).');
}
const app = await buildApp(deps, { logger: true });
// HF-2.7: folds new audit entries into the signed chain on an interval, and once more at shutdown
const sealer = startAuditSealer(database.db, resolveAuditAnchor(config), config.AUDIT_SEAL_SECONDS, app.log);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  await app.close();
  await sealer.stop();
  await database.close(); // the embedded database must close cleanly to keep its data
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.PORT, host: config.HOST });
console.log(`Listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT} (${database.kind})`);
