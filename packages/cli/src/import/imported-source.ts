import { compileLabel, InklessError, isInklessError, type Bitmap1, type FontSet, type LabelDocument } from '@inkless/label';
import {
  barcodeCheckError, bitmapToGrey, compareSymbols, decodePicture, interpretZpl, PICTURE_FALLBACK_DPI, prepareLabels, findDpiFor, pdfSourcePage, checkPdfPageCount,
  type BarcodeCheck, type PageRegion, type PictureDecoders, type SourcePage, type ZplLabel, type ZplNotice,
} from '@inkless/import';
import { decodeSymbolsWithZxing, loadPdfEngine, loadPictureDecoders } from '@inkless/import/node';
import { CliError } from '../cli-error';
import { selectPages, stockDots, type ImportChoices, type RegionMm } from './import-options';

/** What an imported file is, once it is known not to be a label document. */
export type ImportKind = 'pdf' | 'picture' | 'zpl';

/** One label of an imported file, at the printer's dots. */
export interface ImportedLabel {
  /** 1-based count of labels in the file (before copies): what messages and file names count. */
  readonly labelNumber: number;
  /** The page (PDF), 1 (picture) or the format (ZPL, counted from 1) it came from. */
  readonly pageNumber: number;
  readonly bitmap: Bitmap1;
  /** ^PQ copies for ZPL; 1 for pages. */
  readonly copies: number;
  /** Where on the page the label was found (pages only), in the page's pixels at `sourceDpi`. */
  readonly region?: PageRegion;
  readonly sourceDpi?: number;
  /** ZPL: the interpreter's editable document (at the dpi the ZPL was written for). */
  readonly document?: LabelDocument;
  /** The barcode check, before (source) and after (this bitmap); undefined where nothing was compared. */
  readonly barcodes?: BarcodeCheck;
}

/** A page as the file shows it, for `render --preview`. */
export interface ImportedPage {
  readonly pageNumber: number;
  readonly grey: { readonly width: number; readonly height: number; readonly data: Uint8Array };
  readonly dpi: number;
}

/** Called after each page's labels, with the page: for previews that show page, region and result. */
export type PageListener = (page: ImportedPage, labels: readonly ImportedLabel[]) => void | Promise<void>;

export interface OpenOptions {
  readonly choices: ImportChoices;
  /** The printer's dpi: labels come out in its dots. */
  readonly dpi: number;
  readonly fonts: FontSet;
}

/** A file opened for import: its labels can be walked more than once (check first, then print), one page at a time. */
export interface ImportedSource {
  readonly kind: ImportKind;
  /** Unsupported ZPL commands and the like, one line each, with their byte offsets. */
  readonly notices: readonly string[];
  /**
   * The labels, one page rendered at a time. Unless `force`, a barcode lost or changed stops the
   * walk with INKLESS_CLI_IMPORT_BARCODES (exit 1); with `force` the label comes with its failed check.
   */
  labels(force: boolean, onPage?: PageListener): AsyncGenerator<ImportedLabel>;
  /** The pages as the file shows them (PDF, picture), for previews. */
  pages(): AsyncGenerator<ImportedPage>;
  close(): void;
}

/** Opens a PDF, picture or ZPL file for import; bad files fail here or on the first page, before anything is printed. */
export async function openImportedSource(kind: ImportKind, bytes: Uint8Array, options: OpenOptions): Promise<ImportedSource> {
  if (kind === 'zpl') return openZpl(bytes, options);
  if (options.choices.zplDpi !== undefined) throw new CliError('INKLESS_CLI_USAGE', `--zpl-dpi is for ZPL files; this file is a ${kind === 'pdf' ? 'PDF' : 'picture'}`, 2);
  return kind === 'pdf' ? openPdf(bytes, options) : openPicture(bytes, options, await loadPictureDecoders());
}

async function openPdf(bytes: Uint8Array, options: OpenOptions): Promise<ImportedSource> {
  const engine = await loadPdfEngine();
  const pdf = engine.open(bytes);
  try {
    checkPdfPageCount(pdf.pageCount);
    // Page numbers checked now, so a wrong --pages fails before the first page is drawn.
    for (const _ of selectPages(options.choices.pages, pdf.pageCount));
  } catch (e) {
    pdf.close();
    throw e;
  }
  const stock = stockDots(options.choices.stock, options.dpi);
  // Pages are drawn whole only to find the label; the label itself is drawn by PDFium at the printer's dots.
  const sourceDpi = findDpiFor(stock);
  const pages = async function* (): AsyncGenerator<SourcePage> {
    for (const pageNumber of selectPages(options.choices.pages, pdf.pageCount)) {
      const info = pdf.page(pageNumber - 1);
      if (options.choices.region) checkRegionOnPage(options.choices.region, pageNumber, (info.widthPt * 25.4) / 72, (info.heightPt * 25.4) / 72);
      yield renderPdfPage(() => pdfSourcePage(pdf, pageNumber - 1, stock), pageNumber);
    }
  };
  return pageSource('pdf', pages, options, sourceDpi, () => pdf.close());
}

