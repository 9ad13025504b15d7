import {
  bitmapDocument, decodePicture, findDpiFor, findPageRegions, pdfSourcePage, PICTURE_FALLBACK_DPI, prepareLabels,
  type DecodeSymbols, type Fit, type PageRegion, type PdfFile, type PictureDecoders, type PreparedLabel, type RedrawPage, type Rotation, type Stock,
} from '@inkless/import';
import type { GreyImage, LabelDocument } from '@inkless/label';
import { createStore, type Store } from '../editor/store';
import { toImportProblem, type ImportProblem } from './import-problem';
import { DEFAULT_IMPORT_STOCK_ID, profileFor, stockAtDpi } from './import-stock';
import { resolveRegion, type RegionChoice } from './region-choice';



/** What the user can change on the import screen; every change makes the label again. */
export interface ImportOptions {
  /** From 0; pages are shown counted from 1. */
  readonly pageIndex: number;
  readonly region: RegionChoice;
  readonly rotate: Rotation | 'auto';
  readonly fit: Fit;
  readonly profileId: string;
  readonly stockId: string;
}

/** The steps of making a label from a page, in order (the progress view names them). */
export const IMPORT_STEPS = ['render', 'find', 'check-source', 'check-label'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** A page as drawn for the import: its grey picture at `dpi` and the labels found on it. */
export interface ImportPage {
  readonly pageNumber: number;
  readonly grey: GreyImage;
  readonly dpi: number;
  readonly regions: readonly PageRegion[];
  /** A PDF page draws the label again itself, at the printer's dots (as `inkless print` does). */
  readonly redraw?: RedrawPage;
}

/** The label made from the chosen region, at the printer's dots, with its barcode check. */
export interface ImportLabel {
  readonly region: PageRegion;
  readonly stock: Stock;
  readonly prepared: PreparedLabel;
}

export interface PageImportState {
  readonly kind: 'pdf' | 'picture';
  readonly fileName: string;
  readonly pageCount: number;
  readonly options: ImportOptions;
  readonly status: 'working' | 'ready' | 'failed';
  /** While working: which step of which page. */
  readonly progress: { readonly step: ImportStep; readonly pageNumber: number } | undefined;
  readonly page: ImportPage | undefined;
  readonly label: ImportLabel | undefined;
  readonly problem: ImportProblem | undefined;
  /** Ticked by the user: a label whose barcodes did not survive may be used (and printed) all the same. */
  readonly printAnyway: boolean;
  /** Counts the times the label was asked for: a view (or a test) tells a new result from the last one. */
  readonly run: number;
}

/** Where the pages come from: a PDF draws each page as every host does (`pdfSourcePage`); a picture is one page at its own dpi. */
interface PageSource {
  readonly pageCount: number;
  /** The dpi a page is drawn at for this stock (a picture has its own). */
  dpiFor(stock: Stock): number;
  draw(pageIndex: number, stock: Stock): { grey: GreyImage; dpi: number; redraw?: RedrawPage };
  close(): void;
}

function pdfSource(pdf: PdfFile): PageSource {
  return { pageCount: pdf.pageCount, dpiFor: findDpiFor, draw: (index, stock) => pdfSourcePage(pdf, index, stock), close: () => pdf.close() };
}

function pictureSource(bytes: Uint8Array, decoders: PictureDecoders): PageSource {
  const picture = decodePicture(bytes, decoders);
  const dpi = picture.dpi ?? PICTURE_FALLBACK_DPI;
  return { pageCount: 1, dpiFor: () => dpi, draw: () => ({ grey: picture.grey, dpi }), close: () => undefined };
}

export interface PageImportSession {
  readonly store: Store<PageImportState>;
  setOptions(patch: Partial<ImportOptions>): void;
  setPrintAnyway(on: boolean): void;
  /** The label as a document (one image element, the exact dots), once the label is made and may be used. */
  toDocument(): LabelDocument | undefined;
  /** Resolves when the work asked for last is finished (tests and the bench wait on it). */
  settled(): Promise<void>;
  close(): void;
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Whether the barcodes survived, or the user chose to use the label anyway. */
export function mayUseLabel(state: PageImportState): boolean {
  return state.status === 'ready' && state.label !== undefined && (state.label.prepared.barcodes.ok || state.printAnyway);
}

export interface OpenPageImportOptions {
  readonly kind: 'pdf' | 'picture';
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** The studio's printer; the stock starts at 4 x 6 in (shipping labels). */
  readonly profileId: string;
  readonly decode: DecodeSymbols;
  /** Opens a PDF (the browser's PDFium); only asked for PDFs. */
  readonly openPdf: (bytes: Uint8Array) => Promise<PdfFile>;
  /** Starts the picture decoders that need WebAssembly (WebP); only asked for pictures. */
  readonly loadPictureDecoders: () => Promise<PictureDecoders>;
}

/**
 * An import of a PDF or a picture: draws the chosen page at the dpi the stock needs, finds the
 * labels on it, and makes the chosen one at the printer's dots with every barcode checked
 * (`prepareLabels`, the pipeline `inkless print` runs, so the studio's dots are the CLI's).
 * Options changed while work runs restart it; the newest options win. One page is held at a time.
 */
export async function openPageImport(options: OpenPageImportOptions): Promise<PageImportSession> {
  const source = options.kind === 'pdf' ? pdfSource(await options.openPdf(options.bytes)) : pictureSource(options.bytes, await options.loadPictureDecoders());
  const store = createStore<PageImportState>({
    kind: options.kind,
    fileName: options.fileName,
    pageCount: source.pageCount,
    options: { pageIndex: 0, region: { kind: 'found', index: 0 }, rotate: 'auto', fit: 'fit', profileId: options.profileId, stockId: DEFAULT_IMPORT_STOCK_ID },
    status: 'working',
    progress: { step: 'render', pageNumber: 1 },
    page: undefined,
    label: undefined,
    problem: undefined,
    printAnyway: false,
    run: 1,
  });
  let generation = 0;
  let closed = false;
  let running: Promise<void> = Promise.resolve();

  const update = (patch: Partial<PageImportState>) => store.setState((s) => ({ ...s, ...patch }));

  /** The page at the dpi this stock needs: drawn again only when the page or the dpi changes. */
  const drawPage = async (pageIndex: number, stock: Stock, isStale: () => boolean): Promise<ImportPage | undefined> => {
    const wanted = source.dpiFor(stock);
    const held = store.getState().page;
    if (held && held.pageNumber === pageIndex + 1 && held.dpi === wanted) return held;
    update({ progress: { step: 'render', pageNumber: pageIndex + 1 }, page: undefined });
    await nextFrame();
    if (isStale()) return undefined;
    const drawn = source.draw(pageIndex, stock);
    update({ progress: { step: 'find', pageNumber: pageIndex + 1 } });
    await nextFrame();
    if (isStale()) return undefined;
    const page: ImportPage = { pageNumber: pageIndex + 1, grey: drawn.grey, dpi: drawn.dpi, regions: findPageRegions(drawn, stock), ...(drawn.redraw ? { redraw: drawn.redraw } : {}) };
    update({ page });
    return page;
  };

  const make = async (mine: number): Promise<void> => {
    const isStale = () => closed || mine !== generation;
    const { options: chosen } = store.getState();
    update({ status: 'working', problem: undefined, label: undefined, printAnyway: false });
    try {
      const profile = profileFor(chosen.profileId);
      if (!profile) throw Object.assign(new Error(`the printer profile "${chosen.profileId}" is unknown`), { code: 'INKLESS_WEB_IMPORT_NO_PRINTER' });
      const stock = stockAtDpi(chosen.stockId, profile);
      const page = await drawPage(chosen.pageIndex, stock, isStale);
      if (!page || isStale()) return;
      const region = resolveRegion(chosen.region, page.grey, page.regions);
      let decodes = 0;
      // prepareLabels reads the source first, then the label: each read is a step the user sees.
      const decode: DecodeSymbols = async (image) => {
        update({ progress: { step: decodes++ === 0 ? 'check-source' : 'check-label', pageNumber: page.pageNumber } });
        await nextFrame();
        return options.decode(image);
      };
      const labels = prepareLabels([{ pageNumber: page.pageNumber, grey: page.grey, dpi: page.dpi, ...(page.redraw ? { redraw: page.redraw } : {}) }], { stock, region, rotate: chosen.rotate, fit: chosen.fit, force: true, decode });
      const first = await labels.next();
      await labels.return(undefined);
      if (isStale()) return;
      if (first.done) throw Object.assign(new Error(`page ${page.pageNumber} gave no label`), { code: 'INKLESS_WEB_IMPORT_FAILED' });
      update({ status: 'ready', progress: undefined, label: { region, stock, prepared: first.value } });
    } catch (e) {
      if (!isStale()) update({ status: 'failed', progress: undefined, problem: toImportProblem(e) });
    }
  };

  const restart = () => {
    const mine = ++generation;
    running = running.then(() => (mine === generation ? make(mine) : undefined));
  };
  restart();

  return {
    store,
    setOptions(patch) {
      store.setState((s) => ({ ...s, options: { ...s.options, ...patch }, status: 'working', run: s.run + 1 }));
      restart();
    },
    setPrintAnyway: (on) => update({ printAnyway: on }),
    toDocument() {
      const state = store.getState();
      if (!mayUseLabel(state) || !state.label) return undefined;
      const name = state.pageCount > 1 ? `${state.fileName}, page ${state.label.prepared.pageNumber}` : state.fileName;
      return bitmapDocument(state.label.prepared.bitmap, { name, dpi: state.label.stock.dpi });
    },
    async settled() {
      let seen: Promise<void>;
      do {
        seen = running;
        await seen;
      } while (seen !== running);
    },
    close() {
      closed = true;
      generation++;
      source.close();
    },
  };
}
