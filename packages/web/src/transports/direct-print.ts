import type { FontSet, LabelDocument } from '@inkless/label';
import { drivers, TransportError, type JobOptions, type PrinterLanguage, type Transport } from '@inkless/printers';
import { createLabelRenderer } from '../merge/label-renderer';
import { issuesInWords } from '../studio/issue-text';

/** One direct print run: the labels from `startAt` (0-based) on, through an open transport. */
export interface DirectPrintRun {
  readonly transport: Transport;
  readonly doc: LabelDocument;
  readonly fonts: FontSet;
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** The printer profile's language and job options (calibration shift and density included). */
  readonly language: PrinterLanguage;
  readonly options: JobOptions;
  readonly startAt: number;
  readonly tzOffsetMinutes: number;
  readonly signal: AbortSignal;
  /** Called after each label the transport took, with the count of labels confirmed so far. */
  onProgress(confirmed: number): void;
}

/** How a run ended: all sent, canceled, or the printer went away after `confirmed` labels. */
export type DirectPrintOutcome =
  | { readonly kind: 'done'; readonly confirmed: number }
  | { readonly kind: 'canceled'; readonly confirmed: number }
  | { readonly kind: 'lost'; readonly confirmed: number; readonly message: string };

/**
 * Sends a batch straight to a printer in the browser: the driver's job start, then one label per
 * row (rendered by the engine, the same bits as the preview), then the job end. A label counts
 * as confirmed once the transport took all its bytes (confirm mode `written`: no status query is
 * sent, so there is no per-printer choice to make), and a run that loses the printer can resume
 * from the next one.
 */
export async function printDirect(run: DirectPrintRun): Promise<DirectPrintOutcome> {
  const driver = drivers[run.language];
  const render = createLabelRenderer(run.doc, run.fonts, { tzOffsetMinutes: run.tzOffsetMinutes, nowMs: Date.now() });
  let confirmed = run.startAt;
  try {
    await run.transport.write(driver.startJob(run.options));
    for (let i = run.startAt; i < run.rows.length; i++) {
      if (run.signal.aborted) return { kind: 'canceled', confirmed };
      const drawn = render(run.rows[i]!, i);
      if (!drawn.ok) return { kind: 'lost', confirmed, message: `label ${i + 1}: ${issuesInWords(drawn.issues, run.doc)}` };
      await run.transport.write(driver.encodeLabel(drawn.value.bitmap, run.options));
      confirmed = i + 1;
      run.onProgress(confirmed);
    }
    await run.transport.write(driver.endJob(run.options));
    return { kind: 'done', confirmed };
  } catch (e) {
    if (e instanceof TransportError) return { kind: 'lost', confirmed, message: e.message };
    throw e;
  }
}

