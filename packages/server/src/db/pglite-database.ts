import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/**
 * Opens (or creates) the embedded database in `dataDir`. A new directory is initialised beside
 * it under a temporary name and renamed into place only once PostgreSQL's initdb has finished, so
 * a crash during the very first start leaves no half-made directory that would hang the next
 * start; leftovers of such a crash are removed. Without `dataDir` the database lives in memory
 * (tests), optionally started from `loadDataDir`, a dump of an already migrated database.
 */
export async function openPgliteDatabase(dataDir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir === undefined) {
    const db = new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
    await db.waitReady;
    return wrapPglite(db);
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseDataDir(dataDir);
  const db = new PGlite(dataDir);
  await db.waitReady;
  return wrapPglite(db);
}

async function initialiseDataDir(dataDir: string): Promise<void> {
  const parent = dirname(dataDir);
  mkdirSync(parent, { recursive: true });
  const prefix = `.${basename(dataDir)}.initialising-`;
  for (const entry of readdirSync(parent)) if (entry.startsWith(prefix)) rmSync(join(parent, entry), { recursive: true, force: true });
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} exists but holds no database (no PG_VERSION): move it away or point INKLESS_DATA_DIR elsewhere`);
  }
  const temp = join(parent, `${prefix}${process.pid}`);
  const fresh = new PGlite(temp);
  await fresh.waitReady;
  await fresh.close();
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(temp, dataDir);
}

/** The Database interface over an open PGlite. */
export function wrapPglite(db: PGlite): Database {
  const queryable = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <T>(sql: string, params?: readonly unknown[]) => (await q.query<T>(sql, params as unknown[] | undefined)).rows,
    exec: async (sql: string) => {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

/** A dump of `db`'s data directory, to start more in-memory databases from (tests). */
export async function dumpPgliteDatabase(dataDir: string): Promise<Blob> {
  const db = new PGlite(dataDir);
  await db.waitReady;
  try {
    return await db.dumpDataDir('none');
  } finally {
    await db.close();
  }
}
