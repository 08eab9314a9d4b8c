import type { Config } from '../config';
import { openEmbeddedDatabase, openServerDatabase, type Database } from './database';
import { migrate } from './migrate';
import { syncReferenceData } from '../modules/reference/reference.repository';

// The embedded server keeps 16 MB of shared buffers, not 128: they were half of its idle memory, and its database
// is small and cached by the system (issue 16: idle ≤ 250 MB). Bulk writes are slower with them (300 000 rows:
// 11–17 s against 7–8 s at load 13), so the tests' databases keep PGlite's default.
const EMBEDDED_SHARED_BUFFERS = '16MB';

/**
 * Opens the configured database (server if DATABASE_URL is set, else embedded), migrated and with reference
 * data. `prepared`: a tarball a new embedded data folder starts from (the demo's prepared world).
 */
export async function openDatabase(config: Config, prepared?: Blob | null): Promise<Database> {
  const database = config.DATABASE_URL ? openServerDatabase(config.DATABASE_URL) : await openEmbeddedDatabase(config.DATA_DIR, prepared ?? undefined, EMBEDDED_SHARED_BUFFERS);
  try {
    await migrate(database);
    await syncReferenceData(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
