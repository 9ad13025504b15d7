import { createPdfEngine, type PdfEngine } from '../pdf/pdf-engine';
import { installedFilePath, readInstalledWasm } from './installed-wasm';

const PDFIUM_WASM = '@hyzyla/pdfium/pdfium.wasm';

let engine: Promise<PdfEngine> | undefined;

/** Path of PDFium's wasm inside the installed `@hyzyla/pdfium` package. */
export function pdfiumWasmPath(): string {
  return installedFilePath(PDFIUM_WASM);
}

/**
 * The PDF engine for Node, its wasm read from the installed package (never from the network),
 * started once and shared.
 *
 * @example
 * const pdf = (await loadPdfEngine()).open(readFileSync('label.pdf'));
 */
export function loadPdfEngine(): Promise<PdfEngine> {
  engine ??= (async () => createPdfEngine(readInstalledWasm(PDFIUM_WASM)))();
  return engine;
}
