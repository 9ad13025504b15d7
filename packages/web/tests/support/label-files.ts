import { readFile } from 'node:fs/promises';
import type { LabelDocument } from '@inkless/label';
import type { Page } from 'playwright-core';

/** The start screen, when it is open. */
export const START_SCREEN = 'dialog[data-screen="start"]';

/**
 * Makes the File System Access pickers absent in this page, as in browsers without them, so
 * saving is a download and opening uses the file input (headless Chromium cannot answer a save
 * dialog). Nothing of Inkless is replaced: the studio takes its own fallback path.
 */
export async function useFileFallbacks(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const name of ['showSaveFilePicker', 'showOpenFilePicker']) Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
  });
}

/** Chooses a starter on the open start screen (by its id, e.g. 'price-tag') and waits until it is the open label. */
export async function chooseStarter(page: Page, starterId: string): Promise<LabelDocument> {
  const before = await page.evaluate(() => window.__inklessStudio!.state.getState().labelId);
  await page.locator(`${START_SCREEN} button[data-starter="${starterId}"]`).click();
  await page.locator(START_SCREEN).waitFor({ state: 'detached' });
  await page.waitForFunction((id) => window.__inklessStudio!.state.getState().labelId !== id, before);
  return page.evaluate(() => window.__inklessStudio!.editor.store.getState().doc);
}

/** Presses "Save file" in the top bar and returns the bytes of the file the browser downloaded. */
export async function saveLabelFile(page: Page): Promise<Buffer> {
  await useFileFallbacks(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-file-action="save"]').click()]);
  const path = await download.path();
  if (!path) throw new Error(`the download ${download.suggestedFilename()} failed: ${await download.failure()}`);
  return readFile(path);
}

/**
 * Opens a file through the studio's file picker: the start screen's "Open a file" when it is
 * open, else "Open file" in the top bar. Resolves once the file was handed to the studio.
 */
export async function openLabelFile(page: Page, name: string, bytes: Buffer | string): Promise<void> {
  await useFileFallbacks(page);
  const startOpen = await page.locator(START_SCREEN).count() > 0;
  const button = startOpen ? page.locator(`${START_SCREEN} [data-start-action="open-file"]`) : page.locator('[data-file-action="open"]');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(bytes) });
}

/** Drops a file on the label canvas as a real drag and drop does (dragenter, dragover, drop with a DataTransfer). */
export async function dropLabelFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(({ name, text }) => {
    const canvas = document.querySelector('canvas[data-testid="label-canvas"]')!;
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type: 'application/json' }));
    const box = canvas.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    for (const type of ['dragenter', 'dragover', 'drop']) canvas.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data, ...at }));
  }, { name, text });
}

/** The notice that says what happened to the last file opened or saved. */
export function readFileNotice(page: Page): Promise<string | null> {
  return page.locator('[data-testid="file-notice"]').textContent({ timeout: 5_000 }).catch(() => null);
}
