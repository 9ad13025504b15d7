import { describeError, type Bitmap1, type CompiledLabel, type LabelDocument } from '@inkless/label';
import { concatBytes } from '@inkless/label/output';
import { FIRST_STATUS_TIMEOUT_MS, TransportError, type ConfirmMode, type JobOptions, type PrinterDriver, type PrinterStatus, type Transport } from '@inkless/printers';
import { CliError } from '../cli-error';
import { formatRowIssues } from '../label-batch';
import { collectBetweenLabels } from '../memory/batch-gc';
import type { Progress } from '../progress/progress-bar';
import { sayConfirmed } from './confirm-words';
import type { PrintLabel } from './print-labels';

/**
 * Labels sent whose status reply has not come back yet, at most. One: a label goes out only once
 * every label before it is confirmed, so when the printer dies at most the one label whose reply
 * was on its way can come out twice on `--resume`. Neither side waits for the other all the same:
 * the next label is drawn and encoded while the printer works on the last one, and is sent the
 * moment its reply arrives.
 */
export const CONFIRM_WINDOW_LABELS = 1;
/** How long the printer may take to answer a status query (it answers after the labels before it). */
export const STATUS_TIMEOUT_MS = 60_000;

/**
 * Draws one label of a job that is not rows of a label document (an imported PDF page, picture or
 * ZPL format). A throw stops the job once the labels before it are confirmed; its message is shown.
 */
export type DrawLabel = (label: PrintLabel) => Bitmap1 | Promise<Bitmap1>;

export interface PrintJobInput {
  /** The labels' drawing: a compiled label document (drawn row by row), or `draw` for labels made elsewhere. */
  readonly compiled?: CompiledLabel;
  readonly draw?: DrawLabel;
  /** The label as designed, so a row that cannot be drawn names its element in words. */
  readonly doc?: LabelDocument;
  readonly driver: PrinterDriver;
  readonly transport: Transport;
  readonly options: JobOptions;
  readonly labels: AsyncIterable<PrintLabel>;
  /**
   * `status`: a status query behind each label, whose reply confirms it (where the language and the
   * transport can ask; otherwise as `written`). `written`: a label is confirmed once its bytes are written.
   */
  readonly confirm: ConfirmMode;
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
  /** Overrides CONFIRM_WINDOW_LABELS (more labels in flight, more that an interrupted job may print twice). */
  readonly confirmWindow?: number;
  /** Overrides FIRST_STATUS_TIMEOUT_MS, how long the first reply of the run may take (tests). */
  readonly firstReplyTimeoutMs?: number;
}

export interface PrintJobResult {
  readonly sent: number;
  readonly confirmed: number;
  /** What the confirmations meant: `status` replies from the printer, or only `written`. */
  readonly confirm: ConfirmMode;
}

/** A status query on its way: the label it follows and, once it came, its reply or failure. */
interface PendingReply {
  readonly labelNumber: number;
  readonly rowNumber: number;
  readonly outcome: Promise<PendingOutcome>;
  arrived: PendingOutcome | undefined;
}

type PendingOutcome = { readonly reply: Uint8Array } | { readonly error: unknown };

/**
 * What "confirmed" means. With a status query (`confirm: 'status'`), a reply confirms every label
 * written before the query, on printers (and the virtual printer) that answer in order, after
 * processing what came first. With `confirm: 'written'`, or without a status query (or on a one-way
 * transport), confirmed means written. When the first reply of a run does not come within
 * FIRST_STATUS_TIMEOUT_MS, the printer probably never answers: the job stops saying so and suggests
 * `--confirm written`. A query follows every
 * label, and at most `window` labels (CONFIRM_WINDOW_LABELS) are sent and not yet confirmed at any
 * time. Those may or may not have printed when the printer goes away: they are sent again on
 * --resume, so at most that many labels can come out twice, and no label is ever lost. Caveat: a
 * real TSPL printer answers `<ESC>!?` immediately, so there the reply proves the labels were
 * received, not yet printed.
 *
 * Streams a job: render and encode a label while the replies to the labels before it are due,
 * wait until fewer than `window` labels are unconfirmed (back-pressure), then write the label with
 * a status query behind it whose reply confirms everything before it. Memory stays flat: one label
 * being drawn and a few replies awaited. When the printer goes away, throws INKLESS_PRINTER_GONE
 * saying the last confirmed label and how to resume.
 */
