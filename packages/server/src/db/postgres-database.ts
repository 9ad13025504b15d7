import pg from 'pg';
import type { Database, Queryable } from './database';

/** Connections per server process. */
const POOL_SIZE = 10;

/**
 * PostgreSQL through a connection pool. `schema` puts every table in that schema (tests give each
 * run its own); it is created when missing.
 */
export async function openPostgresDatabase(url: string, options: { schema?: string } = {}): Promise<Database> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`schema name ${schema} must be lower-case letters, digits and _`);
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // A connection that dies while idle must not crash the server; the next query gets a new one.
  pool.on('error', () => undefined);
  const queryable = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <T>(sql: string, params?: readonly unknown[]) => (await q.query(sql, params as unknown[] | undefined)).rows as T[],
    exec: async (sql: string) => {
      await q.query(sql);
    },
  });
  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Drops a test schema and everything in it. */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
