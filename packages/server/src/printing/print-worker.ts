import { compileLabel, describeError, formatIssue, validateDocument } from '@inkless/label';
import { drivers, findProfile, TransportError, type Transport } from '@inkless/printers';
import { TcpTransport } from '@inkless/printers/node';
import { systemClock, type Clock } from '../clock';
import type { Database } from '../db/database';
import { loadServerFonts } from '../render/node-fonts';
import { buildLabelJobOptions } from '@inkless/printers';
import { claimNextJob, markJobDone, markJobFailed, recordProgress, releaseJob, renewClaim, requeueJob, type ClaimedJob, type ClaimFence } from './print-job-claims';
import { hasPerCopyVariables } from './print-job-labels';
import type { ConfiguredPrinter } from './configured-printers';
import { resolvePrinterAddress, systemLookup, unreachableMessage, type LookupHost } from './resolve-printer-address';
import { abortable, JobAbortedError, PrintJobError, sendPrintJob } from './send-print-job';

export interface PrintWorkerOptions {
  readonly db: Database;
  readonly clock?: Clock;
  /** Unique per server process (host name + pid is a good one): it is written on the jobs it claims. */
  readonly workerId: string;
  /** How often an idle worker looks for jobs (default 1 s). */
  readonly pollMs?: number;
  /** How long a claim holds without renewal; a job whose worker died is taken over after it (default 30 s). */
  readonly leaseMs?: number;
  /**
   * The printers the administrator set up (INKLESS_PRINTERS): the only ones jobs go to. A job
   * naming another id fails; users never give an address (decision 008).
   */
  readonly printers: readonly ConfiguredPrinter[];
  /**
   * Jobs sent at once by this process, each to a different printer (default: one per configured
   * printer, at most 8).
   */
  readonly concurrency?: number;
  /** Opens the printer at the address already resolved and checked (default: raw TCP). Tests wrap it to hold a job mid-way. */
  readonly connect?: (address: string, port: number) => Transport;
  /** Resolves printer host names (default: the system resolver). */
  readonly lookup?: LookupHost;
  /** How long a printer may take to answer a status query (default 60 s). */
  readonly statusTimeoutMs?: number;
  /** Claims of one job, at most: an unreachable printer is retried, then the job fails (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the first retry, doubling each time up to 10 minutes (default 15 s). */
  readonly retryDelayMs?: number;
  /** Where unexpected errors go (default: standard error). Never sees document contents. */
  readonly log?: (line: string) => void;
}

export interface PrintWorker {
  /**
   * Stops the worker. By default the job in progress stops after its current label and goes back
   * to the queue for another server at once. `release: false` stops at once and leaves the claim
   * to expire, which is what a crash leaves (tests of the takeover).
   */
  stop(options?: { release?: boolean }): Promise<void>;
}

/** How long a graceful stop waits for the label in flight before cutting the connection. */
const STOP_GRACE_MS = 5000;
/** Printer failures worth another try: it may be off, busy or briefly away. */
const RETRYABLE: ReadonlySet<string> = new Set(['INKLESS_PRINTER_UNREACHABLE', 'INKLESS_PRINTER_TIMEOUT', 'INKLESS_PRINTER_GONE']);

/** Jobs sent at once when `concurrency` is not given, at most. */
const DEFAULT_MAX_CONCURRENCY = 8;

/**
 * Sends queued print jobs, up to `concurrency` at once and one per printer: each slot claims the
 * next job in fair order (round robin between users per printer; SKIP LOCKED, so several servers
 * share one queue and never send a job twice), renews the claim while sending, records each
 * confirmed label, and ends the job done, failed (with a message about the printer, not its
 * address) or canceled (noticed between labels). A job whose worker died is taken over when its
 * lease expires and continues after its last confirmed label.
 *
 * @example
 * const worker = startPrintWorker({ db, printers: readConfiguredPrinters(process.env), workerId: `${hostname()}:${process.pid}` });
 * // at shutdown
 * await worker.stop();
 */
