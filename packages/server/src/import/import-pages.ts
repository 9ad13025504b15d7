import { barcodeCheckError, bitmapDocument, prepareLabels, type BarcodeCheck, type PageRegion, type SourcePage } from '@inkless/import';
import { decodeSymbolsWithZxing } from '@inkless/import/node';
import type { ImportedLabel, ImportTask } from './import-types';

const MM_PER_INCH = 25.4;

/**
 * The labels on pages (a PDF's, or a picture as one page), in page order: each page's label
 * regions found (or the user's), turned and fitted to the stock, every barcode read before and
 * after. The check is reported, not thrown: `POST /api/import` shows it, print jobs refuse on it.
 */
export async function labelsFromPages(pages: Iterable<SourcePage> | AsyncIterable<SourcePage>, task: ImportTask, sourceDpi: number): Promise<ImportedLabel[]> {
  const { options } = task;
  const region = options.regionMm === undefined ? undefined : regionInPixels(options.regionMm, sourceDpi);
  const labels: ImportedLabel[] = [];
  const prepared = prepareLabels(pages, {
    stock: options.stock, decode: decodeSymbolsWithZxing, force: true,
    ...(region ? { region } : {}), ...(options.rotate === undefined ? {} : { rotate: options.rotate }), ...(options.fit === undefined ? {} : { fit: options.fit }),
  });
  for await (const label of prepared) {
    const before = labels.filter((l) => l.pageNumber === label.pageNumber).length;
    const name = `${options.fileName}, page ${label.pageNumber}${before === 0 ? '' : ` (${before + 1})`}`;
    labels.push({
      pageNumber: label.pageNumber,
      region: label.region,
      regionMm: regionInMm(label.region, sourceDpi),
      rotation: label.rotation,
      barcodes: label.barcodes,
      barcodeProblem: describeCheck(label.barcodes, label.pageNumber, sourceDpi),
      copies: 1,
      offset: null,
      notices: [],
      document: bitmapDocument(label.bitmap, { name, dpi: options.stock.dpi }),
      widthDots: label.bitmap.width,
      heightDots: label.bitmap.height,
      dpi: options.stock.dpi,
    });
  }
  return labels;
}

/** The user's region (mm on the page as displayed) in pixels of the page at `dpi`, not rounded: a PDF page draws fractional edges exactly. */
function regionInPixels(mm: NonNullable<ImportTask['options']['regionMm']>, dpi: number): PageRegion {
  const px = (v: number) => (v * dpi) / MM_PER_INCH;
  return { x: px(mm.xMm), y: px(mm.yMm), width: Math.max(1, px(mm.widthMm)), height: Math.max(1, px(mm.heightMm)), found: 'given' };
}

function regionInMm(region: PageRegion, dpi: number): ImportedLabel['regionMm'] {
  const mm = (v: number) => Math.round((v * MM_PER_INCH * 10) / dpi) / 10;
  return { xMm: mm(region.x), yMm: mm(region.y), widthMm: mm(region.width), heightMm: mm(region.height) };
}

/**
 * The failed check in the API's words: which symbol, where on the page; the import package's
 * message names the CLI's flags, so they are said as request fields here.
 */
function describeCheck(check: BarcodeCheck, pageNumber: number, sourceDpi: number): string | null {
  if (check.ok) return null;
  return barcodeCheckError(check, { pageNumber, sourceDpi }).message
    .replace(/--fit actual/g, '"fit": "actual"')
    .replace(/--force/g, '"force": true');
}
