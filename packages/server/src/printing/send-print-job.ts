import { formatIssue, type CompiledLabel } from '@inkless/label';
import type { ConfirmMode, JobOptions, PrinterDriver, Transport } from '@inkless/printers';
import { describeJobLabel, type JobLabelPlan } from './print-job-labels';

/** How long the printer may take to answer a status query (it answers after the labels before it). */
export const STATUS_TIMEOUT_MS = 60_000;

/** A job that cannot go on for a reason of its own (not the printer's): it fails with this code. */
export class PrintJobError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'PrintJobError';
  }
}

/** The worker stopped the job (shutdown, claim lost): not a failure of the job. */
export class JobAbortedError extends Error {
  constructor() {
    super('the print job was stopped by its worker');
    this.name = 'JobAbortedError';
  }
}

export interface SendJobInput {
  readonly compiled: CompiledLabel;
  readonly driver: PrinterDriver;
  readonly transport: Transport;
  readonly options: JobOptions;
  readonly plan: JobLabelPlan;
  /** Copies of a row share their bytes unless serials count copies. */
  readonly perCopy: boolean;
  readonly totalLabels: number;
  /** Labels 1..skipLabels were confirmed before (a job taken over): not sent again. */
  readonly skipLabels: number;
  /**
   * `status`: a label counts once the printer answered the status query sent behind it (where the
   * language has one). `written`: once its bytes were handed to the connection, for printers that
   * never answer; the printer itself confirmed nothing then.
   */
  readonly confirm: ConfirmMode;
  /** How long a status reply may take (default STATUS_TIMEOUT_MS). */
  readonly statusTimeoutMs?: number;
  /** Aborts whatever is awaited (a write, a status reply) at once. */
  readonly signal: AbortSignal;
  /** Called with the count of confirmed labels after each; false stops the job before the next label (canceled, claim lost). */
  onConfirmed(confirmedLabels: number): Promise<boolean>;
}

/**
 * Sends a job's labels from `skipLabels + 1` on: render with the engine, encode with the
 * profile's driver, write (awaiting each write: back-pressure), then the language's status query,
 * whose reply confirms the label (the printer answers after the bytes before the query). Without
 * a status query, or with `confirm: 'written'`, confirmed means written. At most the one label in flight is unconfirmed when
 * the printer goes away: that is the only label a takeover can print twice.
 * Returns 'stopped' when `onConfirmed` said stop; throws the transport's error when the printer fails.
 */
export async function sendPrintJob(job: SendJobInput): Promise<'done' | 'stopped'> {
  const status = job.driver.status;
  const query = status && job.confirm === 'status' && job.transport.query ? job.transport.query.bind(job.transport) : undefined;
  const timeoutMs = job.statusTimeoutMs ?? STATUS_TIMEOUT_MS;
  let cache: { rowIndex: number; bytes: Uint8Array } | undefined;
  await abortable(job.signal, job.transport.write(job.driver.startJob(job.options)));
  for (let index = job.skipLabels; index < job.totalLabels; index++) {
    const { rowIndex, instance } = describeJobLabel(job.plan, index);
    let bytes = !job.perCopy && cache?.rowIndex === rowIndex ? cache.bytes : undefined;
    if (!bytes) {
      const drawn = job.compiled.render(instance);
      if (!drawn.ok) {
        const row = job.plan.rows.length > 0 ? ` (row ${rowIndex + 1})` : '';
        throw new PrintJobError('INKLESS_RENDER_FAILED', `label ${index + 1}${row} could not be drawn, so printing stopped after ${index} label(s): ${drawn.issues.map(formatIssue).join('; ')}`);
      }
      bytes = job.driver.encodeLabel(drawn.value.bitmap, job.options);
      cache = { rowIndex, bytes };
    }
    await abortable(job.signal, job.transport.write(bytes));
    if (query) await abortable(job.signal, query(status!.request, { ...(status!.replyBytes === undefined ? {} : { replyBytes: status!.replyBytes }), timeoutMs }));
    if (!(await job.onConfirmed(index + 1))) return 'stopped';
  }
  await abortable(job.signal, job.transport.write(job.driver.endJob(job.options)));
  return 'done';
}

/** Waits for `promise`, or rejects with JobAbortedError as soon as `signal` aborts. */
export function abortable<T>(signal: AbortSignal, promise: Promise<T>): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(new JobAbortedError());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new JobAbortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