export function startPrintWorker(options: PrintWorkerOptions): PrintWorker {
  const { db, workerId } = options;
  const clock = options.clock ?? systemClock;
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const retryDelayMs = options.retryDelayMs ?? 15_000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const connect = options.connect ?? ((address: string, port: number) => new TcpTransport(address, port));
  const lookup = options.lookup ?? systemLookup;
  const printers = new Map(options.printers.map((p) => [p.id, p]));
  const concurrency = Math.max(1, options.concurrency ?? Math.min(DEFAULT_MAX_CONCURRENCY, options.printers.length));
  const leaseEnd = () => new Date(clock().getTime() + leaseMs);

  let stopping = false;
  let release = true;
  const wakers = new Set<() => void>();
  const current = new Set<AbortController>();

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      wakers.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    timer.unref();
    wakers.add(wake);
  });

  /** Ends a job that cannot print for a reason of its own or after its last try. */
  const fail = (fence: ClaimFence, code: string, message: string) => markJobFailed(db, fence, clock(), { code, message });

  const runJob = async (job: ClaimedJob): Promise<void> => {
    const fence: ClaimFence = { jobId: job.id, workerId, attempts: job.attempts };
    if (job.attempts > maxAttempts) {
      const last = job.error_message ? `; the last error: ${job.error_message}` : '; the server sending it stopped each time';
      return fail(fence, job.error_code ?? 'INKLESS_PRINT_JOB_FAILED', `gave up after ${maxAttempts} tries${last}`);
    }
    if (job.sent_labels >= job.total_labels) return markJobDone(db, fence, clock());
    const printer = job.printer_id === null ? undefined : printers.get(job.printer_id);
    if (!printer) return fail(fence, 'INKLESS_PRINT_PRINTER_UNKNOWN', `this server has no printer "${job.printer_id ?? ''}" any more; print the job again choosing one of its printers`);
    const validated = validateDocument(job.document);
    if (!validated.ok) return fail(fence, 'INKLESS_TEMPLATE_INVALID', `the stored label document no longer validates: ${validated.issues.map(formatIssue).join('; ')}`);
    const profile = findProfile(job.profile);
    if (!profile) return fail(fence, 'INKLESS_PRINTER_PROFILE_UNKNOWN', `this server no longer knows printer profile "${job.profile}"; reprint the job with another profile`);
    const document = validated.value;
    if (stopping) return release ? releaseJob(db, fence) : undefined;

    const controller = new AbortController();
    current.add(controller);
    const { signal } = controller;
    const renewal = setInterval(() => {
      renewClaim(db, fence, leaseEnd()).then(
        (held) => { if (!held) controller.abort(); },
        (e: unknown) => log(`print worker ${workerId}: could not renew the claim of job ${job.id}: ${describeError(e)}`),
      );
    }, Math.max(1, Math.floor(leaseMs / 3)));
    renewal.unref();
    let transport: Transport | undefined;
    let confirmedLabels = job.sent_labels;
    let outcome: 'done' | 'stopped' | Error;
    try {
      transport = await openPrinter(printer, signal);
      outcome = await sendPrintJob({
        compiled: compileLabel(document, { fonts: loadServerFonts() }), driver: drivers[profile.language], transport, options: buildLabelJobOptions(document.label, profile),
        plan: { rows: job.rows, copies: job.copies, nowMs: job.created_at.getTime(), tzOffsetMinutes: job.tz_offset_minutes },
        perCopy: hasPerCopyVariables(document), totalLabels: job.total_labels, skipLabels: job.sent_labels, signal,
        confirm: printer.confirm, ...(options.statusTimeoutMs === undefined ? {} : { statusTimeoutMs: options.statusTimeoutMs }),
        // Cancel and takeover show here: the fenced write matches nothing, and the job stops before its next label.
        onConfirmed: async (confirmed) => {
          confirmedLabels = confirmed;
          return !signal.aborted && (await recordProgress(db, fence, confirmed, leaseEnd())) && !stopping;
        },
      });
      if (outcome === 'done') await transport.close();
    } catch (e) {
      outcome = e instanceof Error ? e : new Error(String(e));
    } finally {
      clearInterval(renewal);
      current.delete(controller);
    }
    if (outcome === 'done') return markJobDone(db, fence, clock());
    void transport?.close().catch(() => undefined);
    // Stopped between labels or cut off: the job was canceled or taken over, or this worker stops.
    if (outcome === 'stopped' || outcome instanceof JobAbortedError) return stopping && release ? releaseJob(db, fence) : undefined;
    if (stopping && !release) return undefined;
    const known = outcome instanceof PrintJobError ? outcome : outcome instanceof TransportError ? describePrinterFailure(printer, outcome, confirmedLabels) : undefined;
    const code = known?.code ?? 'INKLESS_PRINT_JOB_FAILED';
    const message = known?.message ?? `the job stopped on an unexpected error after label ${confirmedLabels}; print the rest again`;
    // The administrator reads the real reason (address, refused or timed out) here; users get the plain message.
    if (!(outcome instanceof PrintJobError)) log(`print worker ${workerId}: job ${job.id} on printer ${printer.id}: ${describeError(outcome)}`);
    if (RETRYABLE.has(code) && job.attempts < maxAttempts) {
      const delayMs = Math.min(retryDelayMs * 2 ** (job.attempts - 1), 600_000);
      return requeueJob(db, fence, new Date(clock().getTime() + delayMs), { code, message });
    }
    return fail(fence, code, job.attempts > 1 && RETRYABLE.has(code) ? `${message} (tried ${job.attempts} times)` : message);
  };

  /**
   * Resolves and checks the printer's address, then connects to that address. Any failure to
   * connect is one message, whatever the cause, so job errors do not map a network's ports.
   */
  const openPrinter = async (printer: ConfiguredPrinter, signal: AbortSignal): Promise<Transport> => {
    const address = await abortable(signal, resolvePrinterAddress(printer, lookup));
    const transport = connect(address, printer.port);
    try {
      await abortable(signal, transport.open());
    } catch (e) {
      void transport.close().catch(() => undefined);
      if (e instanceof JobAbortedError) throw e;
      log(`print worker ${workerId}: printer ${printer.id} (${printer.uri}): ${describeError(e)}`);
      throw new PrintJobError('INKLESS_PRINTER_UNREACHABLE', unreachableMessage(printer));
    }
    return transport;
  };

  const slot = async () => {
    while (!stopping) {
      try {
        const job = await claimNextJob(db, workerId, clock(), leaseMs);
        if (!job) await sleep(pollMs);
        else if (!stopping) await runJob(job);
        else if (release) await releaseJob(db, { jobId: job.id, workerId, attempts: job.attempts });
      } catch (e) {
        if (stopping && !release) break;
        log(`print worker ${workerId}: ${describeError(e)}; trying again in ${pollMs} ms`);
        await sleep(pollMs);
      }
    }
  };
  const loop = Promise.all(Array.from({ length: concurrency }, () => slot()));

  return {
    async stop(stopOptions = {}) {
      stopping = true;
      release = stopOptions.release ?? true;
      for (const wake of [...wakers]) wake();
      // A graceful stop lets the labels in flight finish (onConfirmed sees `stopping`), within a grace period.
      for (const job of current) {
        if (!release) job.abort();
        else setTimeout(() => job.abort(), STOP_GRACE_MS).unref();
      }
      await loop;
    },
  };
}

