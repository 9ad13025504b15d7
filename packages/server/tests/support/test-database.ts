import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '../../src/db/database';
import { listMigrations, migrate } from '../../src/db/migrate';
import { openPgliteDatabase, wrapPglite } from '../../src/db/pglite-database';
import { dropPostgresSchema, openPostgresDatabase } from '../../src/db/postgres-database';

/** The two databases every server test runs on. */
export const databaseKinds = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

/** This machine's PostgreSQL (trust auth); each test database is a schema of its own, dropped after. */
export const TEST_POSTGRES_URL = process.env.INKLESS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  readonly db: Database;
  /** The PostgreSQL schema (postgres only), for a second server on the same database. */
  readonly schema?: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database. PGlite starts in memory from a dump of a migrated database made once
 * per set of migrations (initdb takes seconds; loading a dump under one), shared by test files
 * through a file in the temp directory written atomically.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const db = await openPostgresDatabase(TEST_POSTGRES_URL, { schema });
    await migrate(db);
    return {
      db,
      schema,
      close: async () => {
        await db.close();
        await dropPostgresSchema(TEST_POSTGRES_URL, schema);
      },
    };
  }
  const db = await openPgliteDatabase(undefined, { loadDataDir: new Blob([(await migratedDump()) as Uint8Array<ArrayBuffer>]) });
  return { db, close: () => db.close() };
}

async function migratedDump(): Promise<Uint8Array> {
  const key = createHash('sha256').update(JSON.stringify(listMigrations())).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `inkless-pglite-migrated-${key}.tar`);
  if (!existsSync(path)) {
    const db = new PGlite();
    await db.waitReady;
    await migrate(wrapPglite(db));
    const dump = new Uint8Array(await (await db.dumpDataDir('none')).arrayBuffer());
    await db.close();
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temp, dump);
    renameSync(temp, path);
    return dump;
  }
  try {
    return readFileSync(path);
  } catch {
    rmSync(path, { force: true });
    return migratedDump();
  }
}
