import type { Clock } from '../clock';
import type { Queryable } from '../db/database';
import { inventory } from './inventory';

/**
 * How long each log class is kept, in days. The defaults are what the privacy policy states:
 * - access log 90 days: long enough to look into abuse and errors over a quarter;
 * - security log 30 days: it holds full addresses, so it goes sooner;
 * - recently viewed 90 days: older views say little about what someone is working on.
 * The consent ledger is kept for as long as the service runs: it is the proof of every choice.
 */
export interface RetentionConfig {
  readonly accessLogDays: number;
  readonly securityLogDays: number;
  readonly recentViewsDays: number;
}

export const defaultRetention: RetentionConfig = { accessLogDays: 90, securityLogDays: 30, recentViewsDays: 90 };

/** Rows deleted per statement: a big backlog is removed in short steps, never one long lock. */
const BATCH_ROWS = 500;
/** How often the timer runs the purge. */
const RETENTION_INTERVAL_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** One purge per table, as the data inventory lists them: which rows are old, by which column. */
const purges = Object.entries(inventory).flatMap(([table, t]) => (t.purge ? [{ table, ...t.purge }] : []));

/**
 * Reads `INKLESS_ACCESS_LOG_DAYS`, `INKLESS_SECURITY_LOG_DAYS` and `INKLESS_RECENT_VIEWS_DAYS`
 * (whole days, at least 1); anything unset keeps its default.
 */
export function readRetentionConfig(env: NodeJS.ProcessEnv = process.env): RetentionConfig {
  const days = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of days (1 or more), got ${raw}`);
    return value;
  };
  return {
    accessLogDays: days('INKLESS_ACCESS_LOG_DAYS', defaultRetention.accessLogDays),
    securityLogDays: days('INKLESS_SECURITY_LOG_DAYS', defaultRetention.securityLogDays),
    recentViewsDays: days('INKLESS_RECENT_VIEWS_DAYS', defaultRetention.recentViewsDays),
  };
}

/** Deletes the rows of every table the inventory gives a purge (access log, security log, recently viewed) older than their limit; answers the counts per table. */
export async function runRetention(db: Queryable, clock: Clock, config: RetentionConfig = defaultRetention): Promise<Record<string, number>> {
  const now = clock().getTime();
  const deleted: Record<string, number> = Object.fromEntries(purges.map((p) => [p.table, 0]));
  for (const p of purges) {
    const cutoff = new Date(now - config[p.days] * DAY_MS);
    for (;;) {
      const rows = await db.query(
        `DELETE FROM ${p.table} WHERE (${p.key}) IN (SELECT ${p.key} FROM ${p.table} WHERE ${p.at} < $1 LIMIT ${BATCH_ROWS}) RETURNING 1`,
        [cutoff],
      );
      deleted[p.table] = (deleted[p.table] ?? 0) + rows.length;
      if (rows.length < BATCH_ROWS) break;
    }
  }
  return deleted;
}

/**
 * Runs the purge now and then every hour until the returned function is called (it resolves once
 * a run in progress has finished, so the database can be closed after it). The timer does not
 * keep the process alive; a failed run is reported to `onError` and tried again next time.
 *
 * @example
 * const stopRetention = startRetentionTimer(db, systemClock, readRetentionConfig());
 * // at shutdown, before closing the database:
 * await stopRetention();
 */
export function startRetentionTimer(db: Queryable, clock: Clock, config: RetentionConfig = defaultRetention, onError: (error: unknown) => void = () => undefined): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= runRetention(db, clock, config).then(() => undefined, onError).finally(() => { running = undefined; });
  };
  run();
  const timer = setInterval(run, RETENTION_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
