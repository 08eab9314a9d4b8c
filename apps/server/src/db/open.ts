import type { Config } from '../config';
import { openEmbeddedDatabase, openServerDatabase, type Database } from './database';
import { migrate } from './migrate';
import { syncReferenceData } from '../modules/reference/reference.repository';

/** Opens the configured database (server if DATABASE_URL is set, else embedded), migrated and with reference data. */
export async function openDatabase(config: Config): Promise<Database> {
  const database = config.DATABASE_URL ? openServerDatabase(config.DATABASE_URL) : await openEmbeddedDatabase(config.DATA_DIR);
  try {
    await migrate(database);
    await syncReferenceData(database.db);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