/**
 * A printer failure in words about the printer, not its address: the transport's own message
 * names host and port, which users are not shown (the server log keeps it).
 */
function describePrinterFailure(printer: ConfiguredPrinter, error: TransportError, confirmedLabels: number): PrintJobError {
  const after = `after label ${confirmedLabels}`;
  switch (error.code) {
    case 'INKLESS_PRINTER_TIMEOUT':
      return new PrintJobError(error.code, `printer "${printer.name}" stopped answering ${after}`);
    case 'INKLESS_PRINTER_GONE':
      return new PrintJobError(error.code, `printer "${printer.name}" went away ${after}`);
    case 'INKLESS_PRINTER_UNREACHABLE':
      return new PrintJobError(error.code, unreachableMessage(printer));
    case 'INKLESS_PRINTER_CLOSED':
      return new PrintJobError(error.code, `printing to "${printer.name}" was stopped ${after}`);
    case 'INKLESS_PRINTER_URI':
    case 'INKLESS_PRINTER_UNSUPPORTED':
      return new PrintJobError(error.code, `printer "${printer.name}" could not take the job ${after}; tell the administrator`);
    default: {
      const unknown: never = error.code;
      return new PrintJobError(String(unknown), `printer "${printer.name}" failed ${after}`);
    }
  }
}
