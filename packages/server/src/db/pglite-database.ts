import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/**
 * PostgreSQL's buffer cache inside the embedded database, in its WebAssembly memory. PostgreSQL's
 * default (128 MB) is sized for a server of its own; here it sits in the same process as the app,
 * and the data files are read through the operating system, whose page cache holds them anyway.
 * 16 MB keeps an idle `npm start` small (the server bench reports idle and loaded memory).
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

/** PGlite's own start parameters with the smaller buffer cache. */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`];

/**
 * Opens (or creates) the embedded database in `dataDir`. A new directory is initialised beside
 * it under a temporary name and renamed into place only once PostgreSQL's initdb has finished, so
 * a crash during the very first start leaves no half-made directory that would hang the next
 * start; leftovers of such a crash are removed. Without `dataDir` the database lives in memory
 * (tests), optionally started from `loadDataDir`, a dump of an already migrated database.
 */
export async function openPgliteDatabase(dataDir: string | undefined, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir === undefined) {
    const db = new PGlite({ startParams: PGLITE_START_PARAMS, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
    await db.waitReady;
    return wrapPglite(db);
  }
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initialiseDataDir(dataDir);
  const db = new PGlite(dataDir, { startParams: PGLITE_START_PARAMS });
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
  await runInitdb(temp);
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(temp, dataDir);
}

/** What the child process runs: PGlite's initdb into the folder named by its argument. */
const INITDB_SCRIPT = `
import { PGlite } from '@electric-sql/pglite';
const db = new PGlite(process.argv[1]);
await db.waitReady;
await db.close();
`;

/**
 * Runs initdb in a child process: it takes several hundred MB of WebAssembly memory that the
 * server process would otherwise keep for its whole life after its very first start.
 */
function runInitdb(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', INITDB_SCRIPT, dir], {
      cwd: fileURLToPath(new URL('.', import.meta.url)),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`creating the embedded database in ${dir} failed (exit ${code}): ${err.trim().slice(-2000)}`));
    });
  });
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
