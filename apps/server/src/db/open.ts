import type { Config } from '../config';
import { openEmbeddedDatabase, openServerDatabase, type Database } from './database';
import { migrate } from './migrate';
import { syncReferenceData } from '../modules/reference/reference.repository';

/**
 * Opens the configured database (server if DATABASE_URL is set, else embedded), migrated and with reference
 * data. `prepared`: a tarball a new embedded data folder starts from (the demo's prepared world).
 */
export async function openDatabase(config: Config, prepared?: Blob | null): Promise<Database> {
  const database = config.DATABASE_URL ? openServerDatabase(config.DATABASE_URL) : await openEmbeddedDatabase(config.DATA_DIR, prepared ?? undefined);
  try {
    await migrate(database);
    await syncReferenceData(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
