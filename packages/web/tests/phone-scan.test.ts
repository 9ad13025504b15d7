import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSheet, PHONE_390 } from './support/phone-page';
import { launchWithFakeCamera, writeBarcodeY4m, writeY4m } from './support/fake-camera';
import { openStudio } from './support/studio-page';
import { ARTIFACTS, useStudioFixture } from './support/studio-suite';

/** A label with a Code 128 barcode of the field {{sku}}, so the fields panel asks for a sample sku. */
async function useSkuLabel(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = window.__inklessStudio!.editor;
    const { doc } = editor.store.getState();
    const barcode = { id: 'sku-code', type: 'barcode', xMm: 3, yMm: 3, widthMm: 44, heightMm: 20, rotation: 0, inverse: false, symbology: 'code128', data: '{{sku}}' };
    editor.store.setState((s) => ({ ...s, doc: { ...doc, elements: [barcode as never] } }));
  });
}

/** Records the camera streams the page opens (a wrapper of the browser's getUserMedia, not of Inkless code). */
const RECORD_STREAMS = () => {
  const streams: MediaStream[] = [];
  (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams = streams;
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await original(constraints);
    streams.push(stream);
    return stream;
  };
};
const liveTrackCount = (page: Page) => page.evaluate(() => (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams
  .flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length);
const openedStreamCount = (page: Page) => page.evaluate(() => (window as unknown as { __cameraStreams: MediaStream[] }).__cameraStreams.length);

async function openPhoneStudio(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE_390, isMobile: true, hasTouch: true, locale: 'en-US' });
  await context.addInitScript(RECORD_STREAMS);
  const page = await context.newPage();
  await openStudio(page, origin);
  await page.getByRole('button', { name: 'Reject all' }).click();
  await useSkuLabel(page);
  return page;
}

describe('scanning a barcode into a field with the camera, in Chromium with a fake camera', () => {
  const fixture = useStudioFixture();
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'inkless-camera-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a Code 128 shown to the camera into the field\'s sample value with ZXing\'s wasm from the studio itself, loaded only when scanning starts, and turns the camera off', async () => {
    const video = join(dir, 'code128.y4m');
    writeBarcodeY4m(video, 'code128', 'SKU-40417');
    const browser = await launchWithFakeCamera(video);
    try {
      const page = await openPhoneStudio(browser, fixture.origin);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await openSheet(page, 'variables');
      // The decoder is not part of the studio's start.
      expect(requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);
      await page.locator('[data-scan-field="sku"]').click();
      const dialog = page.locator('dialog.scan-dialog');
      await dialog.waitFor();
      await page.screenshot({ path: `${ARTIFACTS}phone-390-scan.png` });
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
      await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().sampleRow['sku'])).toBe('SKU-40417');
      expect(await page.locator('[data-sheet="variables"]').getByLabel(/sku/).first().inputValue()).toBe('SKU-40417');
      const wasm = requests.filter((u) => u.endsWith('.wasm'));
      expect(wasm).toHaveLength(1);
      expect(wasm[0]!.startsWith(`${fixture.origin}/assets/`)).toBe(true);
      expect(requests.filter((u) => !u.startsWith(fixture.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
      expect(await openedStreamCount(page)).toBe(1);
      expect(await liveTrackCount(page)).toBe(0);
      await page.screenshot({ path: `${ARTIFACTS}phone-390-scanned.png` });
    } finally {
      await browser.close();
    }
  });

  it('reads an EAN-13 too, and Cancel closes the camera when nothing is read', async () => {
    const video = join(dir, 'ean13.y4m');
    writeBarcodeY4m(video, 'ean13', '4006381333931');
    const browser = await launchWithFakeCamera(video);
    try {
      const page = await openPhoneStudio(browser, fixture.origin);
      await openSheet(page, 'variables');
      await page.locator('[data-scan-field="sku"]').click();
      await page.locator('dialog.scan-dialog').waitFor({ state: 'detached', timeout: 30_000 });
      await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().sampleRow['sku'])).toBe('4006381333931');
      expect(await liveTrackCount(page)).toBe(0);
    } finally {
      await browser.close();
    }
    const blank = join(dir, 'blank.y4m');
    writeY4m(blank, undefined);
    const blankBrowser = await launchWithFakeCamera(blank);
    try {
      const page = await openPhoneStudio(blankBrowser, fixture.origin);
      await openSheet(page, 'variables');
      await page.locator('[data-scan-field="sku"]').click();
      const dialog = page.locator('dialog.scan-dialog[data-scan-phase="looking"]');
      await dialog.waitFor();
      expect(await liveTrackCount(page)).toBe(1);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await liveTrackCount(page)).toBe(0);
      expect(await page.evaluate(() => window.__inklessStudio!.state.getState().sampleRow['sku'])).toBeUndefined();
    } finally {
      await blankBrowser.close();
    }
  });

  it('uses the browser\'s own BarcodeDetector where it reads barcodes, and then loads no wasm', async () => {
    const blank = join(dir, 'blank-detector.y4m');
    writeY4m(blank, undefined);
    const browser = await launchWithFakeCamera(blank);
    try {
      const context = await browser.newContext({ viewport: PHONE_390, isMobile: true, hasTouch: true, locale: 'en-US' });
      // Headless Chromium on Linux has no BarcodeDetector: a stand-in of that browser API (Android Chrome has the real one).
      await context.addInitScript(() => {
        class FakeBarcodeDetector {
          static getSupportedFormats() { return Promise.resolve(['code_128', 'ean_13']); }
          detect(source: HTMLVideoElement) { return Promise.resolve(source.videoWidth > 0 ? [{ rawValue: 'FROM-DETECTOR-7' }] : []); }
        }
        (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = FakeBarcodeDetector;
      });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await openStudio(page, fixture.origin);
      await page.getByRole('button', { name: 'Reject all' }).click();
      await useSkuLabel(page);
      await openSheet(page, 'variables');
      await page.locator('[data-scan-field="sku"]').click();
      await page.locator('dialog.scan-dialog').waitFor({ state: 'detached' });
      await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().sampleRow['sku'])).toBe('FROM-DETECTOR-7');
      expect(requests.filter((u) => u.endsWith('.wasm'))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('says in words when there is no camera to use', async () => {
    // The suite's own browser has no fake camera: the page gets no camera.
    const context = await fixture.browser.newContext({ viewport: PHONE_390, isMobile: true, hasTouch: true, locale: 'en-US' });
    const page = await context.newPage();
    await openStudio(page, fixture.origin);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await useSkuLabel(page);
    await openSheet(page, 'variables');
    await page.locator('[data-scan-field="sku"]').click();
    const problem = page.locator('dialog.scan-dialog [data-testid="scan-problem"]');
    await problem.waitFor();
    const code = await problem.getAttribute('data-code');
    const words: Record<string, string> = {
      INKLESS_WEB_CAMERA_DENIED: 'The studio may not use the camera. Allow the camera for this site in the browser\'s settings, then press Scan again.',
      INKLESS_WEB_CAMERA_MISSING: 'No camera was found. Connect a camera, or type the value instead.',
    };
    expect(Object.keys(words)).toContain(code);
    expect(await problem.textContent()).toBe(words[code!]);
    await page.screenshot({ path: `${ARTIFACTS}phone-390-scan-no-camera.png` });
    await page.locator('dialog.scan-dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.locator('dialog.scan-dialog').waitFor({ state: 'detached' });
    await context.close();
  });
});
