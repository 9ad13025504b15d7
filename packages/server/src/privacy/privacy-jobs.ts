import type { AppContext } from '../app-context';
import { pruneRateLimits } from '../auth/rate-limit';
import type { Database } from '../db/database';
import { deleteUnconfirmedComplaints } from '../moderation/complaint-intake';
import { runDueDeletions } from './account-erasure';
import { sendDueLegalNotices } from './legal-requests';

/** How often the jobs run: a deletion happens within this of its due time. */
const PRIVACY_JOBS_INTERVAL_MS = 15 * 60_000;

/** What the jobs need: the database, mail for deferred notices, and the clock. */
export interface PrivacyJobContext extends Pick<AppContext, 'mailer' | 'clock' | 'publicUrl'> {
  readonly db: Database;
}

/** One run: erase accounts whose grace period ended, tell users of disclosures whose deferral ended, delete complaints never confirmed, drop old rate-limit counters. */
export async function runPrivacyJobs(ctx: PrivacyJobContext): Promise<{ erased: number; noticesSent: number }> {
  const { erased } = await runDueDeletions(ctx.db, ctx.clock);
  const noticesSent = await sendDueLegalNotices(ctx);
  await deleteUnconfirmedComplaints(ctx.db, ctx.clock());
  await pruneRateLimits(ctx.db, ctx.clock);
  return { erased: erased.length, noticesSent };
}

/**
 * Runs the privacy jobs now and every 15 minutes until the returned function is called (it
 * resolves once a run in progress has finished, so the database can be closed after it). The
 * timer does not keep the process alive; a failed run goes to `onError` and is tried again next time.
 *
 * @example
 * const stopPrivacyJobs = startPrivacyJobsTimer({ db, mailer, clock: systemClock, publicUrl }, (e) => log(e));
 * // at shutdown, before closing the database:
 * await stopPrivacyJobs();
 */
export function startPrivacyJobsTimer(ctx: PrivacyJobContext, onError: (error: unknown) => void = () => undefined): () => Promise<void> {
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= runPrivacyJobs(ctx).then(() => undefined, onError).finally(() => { running = undefined; });
  };
  run();
  const timer = setInterval(run, PRIVACY_JOBS_INTERVAL_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
