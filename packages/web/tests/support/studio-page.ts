import type { LabelDocument } from '@inkless/label';
import type { Page } from 'playwright-core';
import type { EditorState } from '../../src/editor/editor-state';

export interface OpenStudioOptions {
  /** Leaves the start screen open (a fresh browser shows it); by default "Blank label" is chosen, as before there was one. */
  readonly keepStartScreen?: boolean;
}

/**
 * Opens the studio with the test hook and waits until it has drawn the label. When the start
 * screen shows (a browser with no saved labels), it chooses "Blank label" unless told to keep it.
 */
export async function openStudio(page: Page, origin: string, options: OpenStudioOptions = {}): Promise<void> {
  await page.goto(`${origin}/?test=1`);
  await page.waitForSelector('body[data-studio="ready"]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__inklessStudio?.painter?.lastPaint() !== undefined);
  if (options.keepStartScreen || !(await page.evaluate(() => window.__inklessStudio!.startScreen.getState()))) return;
  await page.locator('dialog[data-screen="start"] [data-start-action="blank"]').click();
  await page.locator('dialog[data-screen="start"]').waitFor({ state: 'detached' });
}

/** The editor state, read through the test hook (only present with ?test=1). */
export function readEditorState(page: Page): Promise<Pick<EditorState, 'doc' | 'selection' | 'viewport'> & { toolId: string }> {
  return page.evaluate(() => {
    const s = window.__inklessStudio!.editor.store.getState();
    return { doc: s.doc, selection: s.selection, viewport: s.viewport, toolId: s.tool.id };
  });
}

export async function readDocument(page: Page): Promise<LabelDocument> {
  return (await readEditorState(page)).doc;
}

/** Where a point of the label (mm) is on the page, in page pixels: for real mouse input. */
export async function mmToPage(page: Page, xMm: number, yMm: number): Promise<{ x: number; y: number }> {
  const box = await page.locator('.stage').boundingBox();
  if (!box) throw new Error('the stage is not on screen');
  const { viewport, doc } = await readEditorState(page);
  const pxPerMm = (viewport.zoom * doc.label.dpi) / 25.4;
  return { x: box.x + viewport.panXPx + xMm * pxPerMm, y: box.y + viewport.panYPx + yMm * pxPerMm };
}

/** A real mouse drag between two label points, in small steps as a hand moves. */
export async function dragMm(page: Page, from: readonly [number, number], to: readonly [number, number], steps = 8): Promise<void> {
  const a = await mmToPage(page, from[0], from[1]);
  const b = await mmToPage(page, to[0], to[1]);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
}

export async function clickMm(page: Page, xMm: number, yMm: number): Promise<void> {
  const p = await mmToPage(page, xMm, yMm);
  await page.mouse.click(p.x, p.y);
}

/**
 * The canvas's pixels as packed 1-bit rows (the Bitmap1 layout: MSB first, rows padded to
 * bytes), hex encoded: dark pixels are ink. Compared with the engine's bitmap bytes.
 */
export function readCanvasBits(page: Page): Promise<{ width: number; height: number; hex: string; cssWidth: number }> {
  return readCanvasBitsOf(page, 'canvas[data-testid="label-canvas"]');
}

/** `readCanvasBits` for any canvas of the page, found by `selector`. */
export function readCanvasBitsOf(page: Page, selector: string): Promise<{ width: number; height: number; hex: string; cssWidth: number }> {
  return page.evaluate((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(sel)!;
    const { width, height } = canvas;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    const stride = Math.ceil(width / 8);
    const bytes = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const at = y * stride + (x >> 3);
        if (pixels[(y * width + x) * 4]! < 128) bytes[at] = bytes[at]! | (0x80 >> (x & 7));
      }
    }
    let hex = '';
    for (const b of bytes) hex += b.toString(16).padStart(2, '0');
    return { width, height, hex, cssWidth: canvas.getBoundingClientRect().width };
  }, selector);
}
