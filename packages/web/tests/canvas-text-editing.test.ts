import { formatIssue, validateDocument, type LabelDocument } from '@inkless/label';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CANVAS_TEXT_EDITOR, editTextOnCanvas, loadDocument, openTextOnCanvas, pressMm } from './support/canvas-text';
import { openSheet, waitForSheetsClosed } from './support/phone-page';
import { readDocument, readEditorState } from './support/studio-page';
import { openStudioContext, useStudioFixture } from './support/studio-suite';

/** A 60 x 40 mm label with one text element at the top and room below it. */
const PRICE_TAG: LabelDocument = (() => {
  const r = validateDocument({
    schemaVersion: 2,
    name: 'Price tag',
    label: { widthMm: 60, heightMm: 40, dpi: 203 },
    variables: {},
    elements: [{ type: 'text', id: 'price', xMm: 5, yMm: 4, widthMm: 50, heightMm: 12, text: 'Old price', fontSizePt: 14 }],
  });
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
})();

const DESK: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function openPriceTag(options: BrowserContextOptions, fixture: ReturnType<typeof useStudioFixture>) {
  const opened = await openStudioContext(fixture, options);
  await loadDocument(opened.page, PRICE_TAG);
  return opened;
}

/** The texts of the label's elements, in order. */
async function readTexts(page: Page): Promise<unknown[]> {
  return (await readDocument(page)).elements.map((el) => (el as { text?: unknown }).text ?? el.type);
}

// One server and one Chromium for the whole file: each test has a browser context of its own.
const fixture = useStudioFixture();

describe.each([
  { device: 'desk (1440x900, mouse)', options: DESK, touch: false },
  { device: 'phone (390x844, touch)', options: PHONE, touch: true },
])('typing on the canvas on a $device', ({ options, touch }) => {
  it('types "Best price" into a new text box: the label holds it and the select tool is still active', async () => {
    const { context, page } = await openPriceTag(options, fixture);
    const textTool = page.locator('button[data-tool="text"]');
    // On a phone the tools are in a sheet from the bottom bar; choosing one closes it.
    if (touch) {
      await openSheet(page, 'tools');
      await textTool.tap();
      await waitForSheetsClosed(page);
    } else await textTool.click();
    await pressMm(page, 8, 22, { touch });
    await page.locator(`${CANVAS_TEXT_EDITOR}:focus`).waitFor();
    // The placeholder is selected, so typing replaces it.
    expect(await page.locator(CANVAS_TEXT_EDITOR).evaluate((a: HTMLTextAreaElement) => a.value.slice(a.selectionStart, a.selectionEnd))).toBe('Text');
    await page.keyboard.type('Best price');
    expect(await readTexts(page)).toEqual(['Old price', 'Best price']);
    await page.keyboard.press('Escape');
    const state = await readEditorState(page);
    expect(state.toolId).toBe('select.idle');
    expect(state.selection).toEqual([state.doc.elements[1]!.id]);
    expect(await readTexts(page)).toEqual(['Old price', 'Best price']);
    expect(await page.locator(CANVAS_TEXT_EDITOR).count()).toBe(0);
    await context.close();
  });

  it('opens a text element by double-click or double-tap, and a click outside keeps the typed text without drawing anything', async () => {
    const { context, page } = await openPriceTag(options, fixture);
    await editTextOnCanvas(page, 0, 'Now 2.99', { touch, outsideMm: [30, 32] });
    const state = await readEditorState(page);
    expect(state.toolId).toBe('select.idle');
    expect(await readTexts(page)).toEqual(['Now 2.99']);
    // One undo step for the whole edit.
    await page.keyboard.press('Control+Z');
    expect(await readTexts(page)).toEqual(['Old price']);
    await context.close();
  });

  it('starts a new line with Enter and finishes with Ctrl+Enter', async () => {
    const { context, page } = await openPriceTag(options, fixture);
    await editTextOnCanvas(page, 0, 'Jam', { touch, finish: 'none' });
    await page.keyboard.press('Enter');
    await page.keyboard.type('3.50');
    expect(await readTexts(page)).toEqual(['Jam\n3.50']);
    expect((await readEditorState(page)).toolId).toBe('text.editing');
    await page.keyboard.press('Control+Enter');
    expect((await readEditorState(page)).toolId).toBe('select.idle');
    expect(await readTexts(page)).toEqual(['Jam\n3.50']);
    await context.close();
  });

  it('lays the editor over the element\'s box on screen', async () => {
    const { context, page } = await openPriceTag(options, fixture);
    await openTextOnCanvas(page, 0, { touch });
    const { viewport } = await readEditorState(page);
    const pxPerMm = (viewport.zoom * 203) / 25.4;
    const box = (await page.locator(CANVAS_TEXT_EDITOR).boundingBox())!;
    const stage = (await page.locator('.stage').boundingBox())!;
    expect(box.x - stage.x).toBeCloseTo(viewport.panXPx + 5 * pxPerMm, 0);
    expect(box.y - stage.y).toBeCloseTo(viewport.panYPx + 4 * pxPerMm, 0);
    expect(box.width).toBeCloseTo(50 * pxPerMm, 0);
    expect(box.height).toBeCloseTo(12 * pxPerMm, 0);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('takes Chinese and Japanese input from an input method: only the committed text reaches the label, and no shortcut fires', async () => {
    const { context, page } = await openPriceTag(options, fixture);
    await openTextOnCanvas(page, 0, { touch });
    await page.locator(CANVAS_TEXT_EDITOR).selectText();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '価', selectionStart: 1, selectionEnd: 1 });
    // Mid-composition: the label still holds what it had, and the letters reached no shortcut.
    expect(await readTexts(page)).toEqual(['Old price']);
    expect((await readEditorState(page)).toolId).toBe('text.editing');
    await cdp.send('Input.imeSetComposition', { text: 'かかく', selectionStart: 3, selectionEnd: 3 });
    expect(await readTexts(page)).toEqual(['Old price']);
    await cdp.send('Input.insertText', { text: '価格' });
    expect(await readTexts(page)).toEqual(['価格']);
    await page.keyboard.press('Escape');
    const state = await readEditorState(page);
    expect(state.toolId).toBe('select.idle');
    expect(state.doc.elements).toHaveLength(1);
    await context.close();
  });
});

describe('shortcuts and input methods outside the canvas text editor', () => {
  it('fires no tool shortcut for a key that belongs to an input method composition', async () => {
    const { context, page } = await openPriceTag(DESK, fixture);
    await page.locator('.stage').focus();
    await page.evaluate(() => {
      const stage = document.querySelector('.stage')!;
      stage.dispatchEvent(new KeyboardEvent('keydown', { key: 'e', code: 'KeyE', isComposing: true, bubbles: true }));
      const safari = new KeyboardEvent('keydown', { key: 'e', code: 'KeyE', bubbles: true });
      Object.defineProperty(safari, 'keyCode', { value: 229 });
      stage.dispatchEvent(safari);
    });
    expect((await readEditorState(page)).toolId).toBe('select.idle');
    await page.keyboard.press('e');
    expect((await readEditorState(page)).toolId).toBe('draw.idle');
    await context.close();
  });
});
