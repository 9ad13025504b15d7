import { readFileSync } from 'node:fs';
import { renderLabel, validateDocument, formatIssue, type LabelDocument, type LabelInstance } from '@inkless/label';
import { concatBytes } from '@inkless/label/output';
import { drivers, getProfile } from '@inkless/printers';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the one Node font loader.
import { loadBundledFonts } from '../../cli/src/fonts/load-bundled-fonts';
import { ARTIFACTS, openStudioContext, useStudioFixture } from './support/studio-suite';
import { clickMm, dragMm, readCanvasBits, readDocument, readEditorState } from './support/studio-page';

const env = { fonts: loadBundledFonts() };

/** The document as the engine renders it in Node, validated as any document is. */
function renderInNode(doc: unknown, instance: LabelInstance = {}) {
  const parsed = validateDocument(doc);
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  const r = renderLabel(parsed.value, env, instance);
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value.bitmap;
}

async function addByTool(page: Page, tool: string, from: readonly [number, number], to: readonly [number, number]): Promise<string> {
  await page.click(`button[data-tool="${tool}"]`);
  await dragMm(page, from, to);
  const { selection } = await readEditorState(page);
  expect(selection).toHaveLength(1);
  return selection[0]!;
}

describe('the label studio in Chromium (npm start)', () => {
  const fixture = useStudioFixture();

  it('designs a shipping label from scratch through the UI, and the canvas shows the engine\'s bits exactly', async () => {
    const { context: context, page: page } = await openStudioContext(fixture);

    await page.getByLabel('Label name').fill('Parcel to Ada');
    // Label setup: a 4x6 in roll from the stock catalogue.
    await page.getByLabel('Search stock by size or name (e.g. 4x6, 50x30, avery)').fill('4x6');
    await page.locator('.stock-results button').first().click();
    expect(await readDocument(page)).toMatchObject({ name: 'Parcel to Ada', label: { widthMm: 101.6, heightMm: 152.4, dpi: 203 } });

    // Sender block, drawn with the text tool, then typed in the properties panel.
    await addByTool(page, 'text', [5, 5], [65, 17]);
    await page.getByLabel('Text', { exact: true }).fill('FROM: Inkless Supplies\n12 Quay Side, Hull HU1 1AA');
    await page.getByLabel('Size (pt)', { exact: true }).fill('8');
    // Recipient, bold and large.
    await addByTool(page, 'text', [5, 24], [95, 36]);
    await page.getByLabel('Text', { exact: true }).fill('Ada Lovelace');
    await page.getByLabel('Size (pt)', { exact: true }).fill('16');
    await page.getByLabel('Bold', { exact: true }).check();
    // A rule under the addresses.
    await addByTool(page, 'line', [2, 40], [99.6, 41]);

    // The barcode: an EAN-13 payload that is too short is refused by the engine, shown under the field.
    const barcodeId = await addByTool(page, 'barcode', [6, 46], [95, 74]);
    await page.getByLabel('Symbology').selectOption('ean13');
    await page.getByLabel('Data', { exact: true }).fill('12345');
    await expect.poll(() => page.locator('.field-invalid .field-error').first().textContent()).toMatch(/EAN-13|12|13/);
    await page.getByLabel('Symbology').selectOption('code128');
    await page.getByLabel('Data', { exact: true }).fill('1Z999AA10123456784');
    await expect.poll(() => page.locator('.field-invalid').count()).toBe(0);

    // A QR code by a click (default size), then dragged into place.
    await page.click('button[data-tool="qr"]');
    await clickMm(page, 10, 85);
    const qrId = (await readEditorState(page)).selection[0]!;
    await page.getByLabel('Data', { exact: true }).fill('https://inkless.example/t/1Z999AA10123456784');
    await dragMm(page, [20, 95], [50, 110]);
    // A logo: a grey gradient picture from a file, dithered by the engine (the choice shows live).
    const imageId = await addByTool(page, 'image', [66, 80], [96, 110]);
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 96;
      canvas.height = 64;
      const ctx = canvas.getContext('2d')!;
      const gradient = ctx.createLinearGradient(0, 0, 96, 0);
      gradient.addColorStop(0, '#000');
      gradient.addColorStop(1, '#fff');
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, 96, 64);
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    await page.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await expect.poll(async () => String((await readDocument(page)).elements.find((el) => el.id === imageId)?.src)).toBe(`data:image/png;base64,${png}`);
    const paintsBefore = await page.evaluate(() => window.__inklessStudio!.painter!.lastPaint()!.paintedAtMs);
    await page.getByLabel('Dithering').selectOption('atkinson');
    expect((await readDocument(page)).elements.find((el) => el.id === imageId)?.dither).toBe('atkinson');
    expect(await page.evaluate(() => window.__inklessStudio!.painter!.lastPaint()!.paintedAtMs)).toBeGreaterThan(paintsBefore);
    // A border around everything.
    await addByTool(page, 'rect', [2, 2], [99.6, 150.4]);
    await page.locator('.stage').focus();
    await page.keyboard.press('Control+Shift+BracketLeft'); // send the border to the back
    await page.keyboard.press('Escape');

    const doc = await readDocument(page);
    expect(doc.elements.map((el) => el.type)).toEqual(['rect', 'text', 'text', 'line', 'barcode', 'barcode', 'image']);
    expect(doc.elements.map((el) => el.text ?? el.data)).toEqual([
      undefined, 'FROM: Inkless Supplies\n12 Quay Side, Hull HU1 1AA', 'Ada Lovelace', undefined, '1Z999AA10123456784', 'https://inkless.example/t/1Z999AA10123456784', undefined,
    ]);
    expect(doc.elements[2]).toMatchObject({ fontSizePt: 16, bold: true });
    // Drawn where the pointer went (give or take a snap to the text's left edge at 5 mm).
    const barcode = doc.elements.find((el) => el.id === barcodeId)!;
    expect(barcode.symbology).toBe('code128');
    expect(Math.abs(barcode.xMm - 6)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(barcode.yMm - 46)).toBeLessThanOrEqual(1.5);
    // The drag moved the QR code by about (30, 15) mm (snapping may pull it a little).
    const qr = doc.elements.find((el) => el.id === qrId)!;
    expect(qr.symbology).toBe('qrcode');
    expect(qr.xMm).toBeGreaterThan(36);
    expect(qr.xMm).toBeLessThan(44);
    expect(qr.yMm).toBeGreaterThan(96);
    expect(qr.yMm).toBeLessThan(104);
    await expect.poll(() => page.locator('.issues').textContent()).toContain('without problems');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved in this browser');
    await page.locator('.layers button').nth(1).click(); // select the QR code from the layers list
    expect((await readEditorState(page)).selection).toEqual([qrId]);
    await page.locator('.side-right').evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}studio-designer.png` });

    // At 100 % the canvas holds the label dot for dot: the same bits the engine renders in Node.
    await page.getByTestId('zoom-actual').click();
    expect((await readEditorState(page)).viewport.zoom).toBe(1);
    const shown = await readCanvasBits(page);
    const engine = renderInNode(doc);
    expect([shown.width, shown.height, shown.cssWidth]).toEqual([engine.width, engine.height, engine.width]);
    expect(shown.hex === Buffer.from(engine.data).toString('hex')).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}studio-actual-dots.png` });

    // Ctrl + wheel zooms at the cursor; Space + drag pans.
    const stage = (await page.locator('.stage').boundingBox())!;
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    expect((await readEditorState(page)).viewport.zoom).toBeGreaterThan(1);
    const before = (await readEditorState(page)).viewport;
    await page.locator('.stage').focus(); // Space on a focused button presses the button instead
    await page.keyboard.down(' ');
    await page.mouse.down();
    await page.mouse.move(stage.x + stage.width / 2 + 70, stage.y + stage.height / 2 + 40, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up(' ');
    const after = (await readEditorState(page)).viewport;
    expect([after.panXPx - before.panXPx, after.panYPx - before.panYPx]).toEqual([70, 40]);
    expect((await readDocument(page)).elements).toEqual(doc.elements);
    await context.close();
  });

  it('downloads a TSPL file byte for byte what the driver makes for the chosen printer', async () => {
    const { context: context, page: page } = await openStudioContext(fixture, { acceptDownloads: true });
    const example = JSON.parse(readFileSync(new URL('../../../examples/shipping-4x6.json', import.meta.url), 'utf8')) as unknown;
    const parsed = validateDocument(example);
    if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
    await page.evaluate((doc: LabelDocument) => window.__inklessStudio!.editor.load(doc), parsed.value);
    await page.getByLabel('Printer', { exact: true }).selectOption('netum-label-203');
    await page.getByText('Download', { exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-format="tspl"]')]);
    expect(download.suggestedFilename()).toBe('Shipping-label-4x6-in.tspl');
    const bytes = new Uint8Array(readFileSync((await download.path())!));

    // The studio fills each data field with its own name while designing.
    const doc = await readDocument(page);
    const row = { name: 'name', street: 'street', city: 'city', tracking: 'tracking', url: 'url' };
    const bitmap = renderInNode(doc, { row, labelIndex: 0, printIndex: 0 });
    const profile = getProfile('netum-label-203');
    const options = { dpi: profile.dpi, widthMm: 101.6, heightMm: 152.4, headWidthDots: profile.headWidthDots, media: doc.label.media, copies: 1 };
    const driver = drivers.tspl;
    const expected = concatBytes([driver.startJob(options), driver.encodeLabel(bitmap, options), driver.endJob(options)]);
    expect(bytes.length).toBe(expected.length);
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
    // ESC/POS on a 58 mm printer cannot take a 4 in label: the button says why instead of making a file.
    await page.getByLabel('Printer', { exact: true }).selectOption('netum-nt-1809');
    await expect.poll(() => page.locator('button[data-format="escpos"]').isDisabled()).toBe(true);
    expect(await page.locator('#misfit-escpos').textContent()).toMatch(/^The label is too big for the printer '[^']*58[^']*': use smaller labels/);
    await context.close();
  });

  it('is used with the keyboard alone: tab to a tool, add it, nudge, undo and redo', async () => {
    const { context: context, page: page } = await openStudioContext(fixture);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-tool') === 'text');
    }
    expect(reached).toBe(true);
    // Every stop on the way is labelled for screen readers.
    await page.keyboard.press('Enter');
    let doc = await readDocument(page);
    expect(doc.elements.map((el) => el.type)).toEqual(['text']);
    // A new text box opens for typing on the canvas; Escape leaves it as it is, back on the canvas.
    await page.locator('[data-testid="canvas-text-editor"]:focus').waitFor();
    await page.keyboard.press('Escape');
    const x0 = doc.elements[0]!.xMm;
    await page.keyboard.press('ArrowRight');
    expect((await readDocument(page)).elements[0]!.xMm).toBeCloseTo(x0 + 25.4 / 203, 4);
    // Shortcuts never fire while typing: Backspace in a text field edits the field, not the label.
    await page.getByLabel('Text', { exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    expect((await readDocument(page)).elements).toHaveLength(1);
    expect((await readDocument(page)).elements[0]!.text).toBe('Tex');
    await page.locator('button[data-tool="text"]').focus();
    await page.keyboard.press('Control+z'); // the Backspace edit
    await page.keyboard.press('Control+z'); // the nudge
    await page.keyboard.press('Control+z'); // the insert
    expect((await readDocument(page)).elements).toHaveLength(0);
    await page.keyboard.press('Control+Shift+z');
    doc = await readDocument(page);
    expect(doc.elements).toHaveLength(1);
    expect(doc.elements[0]!.xMm).toBe(x0);
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusVisible).not.toBe('none');
    await context.close();
  });

  it('speaks Simplified Chinese to a zh-CN browser', async () => {
    const { context: context, page: page } = await openStudioContext(fixture, { locale: 'zh-CN' });
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('Inkless 标签设计室');
    expect(await page.locator('button[data-tool="text"]').textContent()).toContain('文本');
    expect(await page.getByRole('button', { name: '撤销' }).count()).toBe(1);
    await page.locator('button[data-tool="barcode"]').click();
    await clickMm(page, 5, 5);
    expect(await page.getByLabel('码制').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}studio-zh-CN.png` });
    // Switching back to English is one choice away.
    await page.getByLabel('语言').selectOption('en');
    expect(await page.locator('button[data-tool="text"]').textContent()).toContain('Text');
    await context.close();
  });

  it('opens offline after the first visit, with the labels saved in the browser', async () => {
    const { context: context, page: page } = await openStudioContext(fixture);
    await page.waitForSelector('body[data-offline="ready"]', { timeout: 30_000 });
    await page.getByLabel('Label name').fill('Offline parcel');
    await page.click('button[data-tool="rect"]');
    await clickMm(page, 5, 5);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved in this browser');
    const saved = await readDocument(page);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-studio="ready"]', { timeout: 30_000 });
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // Really offline, service worker included: a file it has not kept cannot be fetched.
    expect(await page.evaluate(() => fetch('/precache.json', { cache: 'no-store' }).then(() => 'fetched', () => 'failed'))).toBe('failed');
    expect(await page.getByTestId('local-labels').textContent()).toContain('Offline parcel');
    const reopened = await readDocument(page);
    expect(reopened.name).toBe('Offline parcel');
    expect(reopened.elements).toEqual(saved.elements);
    // Still designing offline: the engine and the fonts are all here.
    await page.click('button[data-tool="text"]');
    await clickMm(page, 5, 20);
    await expect.poll(async () => (await readDocument(page)).elements.length).toBe(2);
    await expect.poll(() => page.locator('.issues').textContent()).toContain('without problems');
    await page.screenshot({ path: `${ARTIFACTS}studio-offline.png` });
    await context.close();
  });
});