export async function streamPrintJob(job: PrintJobInput): Promise<PrintJobResult> {
  const window = Math.max(1, job.confirmWindow ?? CONFIRM_WINDOW_LABELS);
  const status = job.driver.status;
  const query = job.confirm === 'status' && status && job.transport.query ? job.transport.query.bind(job.transport) : undefined;
  const mode: ConfirmMode = query ? 'status' : 'written';
  const firstReplyTimeoutMs = job.firstReplyTimeoutMs ?? FIRST_STATUS_TIMEOUT_MS;
  const pending: PendingReply[] = [];
  let queries = 0;
  let replies = 0;
  let written = job.skipLabels;
  let confirmed = job.skipLabels;
  let confirmedRow: number | undefined;
  let cache: { rowNumber: number; bytes: Uint8Array } | undefined;

  /** Confirms up to `labelNumber` (the journal follows). */
  const confirmUpTo = async (labelNumber: number, rowNumber: number) => {
    confirmed = labelNumber;
    confirmedRow = rowNumber;
    await job.onConfirmed(confirmed);
  };
  /** Takes the oldest pending reply (waiting for it when `wait`); false when there is none to take. */
  const takeReply = async (wait: boolean): Promise<boolean> => {
    const oldest = pending[0];
    if (!oldest || (!wait && !oldest.arrived)) return false;
    const outcome = oldest.arrived ?? (await oldest.outcome);
    pending.shift();
    if ('error' in outcome) {
      if (replies === 0 && isTimeout(outcome.error)) throw describeSilent(outcome.error, job, oldest.labelNumber, firstReplyTimeoutMs);
      throw await stop(outcome.error);
    }
    replies++;
    const parsed = status!.parse(outcome.reply);
    if (!parsed.ready) job.onStatus?.(parsed, oldest.labelNumber);
    await confirmUpTo(oldest.labelNumber, oldest.rowNumber);
    return true;
  };
  /** The printer went away: confirm the replies that did come back, then say where to resume. */
  const stop = async (e: unknown): Promise<Error> => {
    while (pending[0]?.arrived && 'reply' in pending[0].arrived) await takeReply(false);
    return describeGone(e, job, mode, confirmed, confirmedRow);
  };
  /** Draws a label; when a row cannot be drawn, stops once the labels before it are confirmed. */
  const render = async (label: PrintLabel): Promise<Bitmap1> => {
    if (job.draw) return drawElsewhere(job.draw, label);
    if (!job.compiled) throw new Error('a print job needs compiled or draw');
    // Encoded before the next label is drawn, so one bitmap serves the whole job.
    const result = job.compiled.render(label.instance, { reuseBitmap: true });
    if (result.ok) return result.value.bitmap;
    while (await takeReply(true));
    const lines = formatRowIssues(label.rowNumber, result.issues, true, job.doc).join('\n  ');
    throw new CliError('INKLESS_CLI_RENDER_FAILED', `label ${label.labelNumber} could not be rendered, so printing stopped:\n  ${lines}\nlabels up to ${confirmed} were sent; fix the row and run again with --resume`, 1);
  };
  const drawElsewhere = async (draw: DrawLabel, label: PrintLabel): Promise<Bitmap1> => {
    try {
      return await draw(label);
    } catch (e) {
      while (await takeReply(true));
      throw new CliError('INKLESS_CLI_RENDER_FAILED', `label ${label.labelNumber} could not be made, so printing stopped:\n  ${describeError(e)}\nlabels up to ${confirmed} were sent; run again with --resume to go on from there`, 1);
    }
  };
  /**
   * Sends a label and the status query behind it as one write: one system call and one wake-up of
   * the printer per label, and the query cannot land inside the label's bytes (a transport writes
   * big jobs in slices). The reply is taken later, in order; a failed write comes back as its error.
   */
  const sendWithQuery = (bytes: Uint8Array, label: PrintLabel): PendingReply => {
    // The first reply of the run gets a short deadline: a printer that answers at all answers at once.
    const timeoutMs = queries++ === 0 ? firstReplyTimeoutMs : STATUS_TIMEOUT_MS;
    const options = { ...(status!.replyBytes === undefined ? {} : { replyBytes: status!.replyBytes }), timeoutMs };
    const entry: PendingReply = {
      labelNumber: label.labelNumber,
      rowNumber: label.rowNumber,
      arrived: undefined,
      outcome: query!(concatBytes([bytes, status!.request]), options).then((reply) => ({ reply }), (error: unknown) => ({ error })),
    };
    void entry.outcome.then((outcome) => (entry.arrived = outcome));
    return entry;
  };
  const send = async (bytes: Uint8Array) => {
    try {
      await job.transport.write(bytes);
    } catch (e) {
      throw await stop(e);
    }
  };

  await send(job.driver.startJob(job.options));
  for await (const label of job.labels) {
    if (label.labelNumber <= job.skipLabels) {
      if (label.labelNumber === job.skipLabels) confirmedRow = label.rowNumber;
      continue;
    }
    const reuse = !job.perCopy && cache?.rowNumber === label.rowNumber && label.copyIndex > 0;
    // Drawn while the printer works on the labels before it; sent once few enough are unconfirmed.
    const bytes = reuse ? cache!.bytes : job.driver.encodeLabel(await render(label), job.options);
    cache = { rowNumber: label.rowNumber, bytes };
    while (await takeReply(pending.length >= window));
    written = label.labelNumber;
    if (query) pending.push(sendWithQuery(bytes, label));
    else await send(bytes);
    job.progress.tick();
    collectBetweenLabels(written);
    if (!query) await confirmUpTo(written, label.rowNumber);
    while (await takeReply(false));
  }
  await send(job.driver.endJob(job.options));
  while (await takeReply(true));
  return { sent: written - job.skipLabels, confirmed, confirm: mode };
}

