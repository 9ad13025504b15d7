import type { Bitmap1, Issue, LabelSetup } from '@inkless/label';
import { concatBytes, encodePdf, encodePng1 } from '@inkless/label/output';
import { drivers, PRINTER_LANGUAGES, type PrinterLanguage } from '@inkless/printers';
import { buildLabelJobOptions } from '@inkless/printers';
import { pickPrinterProfile } from './print-job-options';

/** What `POST /api/render` can answer with. */
export const RENDER_FORMATS = ['png', 'pdf', ...PRINTER_LANGUAGES] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** One output format: its media type and how a rendered label becomes its bytes. */
export interface OutputFormat {
  readonly contentType: string;
  readonly extension: string;
  /** Only printer languages take a printer profile. */
  readonly takesProfile: boolean;
  encode(bitmap: Bitmap1, label: LabelSetup, profileId: string | undefined): { bytes: Uint8Array } | { issues: Issue[] };
}

/** The page size of a label after its orientation turned it. */
function pageSizeMm(label: LabelSetup): { widthMm: number; heightMm: number } {
  const turned = label.orientation === 90 || label.orientation === 270;
  return turned ? { widthMm: label.heightMm, heightMm: label.widthMm } : { widthMm: label.widthMm, heightMm: label.heightMm };
}

/**
 * A printer language's bytes for one label: the driver's job start, the label, the job end, exactly
 * what `inkless print` would send for it (see each driver's file for its wire format).
 */
function printerFormat(language: PrinterLanguage): OutputFormat {
  const driver = drivers[language];
  return {
    contentType: 'application/octet-stream',
    extension: language,
    takesProfile: true,
    encode(bitmap, label, profileId) {
      const picked = pickPrinterProfile(language, label, profileId);
      if ('issues' in picked) return picked;
      const options = buildLabelJobOptions(label, picked.profile);
      return { bytes: concatBytes([driver.startJob(options), driver.encodeLabel(bitmap, options), driver.endJob(options)]) };
    },
  };
}

/** Every output format, one entry each; shared code never asks which one it has. */
export const outputFormats: Readonly<Record<RenderFormat, OutputFormat>> = {
  // 1-bit greyscale PNG, one pixel per printer dot, pHYs = the label's dpi.
  png: { contentType: 'image/png', extension: 'png', takesProfile: false, encode: (bitmap, label) => ({ bytes: encodePng1(bitmap, { dpi: label.dpi }) }) },
  // One page of the label's real size.
  pdf: { contentType: 'application/pdf', extension: 'pdf', takesProfile: false, encode: (bitmap, label) => ({ bytes: encodePdf([{ bitmap, ...pageSizeMm(label) }]) }) },
  ...(Object.fromEntries(PRINTER_LANGUAGES.map((language) => [language, printerFormat(language)])) as Record<PrinterLanguage, OutputFormat>),
};