/** A PDF page render whose error does not say which page gets the page number added. */
function renderPdfPage<T>(render: () => T, pageNumber: number): T {
  try {
    return render();
  } catch (e) {
    if (isInklessError(e) && !/page \d/i.test(e.message)) throw new InklessError(e.code, `page ${pageNumber}: ${e.message}`, { path: e.path, cause: e });
    throw e;
  }
}

function openPicture(bytes: Uint8Array, options: OpenOptions, decoders: PictureDecoders): ImportedSource {
  const picture = decodePicture(bytes, decoders);
  const dpi = picture.dpi ?? PICTURE_FALLBACK_DPI;
  if (options.choices.pages && (options.choices.pages.length !== 1 || options.choices.pages[0]![0] !== 1)) {
    throw new CliError('INKLESS_CLI_USAGE', '--pages: a picture has one page', 2);
  }
  if (options.choices.region) checkRegionOnPage(options.choices.region, 1, (picture.grey.width * 25.4) / dpi, (picture.grey.height * 25.4) / dpi);
  const pages = async function* (): AsyncGenerator<SourcePage> {
    yield { pageNumber: 1, grey: picture.grey, dpi };
  };
  return pageSource('picture', pages, options, dpi, () => undefined);
}

/** A `--region` outside the page is refused with the page's size, before anything is drawn. */
function checkRegionOnPage(region: RegionMm, pageNumber: number, widthMm: number, heightMm: number): void {
  const slack = 0.5;
  if (region.xMm + region.widthMm > widthMm + slack || region.yMm + region.heightMm > heightMm + slack) {
    throw new InklessError('INKLESS_IMPORT_BAD_REGION', `${region.xMm},${region.yMm},${region.widthMm},${region.heightMm} mm lies outside page ${pageNumber}, which is ${round1(widthMm)} x ${round1(heightMm)} mm; give a region within the page`, { path: '--region' });
  }
}

function pageSource(kind: 'pdf' | 'picture', pages: () => AsyncGenerator<SourcePage>, options: OpenOptions, sourceDpi: number, close: () => void): ImportedSource {
  const { choices } = options;
  const stock = stockDots(choices.stock, options.dpi);
  return {
    kind,
    notices: [],
    pages: async function* () {
      for await (const page of pages()) yield page;
    },
    labels: async function* (force: boolean, onPage?: PageListener) {
      let labelNumber = 0;
      // The region in mm becomes pixels of each page at the dpi it was drawn at.
      const region = choices.region ? regionInPixels(choices.region, sourceDpi) : undefined;
      const prepare = { stock, rotate: choices.rotate, fit: choices.fit, force, decode: decodeSymbolsWithZxing, ...(region ? { region } : {}) };
      for await (const page of pages()) {
        const onThisPage: ImportedLabel[] = [];
        try {
          // One page at a time, so a preview can pair each page with its labels.
          for await (const label of prepareLabels([page], prepare)) {
            labelNumber++;
            const imported: ImportedLabel = { labelNumber, pageNumber: label.pageNumber, bitmap: label.bitmap, copies: 1, region: label.region, barcodes: label.barcodes, sourceDpi };
            onThisPage.push(imported);
            yield imported;
          }
        } catch (e) {
          throw asBarcodeFailure(e);
        }
        await onPage?.(page, onThisPage);
      }
    },
    close,
  };
}

/** The region in pixels of a page drawn at `dpi`, not rounded: a PDF page draws fractional edges exactly. */
function regionInPixels(region: RegionMm, dpi: number): PageRegion {
  const px = (mm: number) => (mm * dpi) / 25.4;
  return { x: px(region.xMm), y: px(region.yMm), width: px(region.widthMm), height: px(region.heightMm), found: 'given' };
}

/** Codes of a failed barcode check: these stop a print with exit 1 (the user may --force), not 2 (bad input). */
const BARCODE_CODES = new Set(['INKLESS_IMPORT_BARCODE_LOST', 'INKLESS_IMPORT_BARCODE_CHANGED']);

function asBarcodeFailure(e: unknown): unknown {
  if (isInklessError(e) && BARCODE_CODES.has(e.code)) {
    return new CliError('INKLESS_CLI_IMPORT_BARCODES', `${e.message} (${e.code}); nothing was printed. Check the file, or print anyway with --force`, 1, { cause: e });
  }
  return e;
}