function isTimeout(e: unknown): boolean {
  return e instanceof TransportError && e.code === 'INKLESS_PRINTER_TIMEOUT';
}

/**
 * The message when the printer took the first label of a run but never answered the status query
 * behind it: most likely a one-way printer (a plain network print server), so say how to print to it.
 */
function describeSilent(e: unknown, job: PrintJobInput, labelNumber: number, timeoutMs: number): Error {
  const reason = e instanceof Error ? e.message : String(e);
  const message = `printer ${job.transport.description} took label ${labelNumber} but did not answer the status query behind it within ${timeoutMs / 1000} s: `
    + 'it may be a one-way printer (a plain network print server) that never answers. '
    + `If label ${labelNumber} came out, run again with --resume --confirm written: a label then counts as confirmed once its bytes are written, not confirmed by the printer (label ${labelNumber} is sent again). `
    + `If nothing came out, check the printer and its address\n  (${reason})`;
  return new TransportError('INKLESS_PRINTER_TIMEOUT', message, { cause: e });
}

/** The message users see when the printer disappears: what is known printed and how to go on. */
function describeGone(e: unknown, job: PrintJobInput, mode: ConfirmMode, confirmed: number, confirmedRow: number | undefined): Error {
  const reason = e instanceof Error ? e.message : String(e);
  const where = confirmed === 0 ? 'before any label was confirmed' : `after label ${confirmed} of ${job.totalLabels}${confirmedRow === undefined ? '' : ` (row ${confirmedRow})`}`;
  const known = confirmed === 0 ? (mode === 'status' ? 'no label is confirmed printed' : 'no label was written') : `labels up to ${confirmed} are ${sayConfirmed(mode)}`;
  const message = `printer ${job.transport.description} went away ${where}; ${known}; run again with --resume to continue from label ${confirmed + 1}\n  (${reason})`;
  return new TransportError('INKLESS_PRINTER_GONE', message, { cause: e });
}
