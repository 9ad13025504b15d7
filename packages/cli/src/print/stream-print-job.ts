import type { Bitmap1, CompiledLabel } from '@inkless/label';
import { TransportError, type JobOptions, type PrinterDriver, type PrinterStatus, type Transport } from '@inkless/printers';
import { CliError } from '../cli-error';
import { formatRowIssues } from '../label-batch';
import { collectBetweenLabels } from '../memory/batch-gc';
import type { Progress } from '../progress/progress-bar';
import type { PrintLabel } from './print-labels';

/**
 * Labels between status queries. One: a round trip per label keeps the window of "sent, not yet
 * confirmed" to the single label in flight, so a resume reprints at most that one.
 */
export const CONFIRM_EVERY_LABELS = 1;
/** How long the printer may take to answer a status query (it answers after the labels before it). */
export const STATUS_TIMEOUT_MS = 60_000;

export interface PrintJobInput {
  readonly compiled: CompiledLabel;
  readonly driver: PrinterDriver;
  readonly transport: Transport;
  readonly options: JobOptions;
  readonly labels: AsyncIterable<PrintLabel>;
  readonly totalLabels: number;
  /** Labels 1..skipLabels were confirmed by an earlier run (`--resume`): not sent again. */
  readonly skipLabels: number;
  /** Copies of a row share one bitmap unless the label has per-copy serials. */
  readonly perCopy: boolean;
  readonly progress: Progress;
  /** Called with the last confirmed label number after each confirmation (the journal). */
  onConfirmed(labelNumber: number): Promise<void>;
  /** Status replies that report a problem (head open...), for a warning. */
  onStatus?(status: PrinterStatus, labelNumber: number): void;
  readonly confirmEvery?: number;
}

export interface PrintJobResult {
  readonly sent: number;
  readonly confirmed: number;
  /** True when confirmations came from the printer's status replies, false when they mean "written". */
  readonly queried: boolean;
}

/**
 * What "confirmed" means. With a status query, a reply confirms every label written before the
 * query, on printers (and the virtual printer) that answer in order, after processing what came
 * first. Without one (or on a one-way transport), confirmed means written. Labels written after the
 * last confirmation may or may not have printed when the printer goes away: they are sent again on
 * --resume, so the window for a duplicate is at most one confirmation interval (CONFIRM_EVERY_LABELS)
 * and no label is ever lost. Caveat: a real TSPL printer answers `<ESC>!?` immediately, so there
 * the reply proves the labels were received, not yet printed.
 *
 * Streams a job: render, encode, `await transport.write` (back-pressure), and every few labels a
 * status query whose reply confirms everything before it. Memory stays flat: one label at a time.
 * When the printer goes away, throws INKLESS_PRINTER_GONE saying the last confirmed label and how to resume.
 */
export async function streamPrintJob(job: PrintJobInput): Promise<PrintJobResult> {
  const confirmEvery = job.confirmEvery ?? CONFIRM_EVERY_LABELS;
  const status = job.driver.status;
  const query = status && job.transport.query ? job.transport.query.bind(job.transport) : undefined;
  let written = job.skipLabels;
  let confirmed = job.skipLabels;
  let confirmedRow: number | undefined;
  let writtenRow: number | undefined;
  let cache: { rowNumber: number; bytes: Uint8Array } | undefined;

  const send = async (bytes: Uint8Array) => {
    try {
      await job.transport.write(bytes);
    } catch (e) {
      throw describeGone(e, job, confirmed, confirmedRow);
    }
  };
  const confirm = async () => {
    if (written === confirmed) return;
    if (status && query) {
      let reply: Uint8Array;
      try {
        reply = await query(status.request, { ...(status.replyBytes === undefined ? {} : { replyBytes: status.replyBytes }), timeoutMs: STATUS_TIMEOUT_MS });
      } catch (e) {
        throw describeGone(e, job, confirmed, confirmedRow);
      }
      const parsed = status.parse(reply);
      if (!parsed.ready) job.onStatus?.(parsed, written);
    }
    confirmed = written;
    confirmedRow = writtenRow;
    await job.onConfirmed(confirmed);
  };

  await send(job.driver.startJob(job.options));
  for await (const label of job.labels) {
    if (label.labelNumber <= job.skipLabels) {
      if (label.labelNumber === job.skipLabels) confirmedRow = label.rowNumber;
      continue;
    }
    const reuse = !job.perCopy && cache?.rowNumber === label.rowNumber && label.copyIndex > 0;
    const bytes = reuse ? cache!.bytes : job.driver.encodeLabel(await renderOrStop(job, label, confirmed), job.options);
    cache = { rowNumber: label.rowNumber, bytes };
    await send(bytes);
    written = label.labelNumber;
    writtenRow = label.rowNumber;
    job.progress.tick();
    collectBetweenLabels(written);
    if (written - confirmed >= confirmEvery) await confirm();
  }
  await send(job.driver.endJob(job.options));
  await confirm();
  return { sent: written - job.skipLabels, confirmed, queried: query !== undefined };
}

async function renderOrStop(job: PrintJobInput, label: PrintLabel, confirmed: number): Promise<Bitmap1> {
  const result = job.compiled.render(label.instance);
  if (result.ok) return result.value.bitmap;
  const lines = formatRowIssues(label.rowNumber, result.issues, true).join('\n  ');
  throw new CliError('INKLESS_CLI_RENDER_FAILED', `label ${label.labelNumber} could not be rendered, so printing stopped:\n  ${lines}\nlabels up to ${confirmed} were sent; fix the row and run again with --resume`, 1);
}

/** The message users see when the printer disappears: what is known printed and how to go on. */
function describeGone(e: unknown, job: PrintJobInput, confirmed: number, confirmedRow: number | undefined): Error {
  const reason = e instanceof Error ? e.message : String(e);
  const where = confirmed === 0 ? 'before any label was confirmed' : `after label ${confirmed} of ${job.totalLabels}${confirmedRow === undefined ? '' : ` (row ${confirmedRow})`}`;
  const known = confirmed === 0 ? 'no label is confirmed printed' : `labels up to ${confirmed} are confirmed printed`;
  const message = `printer ${job.transport.description} went away ${where}; ${known}; run again with --resume to continue from label ${confirmed + 1}\n  (${reason})`;
  return new TransportError('INKLESS_PRINTER_GONE', message, { cause: e });
}
