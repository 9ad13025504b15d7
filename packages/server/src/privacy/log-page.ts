import { z } from 'zod';
import type { Queryable } from '../db/database';

/** Rows per page unless the caller asks for fewer or more (up to MAX_PAGE_ROWS). */
const DEFAULT_PAGE_ROWS = 50;
const MAX_PAGE_ROWS = 200;

/** `?before=<cursor>&limit=<n>`: the cursor is the `next` of the page before (`<time in ms>.<row id>`). */
export const logPageQuery = z.strictObject({
  before: z.string().regex(/^\d{1,15}\.\d{1,19}$/, { error: 'use the next value of the page before' }).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_ROWS).default(DEFAULT_PAGE_ROWS),
});
export type LogPageQuery = z.output<typeof logPageQuery>;

/** One page of a user's log, newest first; `next` is the cursor of the following page, or null at the end. */
export interface LogPage<T> {
  readonly entries: readonly T[];
  readonly next: string | null;
}

/**
 * Reads one page of one user's rows of a log table (`id` bigserial, `at`, `user_id`), newest
 * first by time (rows of requests that overlapped may have been inserted out of order), ties by id.
 */
export async function readLogPage<R, T>(
  db: Queryable, table: 'access_log' | 'security_log', columns: string, userId: string, page: LogPageQuery, describe: (row: R) => T,
): Promise<LogPage<T>> {
  const [atMs, id] = page.before ? page.before.split('.') : [undefined, undefined];
  const rows = await db.query<R & { id: string | number; at: Date }>(
    `SELECT id, ${columns} FROM ${table} WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (at, id) < ($2::timestamptz, $3::bigint))
     ORDER BY at DESC, id DESC LIMIT $4`,
    [userId, atMs === undefined ? null : new Date(Number(atMs)), id ?? null, page.limit + 1],
  );
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return { entries: shown.map(describe), next: rows.length > page.limit && last ? `${new Date(last.at).getTime()}.${last.id}` : null };
}
