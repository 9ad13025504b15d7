import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createPdfEngine, type PdfEngine } from '../pdf/pdf-engine';

let engine: Promise<PdfEngine> | undefined;

/** Path of PDFium's wasm inside the installed `@hyzyla/pdfium` package. */
export function pdfiumWasmPath(): string {
  return createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm');
}

/**
 * The PDF engine for Node, its wasm read from the installed package (never from the network),
 * started once and shared.
 *
 * @example
 * const pdf = (await loadPdfEngine()).open(readFileSync('label.pdf'));
 */
export function loadPdfEngine(): Promise<PdfEngine> {
  engine ??= (async () => {
    const bytes = readFileSync(pdfiumWasmPath());
    return createPdfEngine(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  })();
  return engine;
}
