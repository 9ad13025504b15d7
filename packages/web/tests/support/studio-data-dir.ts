import { createHash, randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@inkless/server';

/** The server's migrations: a template is made again whenever one of them or the lock file changes. */
const MIGRATIONS_DIR = fileURLToPath(new URL('../../../server/src/db/migrations/', import.meta.url));

/** Where the server keeps its embedded database inside INKLESS_DATA_DIR (see openDatabase). */
const DATABASE_FOLDER = 'db';

/** The lock file: the embedded engine's version is in it, and a data directory made by one release is not handed to another. */
const LOCK_FILE = fileURLToPath(new URL('../../../../package-lock.json', import.meta.url));

function migrationsKey(): string {
  const hash = createHash('sha256').update(readFileSync(LOCK_FILE));
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) hash.update(file).update(readFileSync(join(MIGRATIONS_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A migrated, empty embedded database, made once per set of migrations and kept in the temp
 * directory for every test file (and later runs) to copy. PGlite's initdb takes seconds of
 * WebAssembly (a minute on a busy 2-core machine); copying its result takes well under one.
 * Made beside its final name and renamed into place, so a parallel test never copies half of it.
 */
function migratedTemplate(): Promise<string> | string {
  const path = join(tmpdir(), `inkless-studio-db-${migrationsKey()}`);
  if (existsSync(join(path, 'PG_VERSION'))) return path;
  return (async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'inkless-studio-db-making-'));
    try {
      const db = await openDatabase({ dataDir: scratch });
      await db.close();
      // Another test file may have won the race: its template is as good as ours.
      if (!existsSync(join(path, 'PG_VERSION'))) {
        const staged = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
        renameSync(join(scratch, DATABASE_FOLDER), staged);
        try {
          renameSync(staged, path);
        } catch (e) {
          rmSync(staged, { recursive: true, force: true });
          if (!existsSync(join(path, 'PG_VERSION'))) throw e;
        }
      }
      return path;
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  })();
}

/**
 * A scratch INKLESS_DATA_DIR whose database is already created and migrated, as a server's first
 * start would leave it: the studio server then starts without running initdb. The caller removes it.
 */
export async function makeStudioDataDir(): Promise<string> {
  const template = await migratedTemplate();
  const dataDir = mkdtempSync(join(tmpdir(), 'inkless-studio-'));
  cpSync(template, join(dataDir, DATABASE_FOLDER), { recursive: true });
  return dataDir;
}
