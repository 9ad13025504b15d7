import type { Bitmap1, Issue, LabelSetup } from '@inkless/label';
import { concatBytes, encodePdf, encodePng1 } from '@inkless/label/output';
import { buildLabelJobOptions, drivers, PRINTER_LANGUAGES, type PrinterLanguage } from '@inkless/printers';
import { zipSync } from 'fflate';
import { pageSizeMm } from './output-formats';
import { pickProfileFor } from './print-job-options';

/** A file of every merged label: one PDF, a ZIP of PNGs, or one printer job. */
export type MergedFormatId = 'pdf' | 'png-zip' | PrinterLanguage;

/** Collects the labels of a merged file one by one (as they are drawn), then makes its bytes. */
export interface MergedFileBuilder {
  add(bitmap: Bitmap1, rowNumber: number): void;
  finish(): Uint8Array;
}

/** How one merged format is made: its file type, and a builder (or why the label cannot take it). */
export interface MergedFormat {
  readonly id: MergedFormatId;
  readonly extension: string;
  readonly mimeType: string;
  start(label: LabelSetup, printerProfileId: string, fileStem: string): MergedFileBuilder | { issues: readonly Issue[] };
}

/** One page per label, each the label's real size. */
const pdfFormat: MergedFormat = {
  id: 'pdf', extension: 'pdf', mimeType: 'application/pdf',
  start(label) {
    const pages: { bitmap: Bitmap1; widthMm: number; heightMm: number }[] = [];
    return { add: (bitmap) => void pages.push({ bitmap, ...pageSizeMm(label) }), finish: () => encodePdf(pages) };
  },
};

/** A 1-bit PNG per label, named by the file's row number ("-2" and on for a row's further copies). */
const pngZipFormat: MergedFormat = {
  id: 'png-zip', extension: 'zip', mimeType: 'application/zip',
  start(label, _profileId, fileStem) {
    const files: Record<string, Uint8Array> = {};
    const copies = new Map<number, number>();
    return {
      add(bitmap, rowNumber) {
        const copy = (copies.get(rowNumber) ?? 0) + 1;
        copies.set(rowNumber, copy);
        files[`${fileStem}-row-${String(rowNumber).padStart(3, '0')}${copy > 1 ? `-${copy}` : ''}.png`] = encodePng1(bitmap, { dpi: label.dpi });
      },
      // PNGs are compressed already: stored, not deflated again.
      finish: () => zipSync(files, { level: 0 }),
    };
  },
};

/** One job with every label: the driver's job start, each label, the job end (what a print sends). */
function printerJobFormat(language: PrinterLanguage): MergedFormat {
  const driver = drivers[language];
  return {
    id: language, extension: language === 'escpos' ? 'bin' : language, mimeType: 'application/octet-stream',
    start(label, profileId) {
      const picked = pickProfileFor(language, label, profileId);
      if ('issues' in picked) return picked;
      const options = buildLabelJobOptions(label, picked.profile);
      const parts = [driver.startJob(options)];
      return { add: (bitmap) => void parts.push(driver.encodeLabel(bitmap, options)), finish: () => concatBytes([...parts, driver.endJob(options)]) };
    },
  };
}

/** Every merged download format, in menu order. */
export const mergedFormats: readonly MergedFormat[] = [pdfFormat, pngZipFormat, ...PRINTER_LANGUAGES.map(printerJobFormat)];

export function findMergedFormat(id: MergedFormatId): MergedFormat {
  return mergedFormats.find((f) => f.id === id)!;
}
