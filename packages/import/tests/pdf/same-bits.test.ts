import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdfEngine, pdfiumWasmPath } from '../../src/node';
import { makeCarrierPdf } from '../support/carrier-pdf';
import { startLoopbackChromium, type LoopbackChromium } from '../support/loopback-chromium';

const pdfBytes = makeCarrierPdf({ paper: 'letter', layout: 'halves', rotate: 90 }).bytes;

describe('the PDF engine gives the same bits in Node and in the browser', () => {
  let chromium: LoopbackChromium;

  beforeAll(async () => {
    chromium = await startLoopbackChromium(fileURLToPath(new URL('./browser-entry.ts', import.meta.url)), {
      '/pdfium.wasm': ['application/wasm', readFileSync(pdfiumWasmPath())],
      '/label.pdf': ['application/pdf', pdfBytes],
    });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  for (const dpi of [203, 300]) {
    it(`renders a carrier page at ${dpi} dpi to identical grey bytes (SHA-256) in Chromium and in Node`, async () => {
      // Any request off the loopback server fails the call.
      const inBrowser = await chromium.call('renderInBrowser', dpi);

      const pdf = (await loadPdfEngine()).open(pdfBytes);
      const grey = pdf.renderPage(0, dpi);
      pdf.close();
      const inNode = { width: grey.width, height: grey.height, sha256: createHash('sha256').update(grey.data).digest('hex') };

      expect(inBrowser).toEqual(inNode);
      expect(grey.data.some((v) => v < 128)).toBe(true);
    });
  }
});
