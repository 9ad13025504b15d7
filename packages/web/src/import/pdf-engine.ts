import { createPdfEngine, type PdfEngine } from '@inkless/import';
// PDFium's wasm is one of the studio's own files (hashed, precached by the service worker): the
// engine gets its bytes from this origin, never from a CDN (decision 014).
import pdfiumWasmUrl from '@hyzyla/pdfium/pdfium.wasm?url';

let engine: Promise<PdfEngine> | undefined;

/** The PDF engine (PDFium compiled to WebAssembly), started on first use and kept; a failed start is tried again next time. */
export function loadBrowserPdfEngine(): Promise<PdfEngine> {
  engine ??= (async () => {
    const res = await fetch(new URL(pdfiumWasmUrl, location.href));
    if (!res.ok) throw new Error(`the PDF engine could not be loaded (${res.status})`);
    return createPdfEngine(await res.arrayBuffer());
  })().catch((e: unknown) => {
    engine = undefined;
    throw e;
  });
  return engine;
}
