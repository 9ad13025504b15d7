import { readFileSync } from 'node:fs';
import { validateDocument, type Bitmap1, type LabelDocument } from '@inkless/label';
import { decoders } from '@inkless/printers';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { MergedFormatId } from '../../src/downloads/merged-file-builders';
import { openSheet } from './phone-page';

/** A 50 x 30 mm label: a name and an EAN-13 from each row (12 digits; the engine adds the check digit). */
export const MERGE_LABEL = {
  schemaVersion: 2,
  name: 'Merge test',
  label: { widthMm: 50, heightMm: 30, dpi: 203, media: { type: 'gap', gapMm: 2 } },
  variables: {},
  elements: [
    { type: 'text', xMm: 2, yMm: 1, widthMm: 46, heightMm: 5, text: '{{name}}', fontSizePt: 8, wrap: false, shrinkToFit: true },
    { type: 'barcode', xMm: 2, yMm: 7, widthMm: 46, heightMm: 21, symbology: 'ean13', data: '{{code}}' },
  ],
} as const;

/** The 12 EAN-13 digits of data row `i` (1-based). */
export const mergeCodeOf = (i: number): string => `590123${String(400000 + i).slice(0, 6)}`;

/** A CSV of `rows` data rows for MERGE_LABEL: "Item i" and its code; file row numbers are i + 1 (the header is row 1). */
export function buildMergeCsv(rows: number): string {
  return ['name,code', ...Array.from({ length: rows }, (_, i) => `Item ${i + 1},${mergeCodeOf(i + 1)}`)].join('\r\n');
}

/** Loads a label document into the open studio and waits until its fields are known. */
export async function loadMergeLabel(page: Page, doc: object = MERGE_LABEL): Promise<LabelDocument> {
  const valid = validateDocument(doc);
  if (!valid.ok) throw new Error(valid.issues[0]?.message);
  await page.evaluate((d) => window.__inklessStudio!.editor.load(d), valid.value);
  await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().report.fieldNames.length)).toBeGreaterThan(0);
  return valid.value;
}

/** Opens the merge screen (if it is not open; on a phone through the merge sheet) and loads a CSV through its file chooser; resolves once the rows are shown. */
export async function loadMergeCsv(page: Page, name: string, csv: string): Promise<void> {
  if (!(await page.locator('dialog[data-screen="merge"]').isVisible())) {
    // On a phone the merge panel is a sheet from the bottom bar.
    if (!(await page.getByTestId('merge-open').isVisible())) await openSheet(page, 'merge');
    await page.getByTestId('merge-open').click();
  }
  await page.locator('dialog[data-screen="merge"]').waitFor();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('merge-file').click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('merge-loaded').waitFor();
  await expect.poll(() => page.getByTestId('merge-loaded').textContent()).toContain(name);
}

/** Downloads every ticked row from the open merge screen as one file of `format`; resolves to its bytes. */
export async function downloadMerged(page: Page, format: MergedFormatId): Promise<Buffer> {
  await page.getByTestId('merge-download-format').selectOption(format);
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByTestId('merge-download').click();
  const path = await (await download).path();
  return readFileSync(path);
}

/** A file the page downloads when `click` runs: its suggested name and bytes. */
export async function catchDownload(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const done = await download;
  return { name: done.suggestedFilename(), bytes: readFileSync(await done.path()) };
}

/** Every label of a TSPL job, decoded by the TSPL decoder the virtual printer uses. */
export function decodeTsplLabels(bytes: Uint8Array): Bitmap1[] {
  const decoder = decoders.tspl();
  return [...decoder.feed(bytes), ...decoder.end()].flatMap((e) => (e.kind === 'label' ? [e.bitmap] : []));
}

/**
 * A simulated WebUSB printer for every page of `context` (a double of the browser's API, which
 * headless Chromium cannot reach a device with): `navigator.usb.requestDevice()` gives a
 * printer-class device with a bulk OUT endpoint whose transferOut keeps the bytes.
 * Read them with readFakeUsbBytes.
 */
export async function installFakeUsbPrinter(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const chunks: Uint8Array[] = [];
    (window as unknown as { __fakeUsbChunks: Uint8Array[] }).__fakeUsbChunks = chunks;
    const device = {
      productName: 'Fake TSPL printer',
      opened: false,
      configuration: null as null | object,
      async open() { device.opened = true; },
      async selectConfiguration() {
        device.configuration = { interfaces: [{ interfaceNumber: 0, alternates: [{ interfaceClass: 7, endpoints: [{ endpointNumber: 1, direction: 'in', type: 'bulk' }, { endpointNumber: 2, direction: 'out', type: 'bulk' }] }] }] };
      },
      async claimInterface() {},
      async transferOut(endpointNumber: number, data: Uint8Array) {
        if (endpointNumber !== 2) return { status: 'stall', bytesWritten: 0 };
        chunks.push(new Uint8Array(data));
        return { status: 'ok', bytesWritten: data.byteLength };
      },
      async close() { device.opened = false; },
    };
    Object.defineProperty(Navigator.prototype, 'usb', { configurable: true, get: () => ({ requestDevice: async () => device, getDevices: async () => [device] }) });
  });
}

/** Takes the browser's device APIs away (a browser without WebUSB and Web Bluetooth, as Safari or Firefox). */
export async function removeDeviceApis(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    for (const name of ['usb', 'bluetooth', 'serial']) {
      delete (Navigator.prototype as unknown as Record<string, unknown>)[name];
      delete (navigator as unknown as Record<string, unknown>)[name];
    }
  });
}

/** Every byte the page sent to the fake USB printer so far. */
export async function readFakeUsbBytes(page: Page): Promise<Uint8Array> {
  const base64 = await page.evaluate(() => {
    const chunks = (window as unknown as { __fakeUsbChunks: Uint8Array[] }).__fakeUsbChunks;
    let binary = '';
    for (const chunk of chunks) for (let i = 0; i < chunk.length; i += 0x8000) binary += String.fromCharCode(...chunk.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
