import { PDFiumModule } from '@hyzyla/pdfium';
import { InklessError, type GreyImage } from '@inkless/label';
import { windowAffine, windowClip, type PageWindow } from '../page/page-window';
import { PDF_LIMITS, pagePixels } from './pdf-limits';


/** A page's size as displayed (after /Rotate), in points, and the /Rotate it had. */
export interface PdfPageInfo {
  readonly widthPt: number;
  readonly heightPt: number;
  readonly rotation: 0 | 90 | 180 | 270;
}

/** An open PDF. Pages are counted from 0 here; messages count them from 1, as users do. */
export interface PdfFile {
  readonly pageCount: number;
  /** Size as displayed (after /Rotate), in points; index from 0. */
  page(index: number): PdfPageInfo;
  /** The page as displayed, white paper, at `dpi`; refuses (InklessError) a page over the pixel limit before allocating. */
  renderPage(index: number, dpi: number): GreyImage;
  /**
   * A window of the page (`window.region` in pixels of `renderPage(index, dpi)`), turned and scaled,
   * drawn by the engine in one pass straight at the window's pixels: no page-sized bitmap is made.
   * Refuses a window over the page pixel limit, as `renderPage` does.
   */
  renderWindow(index: number, dpi: number, window: PageWindow): GreyImage;
  /** Frees the document inside the engine; the file cannot be used afterwards. */
  close(): void;
}

/** PDFium compiled to WebAssembly: the same wasm, so the same bits, in Node and in the browser. */
export interface PdfEngine {
  open(bytes: Uint8Array): PdfFile;
  /** Bytes of the engine's WebAssembly memory now (it only grows): for tests that check memory stays bounded. */
  memoryBytes(): number;
}

// PDFium's FPDF_GetLastError values (fpdfview.h).
const FPDF_ERR_FILE = 2;
const FPDF_ERR_FORMAT = 3;
const FPDF_ERR_PASSWORD = 4;
const FPDF_ERR_SECURITY = 5;
// FPDFBitmap_CreateEx format: one byte a pixel, grey.
const FPDFBITMAP_GRAY = 1;
// FPDF_RenderPageBitmap flag: draw annotations' appearances too (stamps and filled-in fields print).
const FPDF_ANNOT = 0x01;
const WHITE_ARGB = 0xffffffff;

/** The PDFium calls the engine makes (fpdfview.h), as the Emscripten module exports them. */
interface Pdfium {
  readonly HEAPU8: Uint8Array;
  readonly wasmExports: { malloc(size: number): number; free(ptr: number): void };
  _FPDF_InitLibrary(): void;
  _FPDF_LoadMemDocument(dataPtr: number, size: number, passwordPtr: number): number;
  _FPDF_GetLastError(): number;
  _FPDF_GetPageCount(doc: number): number;
  _FPDF_GetPageSizeByIndexF(doc: number, index: number, sizePtr: number): number;
  _FPDF_LoadPage(doc: number, index: number): number;
  _FPDFPage_GetRotation(page: number): number;
  _FPDF_ClosePage(page: number): void;
  _FPDF_CloseDocument(doc: number): void;
  _FPDFBitmap_CreateEx(width: number, height: number, format: number, bufferPtr: number, stride: number): number;
  _FPDFBitmap_FillRect(bitmap: number, left: number, top: number, width: number, height: number, argb: number): void;
  _FPDF_RenderPageBitmap(bitmap: number, page: number, x: number, y: number, width: number, height: number, rotate: number, flags: number): void;
  _FPDF_RenderPageBitmapWithMatrix(bitmap: number, page: number, matrixPtr: number, clipPtr: number, flags: number): void;
  _FPDFBitmap_GetBuffer(bitmap: number): number;
  _FPDFBitmap_GetStride(bitmap: number): number;
  _FPDFBitmap_Destroy(bitmap: number): void;
}

/**
 * Starts PDFium from its wasm bytes, which the host supplies (Node: read from the installed package,
 * see `loadPdfEngine`; browser: fetched from the bundler's URL of the same file). Nothing is
 * downloaded: without `wasmBinary` the package would fetch its wasm from a CDN.
 *
 * @example
 * const engine = await createPdfEngine(await (await fetch(pdfiumWasmUrl)).arrayBuffer());
 * const pdf = engine.open(bytes);
 * const grey = pdf.renderPage(0, 203);
 * pdf.close();
 */
