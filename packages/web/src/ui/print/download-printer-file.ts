import type { PrinterProfile } from '@inkless/printers';
import { makeMergedDownload } from '../../downloads/merged-download';
import { saveFile } from '../../downloads/save-file';
import { describeRefusedDownload } from '../../merge/describe-row-problems';
import { startBatchClock } from '../../merge/label-renderer';
import type { MergeState } from '../../merge/merge-state';
import type { Studio } from '../../studio/studio';
import { collectPrintLabels } from './print-rows';

/** How the "Download printer file" route ended, counted in labels. */
export type PrinterFileOutcome =
  | { readonly kind: 'saved'; readonly sent: number }
  | { readonly kind: 'canceled'; readonly sent: number }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The print route that needs no account and no device API: the labels a print would send (the
 * merge's ticked rows, or the label with its sample data) as one job in the chosen printer's
 * language, downloaded for the user to send on (a print app, `lp`, a USB stick).
 */
export async function downloadPrinterFile(studio: Studio, merge: MergeState, profile: PrinterProfile, signal: AbortSignal, onProgress: (drawn: number) => void): Promise<PrinterFileOutcome> {
  const made = await makeMergedDownload({
    doc: studio.editor.store.getState().doc, fonts: studio.fonts, labels: collectPrintLabels(studio, merge), formatId: profile.language,
    printerProfileId: profile.id, clock: startBatchClock(), signal, onProgress,
  });
  if (made.kind === 'done') {
    saveFile(made.bytes, made.fileName, made.mimeType);
    return { kind: 'saved', sent: collectPrintLabels(studio, merge).length };
  }
  if (made.kind === 'canceled') return { kind: 'canceled', sent: made.done };
  const words = describeRefusedDownload(made, studio.editor.store.getState().doc);
  return { kind: 'failed', message: words };
}
