import { join } from 'node:path';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

/** PostgreSQL when `databaseUrl` is set, else the embedded database in `dataDir/db`; migrated either way. */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string; schema?: string }): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgresDatabase(options.databaseUrl, options.schema ? { schema: options.schema } : {})
    : await openPgliteDatabase(join(options.dataDir, 'db'));
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}
