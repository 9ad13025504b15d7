import type { Bitmap1, Issue, LabelSetup } from '@inkless/label';
import { concatBytes, encodePdf, encodePng1 } from '@inkless/label/output';
import { drivers, PRINTER_LANGUAGES, type PrinterLanguage } from '@inkless/printers';
import { buildLabelJobOptions } from '@inkless/printers';
import { pickProfileFor } from './print-job-options';

/** One download format: how the printed bitmap becomes a file. */
export interface OutputFormat {
  readonly id: 'png' | 'pdf' | PrinterLanguage;
  readonly extension: string;
  readonly mimeType: string;
  /** Checks that need no render (does the label fit a printer of this language?): empty when fine. */
  check(label: LabelSetup, printerProfileId: string): readonly Issue[];
  /** The file's bytes, or why it cannot be made. `bitmap` is the label as it prints (orientation applied). */
  encode(bitmap: Bitmap1, label: LabelSetup, printerProfileId: string): { bytes: Uint8Array } | { issues: readonly Issue[] };
}

/** The page of a label as it prints: a label turned by 90 or 270 degrees swaps its sides. */
export function pageSizeMm(label: LabelSetup): { widthMm: number; heightMm: number } {
  const turned = label.orientation === 90 || label.orientation === 270;
  return turned ? { widthMm: label.heightMm, heightMm: label.widthMm } : { widthMm: label.widthMm, heightMm: label.heightMm };
}

/**
 * A printer language's file: the driver's job start, the label and the job end, the bytes
 * `inkless print` would send (each driver's file documents its wire format).
 */
function printerFormat(language: PrinterLanguage): OutputFormat {
  const driver = drivers[language];
  return {
    id: language,
    extension: language === 'escpos' ? 'bin' : language,
    mimeType: 'application/octet-stream',
    check(label, profileId) {
      const picked = pickProfileFor(language, label, profileId);
      return 'issues' in picked ? picked.issues : [];
    },
    encode(bitmap, label, profileId) {
      const picked = pickProfileFor(language, label, profileId);
      if ('issues' in picked) return picked;
      const options = buildLabelJobOptions(label, picked.profile);
      return { bytes: concatBytes([driver.startJob(options), driver.encodeLabel(bitmap, options), driver.endJob(options)]) };
    },
  };
}

/** Every download format, in menu order; shared code never asks which one it has. */
export const outputFormats: readonly OutputFormat[] = [
  // 1-bit greyscale PNG, one pixel per printer dot, pHYs = the label's dpi.
  { id: 'png', extension: 'png', mimeType: 'image/png', check: () => [], encode: (bitmap, label) => ({ bytes: encodePng1(bitmap, { dpi: label.dpi }) }) },
  // One page of the label's real size.
  { id: 'pdf', extension: 'pdf', mimeType: 'application/pdf', check: () => [], encode: (bitmap, label) => ({ bytes: encodePdf([{ bitmap, ...pageSizeMm(label) }]) }) },
  ...PRINTER_LANGUAGES.map(printerFormat),
];
