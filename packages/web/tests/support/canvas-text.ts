import type { LabelDocument } from '@inkless/label';
import type { Page } from 'playwright-core';
import { mmToPage, readDocument } from './studio-page';

/** The box for typing on the canvas, while a text element is being edited. */
export const CANVAS_TEXT_EDITOR = '[data-testid="canvas-text-editor"]';

/** How a test points: a real mouse, or a real finger (the context needs `hasTouch: true`). */
export interface PointerChoice {
  readonly touch?: boolean;
}

/** Replaces the open label with `doc` through the test hook (as opening a file would). */
export async function loadDocument(page: Page, doc: LabelDocument): Promise<void> {
  await page.evaluate((d) => window.__inklessStudio!.editor.load(d), doc);
}

/** A click, or a tap of a finger, at a point of the label (mm). */
export async function pressMm(page: Page, xMm: number, yMm: number, { touch = false }: PointerChoice = {}): Promise<void> {
  const p = await mmToPage(page, xMm, yMm);
  if (touch) await page.touchscreen.tap(p.x, p.y);
  else await page.mouse.click(p.x, p.y);
}

/**
 * A double-click, or two quick taps of a finger, in the middle of element `elementIndex`; then
 * waits for the canvas text editor to have focus.
 */
export async function openTextOnCanvas(page: Page, elementIndex: number, { touch = false }: PointerChoice = {}): Promise<void> {
  const el = (await readDocument(page)).elements[elementIndex];
  if (!el) throw new Error(`the label has no element ${elementIndex}`);
  const p = await mmToPage(page, el.xMm + el.widthMm / 2, el.yMm + el.heightMm / 2);
  if (touch) {
    await page.touchscreen.tap(p.x, p.y);
    await page.touchscreen.tap(p.x, p.y);
  } else {
    await page.mouse.dblclick(p.x, p.y);
  }
  await page.locator(`${CANVAS_TEXT_EDITOR}:focus`).waitFor();
}

/**
 * Types on the canvas as a person would: double-click (or double-tap) text element
 * `elementIndex`, select its words, type `text`, then finish with Escape (default), a click or tap
 * outside the element at `outsideMm`, or not at all (`finish: 'none'`).
 */
export async function editTextOnCanvas(
  page: Page,
  elementIndex: number,
  text: string,
  options: PointerChoice & { readonly finish?: 'escape' | 'none'; readonly outsideMm?: readonly [number, number] } = {},
): Promise<void> {
  await openTextOnCanvas(page, elementIndex, options);
  await page.locator(CANVAS_TEXT_EDITOR).selectText();
  await page.keyboard.type(text);
  if (options.outsideMm) await pressMm(page, options.outsideMm[0], options.outsideMm[1], options);
  else if (options.finish !== 'none') await page.keyboard.press('Escape');
}