export async function createPdfEngine(wasmBinary: ArrayBuffer): Promise<PdfEngine> {
  // locateFile answers before the module would build a URL next to its script (never fetched: the
  // bytes are given), which fails in bundles and workers.
  const pdfium = (await PDFiumModule({ wasmBinary, locateFile: () => '' } as never)) as unknown as Pdfium;
  pdfium._FPDF_InitLibrary();
  return {
    open: (bytes) => openPdf(pdfium, bytes),
    memoryBytes: () => heap(pdfium).byteLength,
  };
}

function heap(pdfium: Pdfium): Uint8Array {
  // Read afresh each time: the heap's buffer is replaced whenever the wasm memory grows.
  return pdfium.HEAPU8;
}

function openPdf(pdfium: Pdfium, bytes: Uint8Array): PdfFile {
  const { malloc, free } = pdfium.wasmExports;
  // PDFium reads the file in place for as long as it is open, so the copy lives until close().
  const filePtr = malloc(Math.max(1, bytes.length));
  if (!filePtr) throw new InklessError('INKLESS_IMPORT_PDF_INVALID', `the PDF of ${bytes.length.toLocaleString('en-US')} bytes does not fit in the PDF engine's memory`);
  heap(pdfium).set(bytes, filePtr);
  const doc = pdfium._FPDF_LoadMemDocument(filePtr, bytes.length, 0);
  if (!doc) {
    const error = pdfium._FPDF_GetLastError();
    free(filePtr);
    throw openError(error, bytes.length);
  }
  const pageCount = pdfium._FPDF_GetPageCount(doc);
  let open = true;
  const sizePtr = malloc(8);

  const checkIndex = (index: number): void => {
    if (!open) throw new InklessError('INKLESS_IMPORT_PDF_CLOSED', 'the PDF was already closed');
    if (!Number.isInteger(index) || index < 0 || index >= pageCount) {
      throw new InklessError('INKLESS_IMPORT_PDF_NO_PAGE', `there is no page ${index + 1}: the PDF has ${pageCount} page${pageCount === 1 ? '' : 's'}`);
    }
  };

  /** Displayed size in points, from the page tree alone (no content parsed). */
  const pageSize = (index: number): { widthPt: number; heightPt: number } => {
    checkIndex(index);
    if (!pdfium._FPDF_GetPageSizeByIndexF(doc, index, sizePtr)) {
      throw new InklessError('INKLESS_IMPORT_PDF_INVALID', `page ${index + 1} cannot be read: its page object is damaged`, { path: `page ${index + 1}` });
    }
    const view = new DataView(heap(pdfium).buffer, sizePtr, 8);
    return { widthPt: view.getFloat32(0, true), heightPt: view.getFloat32(4, true) };
  };

  const page = (index: number): PdfPageInfo => {
    const size = pageSize(index);
    const pagePtr = loadPage(index);
    const rotation = (pdfium._FPDFPage_GetRotation(pagePtr) & 3) * 90;
    pdfium._FPDF_ClosePage(pagePtr);
    return { ...size, rotation: rotation as PdfPageInfo['rotation'] };
  };

  const loadPage = (index: number): number => {
    const pagePtr = pdfium._FPDF_LoadPage(doc, index);
    if (!pagePtr) throw new InklessError('INKLESS_IMPORT_PDF_INVALID', `page ${index + 1} cannot be read: its content is damaged`, { path: `page ${index + 1}` });
    return pagePtr;
  };

  const renderPage = (index: number, dpi: number): GreyImage => {
    const info = pageSize(index);
    const where = `page ${index + 1}`;
    if (!(dpi > 0 && dpi <= 2400)) throw new RangeError(`dpi must be between 1 and 2400, got ${dpi}`);
    const { width, height } = pagePixels(info.widthPt, info.heightPt, dpi);
    if (width * height > PDF_LIMITS.maxPagePixels) {
      const inches = `${formatInches(info.widthPt)} x ${formatInches(info.heightPt)} in`;
      throw new InklessError(
        'INKLESS_IMPORT_PDF_PAGE_TOO_LARGE',
        `the page is ${inches}; at ${dpi} dpi that is ${width.toLocaleString('en-US')} x ${height.toLocaleString('en-US')} pixels, over the limit of ${PDF_LIMITS.maxPagePixels.toLocaleString('en-US')} pixels`,
        { path: where },
      );
    }
    const pagePtr = loadPage(index);
    const bitmap = pdfium._FPDFBitmap_CreateEx(width, height, FPDFBITMAP_GRAY, 0, 0);
    try {
      if (!bitmap) throw new InklessError('INKLESS_IMPORT_PDF_PAGE_TOO_LARGE', `page ${index + 1} at ${dpi} dpi (${width} x ${height} pixels) does not fit in the PDF engine's memory`, { path: where });
      pdfium._FPDFBitmap_FillRect(bitmap, 0, 0, width, height, WHITE_ARGB);
      pdfium._FPDF_RenderPageBitmap(bitmap, pagePtr, 0, 0, width, height, 0, FPDF_ANNOT);
      return copyGrey(heap(pdfium), pdfium._FPDFBitmap_GetBuffer(bitmap), pdfium._FPDFBitmap_GetStride(bitmap), width, height);
    } finally {
      if (bitmap) pdfium._FPDFBitmap_Destroy(bitmap);
      pdfium._FPDF_ClosePage(pagePtr);
    }
  };

  const renderWindow = (index: number, dpi: number, window: PageWindow): GreyImage => {
    const info = pageSize(index);
    if (!(dpi > 0 && dpi <= 2400)) throw new RangeError(`dpi must be between 1 and 2400, got ${dpi}`);
    const { width, height } = window;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width * height > PDF_LIMITS.maxPagePixels) {
      throw new InklessError('INKLESS_IMPORT_PDF_PAGE_TOO_LARGE', `a window of ${width} x ${height} pixels of page ${index + 1} is not a size the engine draws (1 to ${PDF_LIMITS.maxPagePixels.toLocaleString('en-US')} pixels)`, { path: `page ${index + 1}` });
    }
    const clip = windowClip(window);
    const out = new Uint8Array(width * height).fill(255);
    if (clip.right <= clip.left || clip.bottom <= clip.top) return { width, height, data: out };
    // PDFium first maps the page as displayed onto points (origin top-left, y down), then applies
    // our matrix; page pixels are points scaled as renderPage scales them (its size is rounded).
    const page = pagePixels(info.widthPt, info.heightPt, dpi);
    const sx = page.width / info.widthPt;
    const sy = page.height / info.heightPt;
    const m = windowAffine(window);
    const pagePtr = loadPage(index);
    const bitmap = pdfium._FPDFBitmap_CreateEx(width, height, FPDFBITMAP_GRAY, 0, 0);
    // FS_MATRIX (a b c d e f) then FS_RECTF (left top right bottom): ten floats.
    const args = malloc(40);
    try {
      if (!bitmap || !args) throw new InklessError('INKLESS_IMPORT_PDF_PAGE_TOO_LARGE', `a window of ${width} x ${height} pixels of page ${index + 1} does not fit in the PDF engine's memory`, { path: `page ${index + 1}` });
      pdfium._FPDFBitmap_FillRect(bitmap, 0, 0, width, height, WHITE_ARGB);
      new Float32Array(heap(pdfium).buffer, args, 10).set([m.a * sx, m.b * sx, m.c * sy, m.d * sy, m.e, m.f, clip.left, clip.top, clip.right, clip.bottom]);
      pdfium._FPDF_RenderPageBitmapWithMatrix(bitmap, pagePtr, args, args + 24, FPDF_ANNOT);
      return copyGrey(heap(pdfium), pdfium._FPDFBitmap_GetBuffer(bitmap), pdfium._FPDFBitmap_GetStride(bitmap), width, height);
    } finally {
      if (args) free(args);
      if (bitmap) pdfium._FPDFBitmap_Destroy(bitmap);
      pdfium._FPDF_ClosePage(pagePtr);
    }
  };

  return {
    pageCount,
    page,
    renderPage,
    renderWindow,
    close: () => {
      if (!open) return;
      open = false;
      pdfium._FPDF_CloseDocument(doc);
      free(sizePtr);
      free(filePtr);
    },
  };
}

/** The engine's grey rows (stride may pad them) copied out as a GreyImage. */
function copyGrey(mem: Uint8Array, ptr: number, stride: number, width: number, height: number): GreyImage {
  if (stride === width) return { width, height, data: mem.slice(ptr, ptr + width * height) };
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(mem.subarray(ptr + y * stride, ptr + y * stride + width), y * width);
  return { width, height, data };
}

function openError(error: number, size: number): InklessError {
  if (error === FPDF_ERR_PASSWORD || error === FPDF_ERR_SECURITY) {
    return new InklessError('INKLESS_IMPORT_PDF_ENCRYPTED', 'the PDF is locked with a password; save it again without a password (or print it to a new PDF) and import that copy');
  }
  const what =
    error === FPDF_ERR_FORMAT || error === FPDF_ERR_FILE
      ? 'it is not a PDF, or it is truncated or damaged (its structure cannot be read)'
      : 'the PDF engine could not read it';
  return new InklessError('INKLESS_IMPORT_PDF_INVALID', `the file of ${size.toLocaleString('en-US')} bytes cannot be opened as a PDF: ${what}`);
}

function formatInches(pt: number): string {
  return String(Math.round((pt / 72) * 100) / 100);
}