function openZpl(bytes: Uint8Array, options: OpenOptions): ImportedSource {
  const zplDpi = options.choices.zplDpi ?? options.dpi;
  const stock = stockDots(options.choices.stock, zplDpi);
  if (options.choices.region || options.choices.pages) throw new CliError('INKLESS_CLI_USAGE', '--region and --pages are for PDFs and pictures; ZPL says where everything goes', 2);
  const { labels, notices } = interpretZpl(bytes, { dpi: zplDpi, labelWidthDots: stock.widthDots, labelHeightDots: stock.heightDots }, { fonts: options.fonts });
  const lines = [...notices, ...labels.flatMap((l) => l.notices)].sort((a, b) => a.offset - b.offset).map((n) => describeNotice(n, 0));
  return {
    kind: 'zpl',
    notices: lines,
    pages: async function* () {},
    labels: async function* (force: boolean) {
      let labelNumber = 0;
      for (const label of labels) {
        labelNumber++;
        yield await zplAtPrinterDpi(label, labelNumber, zplDpi, options, force);
      }
    },
    close: () => undefined,
  };
}

/**
 * A ZPL label at the printer's dots: the interpreter's bitmap when the ZPL was written for this dpi;
 * otherwise its document drawn again at the printer's dpi (barcodes redrawn at whole dots, never a
 * resampled bitmap), with the barcodes checked against the ZPL's own render.
 */
export async function zplAtPrinterDpi(label: ZplLabel, labelNumber: number, zplDpi: number, options: Pick<OpenOptions, 'dpi' | 'fonts'>, force: boolean): Promise<ImportedLabel> {
  // The document is read only by those who ask for it (import): printing at the ZPL's dpi never makes it.
  const imported = (bitmap: Bitmap1, barcodes?: BarcodeCheck): ImportedLabel => ({
    labelNumber, pageNumber: labelNumber, copies: label.copies, bitmap, ...(barcodes ? { barcodes } : {}),
    get document() {
      return label.document;
    },
  });
  if (zplDpi === options.dpi) return imported(label.bitmap);
  const rendered = renderAtDpi(label.document, zplDpi, options);
  const before = await decodeSymbolsWithZxing(bitmapToGrey(label.bitmap));
  const after = await decodeSymbolsWithZxing(bitmapToGrey(rendered));
  const barcodes = compareSymbols(before, after);
  if (!barcodes.ok && !force) throw asBarcodeFailure(barcodeCheckError(barcodes, { pageNumber: labelNumber, sourceDpi: zplDpi }));
  return imported(rendered, barcodes);
}

/**
 * The document drawn at another dpi: its sizes are mm, so only whole-dot module widths need
 * rescaling, to the nearest whole dot at the new dpi; a box that held the symbol exactly grows
 * with the module when it rounds up.
 */
const BOX_GROWTH = 1.04;

function renderAtDpi(doc: LabelDocument, fromDpi: number, options: Pick<OpenOptions, 'dpi' | 'fonts'>): Bitmap1 {
  const dpi = options.dpi as LabelDocument['label']['dpi'];
  const scaled = (el: LabelDocument['elements'][number]) => {
    const module = (el as { moduleDots?: unknown }).moduleDots;
    if (typeof module !== 'number') return el;
    const moduleDots = Math.max(1, Math.round((module * dpi) / fromDpi));
    const grow = Math.max(1, (moduleDots * fromDpi) / (module * dpi));
    return { ...el, moduleDots, widthMm: el.widthMm * grow, heightMm: el.heightMm * grow };
  };
  let elements = doc.elements.map(scaled);
  // A symbol whose rounded module still overflows its box (MaxiCode's rows, say) gets a slightly larger box.
  for (let attempt = 0; ; attempt++) {
    const result = compileLabel({ ...doc, label: { ...doc.label, dpi }, elements }, { fonts: options.fonts }).render({});
    if (result.ok) return result.value.bitmap;
    const failing = new Set(result.issues.filter((i) => i.code === 'INKLESS_BARCODE_TOO_BIG').map((i) => Number(/^elements\[(\d+)\]/.exec(i.path)?.[1] ?? -1)));
    if (attempt >= 3 || failing.size === 0) throw InklessError.fromIssues(result.issues);
    elements = elements.map((el, i) => (failing.has(i) ? { ...el, widthMm: el.widthMm * BOX_GROWTH, heightMm: el.heightMm * BOX_GROWTH } : el));
  }
}

/** A notice in one line, with its byte offset (counted from `base`, where the piece of ZPL it came from starts). */
export function describeNotice(notice: ZplNotice, base: number): string {
  const offset = notice.offset - base;
  const words = base === 0 ? notice.message : notice.message.replace(`byte ${notice.offset}`, `byte ${offset}`);
  return `${words.includes(`byte ${offset}`) ? '' : `byte ${offset}: ${notice.command} `}${words} (${notice.code})`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
