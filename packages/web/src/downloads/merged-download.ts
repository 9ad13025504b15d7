import type { FontSet, Issue, LabelDocument } from '@inkless/label';
import type { BatchClock } from '../merge/label-renderer';
import { createLabelRenderer } from '../merge/label-renderer';
import { findMergedFormat, type MergedFormatId } from './merged-file-builders';
import { toFileName } from './save-file';

/** Labels drawn between two pauses that let the page repaint its progress bar and take a click on Cancel. */
const LABELS_PER_CHUNK = 4;

/** A merged download to make: the label, its labels (copies expanded, in print order) and the format. */
export interface MergedDownloadRun {
  readonly doc: LabelDocument;
  readonly fonts: FontSet;
  readonly labels: readonly { readonly rowNumber: number; readonly row: Readonly<Record<string, string>> }[];
  readonly formatId: MergedFormatId;
  readonly printerProfileId: string;
  readonly clock: BatchClock;
  readonly signal?: AbortSignal;
  /** Called after each chunk of labels, with how many are drawn. */
  onProgress?(done: number, total: number): void;
}

/** The file, or why it was not made: the user canceled, or a label (or the format) has problems. */
export type MergedDownloadOutcome =
  | { readonly kind: 'done'; readonly bytes: Uint8Array; readonly fileName: string; readonly mimeType: string }
  | { readonly kind: 'canceled'; readonly done: number }
  | { readonly kind: 'refused'; readonly issues: readonly Issue[]; readonly rowNumber?: number };

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws every merged label with the engine (the same renderer as a print, so serials and dates
 * match) and makes one file of them, in chunks that give the page time to show progress and
 * notice Cancel.
 */
export async function makeMergedDownload(run: MergedDownloadRun): Promise<MergedDownloadOutcome> {
  const format = findMergedFormat(run.formatId);
  const stem = toFileName(run.doc.name, format.extension).slice(0, -(format.extension.length + 1));
  const builder = format.start(run.doc.label, run.printerProfileId, stem);
  if ('issues' in builder) return { kind: 'refused', issues: builder.issues };
  const render = createLabelRenderer(run.doc, run.fonts, run.clock);
  const total = run.labels.length;
  for (const [index, label] of run.labels.entries()) {
    if (index % LABELS_PER_CHUNK === 0) {
      run.onProgress?.(index, total);
      await pause();
      if (run.signal?.aborted) return { kind: 'canceled', done: index };
    }
    const drawn = render(label.row, index);
    if (!drawn.ok) return { kind: 'refused', issues: drawn.issues, rowNumber: label.rowNumber };
    builder.add(drawn.value.bitmap, label.rowNumber);
  }
  run.onProgress?.(total, total);
  return { kind: 'done', bytes: builder.finish(), fileName: `${stem}.${format.extension}`, mimeType: format.mimeType };
}
