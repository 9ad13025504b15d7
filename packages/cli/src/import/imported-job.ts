import type { Bitmap1, LabelSetup } from '@inkless/label';
import type { PrinterProfile } from '@inkless/printers';
import { CliError } from '../cli-error';
import type { PrintLabel } from '../print/print-labels';
import type { ImportedLabel, ImportedSource } from './imported-source';

/**
 * Bitmaps kept from the check pass for the print pass, at most: a 4x6 in label at 203 dpi is 120 KB,
 * so a few hundred labels are drawn once; past this the print pass draws them again, one at a time.
 */
const KEEP_BITMAP_BYTES = 64 * 1024 * 1024;

/** What the check pass learned: label count, the largest label (the job's size) and the bitmaps it could keep. */
export interface CheckedImport {
  readonly labels: number;
  /** Physical labels: ZPL's ^PQ copies times --copies. */
  readonly totalLabels: number;
  readonly widthDots: number;
  readonly heightDots: number;
  /** Lines to show: barcode checks overridden by --force. */
  readonly warnings: readonly string[];
  readonly kept: readonly ImportedLabel[] | undefined;
}

/**
 * Walks every label once before anything is sent: the barcode check runs on every page (a failed
 * one throws unless `force`), and each label must fit the printer's head.
 */
export async function checkImportedLabels(source: ImportedSource, options: { force: boolean; copies: number; profile: PrinterProfile }): Promise<CheckedImport> {
  let labels = 0;
  let totalLabels = 0;
  let widthDots = 0;
  let heightDots = 0;
  let keptBytes = 0;
  let kept: ImportedLabel[] | undefined = [];
  const warnings: string[] = [];
  for await (const label of source.labels(options.force)) {
    labels++;
    totalLabels += label.copies * options.copies;
    if (label.bitmap.width > options.profile.headWidthDots) {
      throw new CliError('INKLESS_CLI_USAGE', `label ${label.labelNumber} (page ${label.pageNumber}) is ${label.bitmap.width} dots wide but ${options.profile.name} prints at most ${options.profile.headWidthDots} dots; give a narrower --label or pick another profile`, 2);
    }
    widthDots = Math.max(widthDots, label.bitmap.width);
    heightDots = Math.max(heightDots, label.bitmap.height);
    if (label.barcodes && !label.barcodes.ok) warnings.push(describeForcedCheck(label));
    keptBytes += label.bitmap.data.byteLength;
    if (kept && keptBytes <= KEEP_BITMAP_BYTES) kept.push(label);
    else kept = undefined;
  }
  if (labels === 0) throw new CliError('INKLESS_CLI_USAGE', 'the file has no label to print (no page chosen, or a ZPL file without ^XA...^XZ)', 2);
  return { labels, totalLabels, widthDots, heightDots, warnings, kept };
}

function describeForcedCheck(label: ImportedLabel): string {
  const check = label.barcodes!;
  const what = [...check.lost.map((s) => `${s.format} "${s.text}" lost`), ...check.changed.map((c) => `${c.before.format} "${c.before.text}" reads "${c.after.text}"`)];
  return `label ${label.labelNumber} (page ${label.pageNumber}): barcode check failed (${what.join('; ')}); printing anyway because of --force`;
}

/**
 * The job's labels for the print loop, with the bitmap each one draws: one imported label at a
 * time (kept ones from the check pass, or drawn again), each repeated for its copies.
 */
export function importedPrintLabels(source: ImportedSource, checked: CheckedImport, options: { force: boolean; copies: number }): { labels: AsyncIterable<PrintLabel>; draw: (label: PrintLabel) => Bitmap1 } {
  let current: Bitmap1 | undefined;
  const walk = async function* (): AsyncGenerator<ImportedLabel> {
    if (checked.kept) yield* checked.kept;
    // Checked already: the barcodes are not refused twice.
    else yield* source.labels(true);
  };
  const labels = async function* (): AsyncGenerator<PrintLabel> {
    let labelNumber = 0;
    for await (const label of walk()) {
      current = label.bitmap;
      for (let copy = 0; copy < label.copies * options.copies; copy++) {
        labelNumber++;
        yield { labelNumber, rowNumber: label.labelNumber, copyIndex: copy, instance: {} };
      }
    }
  };
  return {
    labels: labels(),
    draw: () => {
      if (!current) throw new Error('a label was drawn before its page was read');
      return current;
    },
  };
}

/** The label setup of an imported job: its size in the printer's dots and media the printer senses. */
export function importedLabelSetup(checked: { readonly widthDots: number; readonly heightDots: number }, profile: PrinterProfile, media: 'gap' | 'mark' | 'continuous' | undefined): LabelSetup {
  const mm = (dots: number) => Math.round(((dots * 25.4) / profile.dpi) * 100) / 100;
  const type = media ?? (profile.media.includes('gap') ? 'gap' : profile.media[0]!);
  return {
    widthMm: mm(checked.widthDots), heightMm: mm(checked.heightDots), dpi: profile.dpi as 203 | 300 | 600, orientation: 0,
    marginsMm: { top: 0, right: 0, bottom: 0, left: 0 }, media: { type, gapMm: 3, markMm: 3, offsetMm: 0 },
  };
}
