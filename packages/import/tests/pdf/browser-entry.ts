// Bundled for headless Chromium by same-bits.test.ts: the same engine module as in Node, with the
// wasm and the PDF fetched from the test's loopback server.
import { createPdfEngine } from '../../src/pdf/pdf-engine';

async function renderInBrowser(dpi: number): Promise<{ width: number; height: number; sha256: string }> {
  const wasm = await (await fetch('/pdfium.wasm')).arrayBuffer();
  const engine = await createPdfEngine(wasm);
  const pdf = engine.open(new Uint8Array(await (await fetch('/label.pdf')).arrayBuffer()));
  const grey = pdf.renderPage(0, dpi);
  pdf.close();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', grey.data as Uint8Array<ArrayBuffer>));
  return { width: grey.width, height: grey.height, sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
}

(globalThis as unknown as { renderInBrowser: typeof renderInBrowser }).renderInBrowser = renderInBrowser;
