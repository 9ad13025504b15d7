import { CURRENT_SCHEMA_VERSION, validateDocument, type LabelDocument } from '@inkless/label';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseStarter, dropLabelFile, openLabelFile, readFileNotice, saveLabelFile, START_SCREEN } from './support/label-files';
import { openStudio, readDocument } from './support/studio-page';
import { ARTIFACTS, useStudioFixture } from './support/studio-suite';

/** The two sizes the issue asks for: a desk, and a phone with touch. */
const screens: ReadonlyArray<{ readonly name: string; readonly options: BrowserContextOptions }> = [
  { name: 'desk 1440x900', options: { viewport: { width: 1440, height: 900 } } },
  { name: 'phone 390x844', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
];

/** What the engine makes of a document: the same document when it is valid and complete. */
function revalidate(doc: unknown): LabelDocument {
  const r = validateDocument(doc);
  if (!r.ok) throw new Error(`the document does not validate: ${JSON.stringify(r.issues)}`);
  return r.value;
}

const issuesShown = (page: Page) => page.evaluate(() => window.__inklessStudio!.state.getState().report.issues.length);

// One server and one Chromium for both screens: each test has a browser context of its own.
const fixture = useStudioFixture();

describe.each(screens)('the start screen and label files, in Chromium ($name)', ({ name, options }) => {
  const open = async (keepStartScreen = true) => {
    const context = await fixture.browser.newContext({ locale: 'en-US', ...options });
    const page = await context.newPage();
    await openStudio(page, fixture.origin, { keepStartScreen });
    return { context, page };
  };
  const shot = name.startsWith('desk') ? 'desk' : 'phone';

  it('a fresh browser shows the start screen: starters with thumbnails drawn by the engine, a blank label, open a file', async () => {
    const { context, page } = await open();
    const screen = page.locator(START_SCREEN);
    await screen.waitFor();
    expect(await screen.getByRole('heading', { name: 'Start a label' }).count()).toBe(1);
    expect(await screen.locator('button[data-starter]').count()).toBeGreaterThanOrEqual(15);
    for (const starter of ['Shipping label 4 x 6 in', 'Shipping label 100 x 150 mm', 'Address label', 'Price tag with EAN-13', 'Food label with best-before date', 'Asset tag with serial number', 'Wi-Fi QR sticker', 'File folder label', 'Storage bin label', 'Cable flag', 'Jar label', 'Name badge']) {
      expect(await screen.getByRole('button', { name: starter, exact: true }).count(), starter).toBe(1);
    }
    expect(await screen.getByRole('button', { name: /^Blank label/ }).count()).toBe(1);
    expect(await screen.getByRole('button', { name: 'Open a file' }).count()).toBe(1);
    // Thumbnails are PNGs of the engine's bitmap: the price tag's has ink (a barcode), not a blank frame.
    const thumbnail = screen.locator('button[data-starter="price-tag"] .label-thumbnail[data-ready="true"] img');
    await thumbnail.waitFor();
    const inked = await thumbnail.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let dark = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 128) dark++;
      return dark / (px.length / 4);
    });
    expect(inked).toBeGreaterThan(0.05);
    await page.screenshot({ path: `${ARTIFACTS}start-screen-${shot}.png` });
    await context.close();
  });

  it('choosing a starter opens it sized for the chosen printer and stock, valid and drawn without problems', async () => {
    const { context, page } = await open();
    const screen = page.locator(START_SCREEN);
    await screen.getByLabel('Printer', { exact: true }).selectOption('zebra-zd421-300');
    await screen.getByLabel('Labels in the printer').selectOption('roll-4x6in');
    const doc = await chooseStarter(page, 'shipping-100x150');
    expect(doc.label).toMatchObject({ widthMm: 101.6, heightMm: 152.4, dpi: 300, stock: 'roll-4x6in', media: { type: 'gap', gapMm: 3 } });
    expect(doc.name).toBe('Shipping label 100 x 150 mm');
    expect(revalidate(doc)).toEqual(doc);
    expect(await page.evaluate(() => window.__inklessStudio!.state.getState().printerProfileId)).toBe('zebra-zd421-300');
    expect(await page.evaluate(() => window.__inklessStudio!.state.getState().sampleRow)).toMatchObject({ name: 'Ada Lovelace', tracking: '1Z4F8K2M9Q7T' });
    expect(await issuesShown(page)).toBe(0);
    await context.close();
  });

  it('a starter wider than the printer prints is narrowed to it, and its card says so', async () => {
    const { context, page } = await open();
    const screen = page.locator(START_SCREEN);
    await screen.getByLabel('Printer', { exact: true }).selectOption('generic-escpos-58');
    expect(await screen.locator('#starter-shipping-4x6-size').textContent()).toBe('48 x 72 mm Made 48 mm wide: the printer prints at most that (designed at 101.6 mm).');
    const doc = await chooseStarter(page, 'shipping-4x6');
    expect(doc.label).toMatchObject({ widthMm: 48, heightMm: 72, dpi: 203, media: { type: 'continuous' } });
    expect(revalidate(doc)).toEqual(doc);
    await context.close();
  });

  it('saves the label as a file and opens it again: the same document', async () => {
    const { context, page } = await open();
    const chosen = await chooseStarter(page, 'price-tag');
    const bytes = await saveLabelFile(page);
    expect(await readFileNotice(page)).toContain('Saved as Price-tag-with-EAN-13.json');
    const saved = JSON.parse(bytes.toString('utf8')) as LabelDocument;
    expect(saved).toEqual(chosen);
    // Something else on screen, then the file opened through the file picker.
    await page.locator('[data-file-action="new"]').click();
    await page.locator(`${START_SCREEN} [data-start-action="blank"]`).click();
    expect((await readDocument(page)).elements).toEqual([]);
    await openLabelFile(page, 'Price-tag-with-EAN-13.json', bytes);
    await expect.poll(async () => (await readDocument(page)).name).toBe(chosen.name);
    expect(await readDocument(page)).toEqual(chosen);
    await context.close();
  });

  it('"New" shows the start screen again, with the labels of this browser as recent labels with engine-drawn thumbnails', async () => {
    const { context, page } = await open();
    const jar = await chooseStarter(page, 'jar');
    await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().saveStatus)).toBe('saved');
    await page.locator('[data-file-action="new"]').click();
    const recent = page.locator(`${START_SCREEN} button[data-recent-label]`);
    await expect.poll(() => recent.count()).toBe(1);
    expect(await recent.textContent()).toBe('Jar label');
    await recent.locator('.label-thumbnail[data-ready="true"] img').waitFor();
    await page.locator(`${START_SCREEN} [data-start-action="blank"]`).click();
    expect((await readDocument(page)).elements).toEqual([]);
    await page.locator('[data-file-action="new"]').click();
    await page.locator(`${START_SCREEN} button[data-recent-label]`).click();
    await page.locator(START_SCREEN).waitFor({ state: 'detached' });
    expect(await readDocument(page)).toEqual(jar);
    await context.close();
  });

  it('a file from a newer Inkless says so, and the label on screen stays as it was', async () => {
    const { context, page } = await open(false);
    const before = await readDocument(page);
    await openLabelFile(page, 'future.json', JSON.stringify({ ...before, schemaVersion: CURRENT_SCHEMA_VERSION + 7 }));
    await expect.poll(() => readFileNotice(page)).toContain(`This label was made by a newer Inkless: schemaVersion ${CURRENT_SCHEMA_VERSION + 7}, this studio reads up to ${CURRENT_SCHEMA_VERSION}.`);
    expect(await readFileNotice(page)).toContain('Could not open future.json');
    expect(await readDocument(page)).toEqual(before);
    await context.close();
  });

  it('a broken file says where it is broken (line and column), and the label on screen stays as it was', async () => {
    const { context, page } = await open(false);
    const before = await readDocument(page);
    await openLabelFile(page, 'broken.json', '{\n  "schemaVersion": 2,\n  "label": { "widthMm": 50, },\n  "elements": []\n}\n');
    await expect.poll(() => readFileNotice(page)).toContain('the JSON is broken at line 3, column 29 (found “}” where it does not belong)');
    expect(await readDocument(page)).toEqual(before);
    await context.close();
  });

  it('a label file dropped on the canvas opens', async () => {
    const { context, page } = await open(false);
    const doc = revalidate({ schemaVersion: 2, name: 'Dropped tag', label: { widthMm: 40, heightMm: 30, dpi: 203 }, elements: [{ id: 'note', type: 'text', xMm: 2, yMm: 2, widthMm: 36, heightMm: 8, text: 'Dropped', fontSizePt: 12 }] });
    await dropLabelFile(page, 'dropped.json', JSON.stringify(doc));
    await expect.poll(async () => (await readDocument(page)).name).toBe('Dropped tag');
    expect(await readDocument(page)).toEqual(doc);
    await context.close();
  });
});
