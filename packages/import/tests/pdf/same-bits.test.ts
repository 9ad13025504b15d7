import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdfEngine, pdfiumWasmPath } from '../../src/node';
import { makeCarrierPdf } from '../support/carrier-pdf';

const pdfBytes = makeCarrierPdf({ paper: 'letter', layout: 'halves', rotate: 90 }).bytes;

describe('the PDF engine gives the same bits in Node and in the browser', () => {
  let server: Server;
  let browser: Browser;
  let origin = '';

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL('./browser-entry.ts', import.meta.url))],
      bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
    });
    const files: Record<string, [string, Uint8Array]> = {
      '/': ['text/html', Buffer.from('<!doctype html><script type="module" src="/engine.js"></script>')],
      '/engine.js': ['text/javascript', bundle.outputFiles[0]!.contents],
      '/pdfium.wasm': ['application/wasm', readFileSync(pdfiumWasmPath())],
      '/label.pdf': ['application/pdf', pdfBytes],
    };
    server = createServer((req, res) => {
      const file = files[req.url ?? ''];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server?.close(() => resolve()));
  });

  for (const dpi of [203, 300]) {
    it(`renders a carrier page at ${dpi} dpi to identical grey bytes (SHA-256) in Chromium and in Node`, async () => {
      const page = await browser.newPage();
      // Only the loopback server: any other request would fail the test.
      const elsewhere: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith(origin)) elsewhere.push(r.url()); });
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => 'renderInBrowser' in globalThis);
      const inBrowser = await page.evaluate((d) => (globalThis as unknown as { renderInBrowser(dpi: number): Promise<unknown> }).renderInBrowser(d), dpi);
      await page.close();

      const pdf = (await loadPdfEngine()).open(pdfBytes);
      const grey = pdf.renderPage(0, dpi);
      pdf.close();
      const inNode = { width: grey.width, height: grey.height, sha256: createHash('sha256').update(grey.data).digest('hex') };

      expect(inBrowser).toEqual(inNode);
      expect(grey.data.some((v) => v < 128)).toBe(true);
      expect(elsewhere).toEqual([]);
    });
  }
});
