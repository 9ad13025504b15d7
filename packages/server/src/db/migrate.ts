import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Any constant: servers starting together on one PostgreSQL take turns on this lock. */
const MIGRATION_LOCK = 7_413_021;

export interface Migration {
  /** `001-accounts`: the file name without `.sql`; applied in this order, each once. */
  readonly id: string;
  readonly sql: string;
}

/** The migrations shipped with the server, in order. */
export function listMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: f.slice(0, -4), sql: readFileSync(MIGRATIONS_DIR + f, 'utf8') }));
}

/**
 * Brings the schema up to date at start-up. Each migration runs in its own transaction with its
 * record in `schema_migrations`, under an advisory lock, so two servers starting at once on one
 * PostgreSQL apply each migration exactly once. Returns the ids it applied.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = listMigrations()): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE id = $1', [migration.id]);
      if (seen.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
      return true;
    });
    if (done) applied.push(migration.id);
  }
  return applied;
}
