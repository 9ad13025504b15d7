import type { Bitmap1 } from '@inkless/label';
import type { Page } from 'playwright-core';
import { useFileFallbacks } from './label-files';
import { readCanvasBitsOf } from './studio-page';

/** The import screen, while it is open. */
export const IMPORT_SCREEN = 'dialog[data-screen="import"]';

/** A Bitmap1 as it crosses from the page to the test: its packed rows in hex. */
export interface BitsInHex {
  readonly width: number;
  readonly height: number;
  readonly hex: string;
}

export function bitmapToHex(bitmap: Bitmap1): BitsInHex {
  return { width: bitmap.width, height: bitmap.height, hex: Buffer.from(bitmap.data.buffer, bitmap.data.byteOffset, bitmap.data.byteLength).toString('hex') };
}

export function hexToBitmap(bits: BitsInHex): Bitmap1 {
  const data = new Uint8Array(Buffer.from(bits.hex, 'hex'));
  return { width: bits.width, height: bits.height, stride: Math.ceil(bits.width / 8), data } as Bitmap1;
}

/** Drops a file (any bytes) on the label canvas as a real drag and drop does (dragenter, dragover, drop with a DataTransfer). */
export async function dropFileOnCanvas(page: Page, name: string, bytes: Uint8Array, type = ''): Promise<void> {
  await page.evaluate(({ name, base64, type }) => {
    const raw = atob(base64);
    const data = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
    const canvas = document.querySelector('canvas[data-testid="label-canvas"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], name, { type }));
    const box = canvas.getBoundingClientRect();
    const at = { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    for (const event of ['dragenter', 'dragover', 'drop']) canvas.dispatchEvent(new DragEvent(event, { bubbles: true, cancelable: true, dataTransfer: transfer, ...at }));
  }, { name, base64: Buffer.from(bytes).toString('base64'), type });
}

/** Opens a file through "Open file" in the top bar (the file input, as in browsers without the File System Access pickers). */
export async function openFileThroughPicker(page: Page, name: string, bytes: Uint8Array, mimeType = 'application/octet-stream'): Promise<void> {
  await useFileFallbacks(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-file-action="open"]').click()]);
  await chooser.setFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** Waits until the import screen has finished its work (a label made, or a problem shown); returns its status. */
export async function waitForImport(page: Page, timeoutMs = 90_000): Promise<'ready' | 'failed'> {
  const view = page.locator(`${IMPORT_SCREEN} [data-testid="import-view"]:not([data-status="working"])`);
  await view.waitFor({ timeout: timeoutMs });
  return (await view.getAttribute('data-status')) as 'ready' | 'failed';
}

/** The label the import screen made (a PDF page or a picture), read through the test hook: its dots, region, rotation and barcode check. */
export function readImportedLabel(page: Page): Promise<{ bits: BitsInHex; region: { x: number; y: number; width: number; height: number; found: string }; rotation: number; sourceDpi: number; before: { format: string; text: string }[]; lost: number; changed: number; ok: boolean }> {
  return page.evaluate(() => {
    const active = window.__inklessImport!.getState();
    if (active?.kind !== 'page') throw new Error(`no page import is open (${active?.kind})`);
    const state = active.session.store.getState();
    const label = state.label;
    if (!label) throw new Error(`the import has no label (${state.status}: ${state.problem?.message})`);
    const { bitmap, barcodes, rotation } = label.prepared;
    let hex = '';
    for (const b of bitmap.data) hex += b.toString(16).padStart(2, '0');
    return {
      bits: { width: bitmap.width, height: bitmap.height, hex },
      region: label.region, rotation, sourceDpi: state.page!.dpi,
      before: barcodes.before.map((s) => ({ format: s.format, text: s.text })),
      lost: barcodes.lost.length, changed: barcodes.changed.length, ok: barcodes.ok,
    };
  });
}

/** The import screen's label canvas as packed 1-bit rows (dark pixels are ink), hex encoded. */
export async function readImportCanvasBits(page: Page): Promise<BitsInHex> {
  const { width, height, hex } = await readCanvasBitsOf(page, '[data-testid="import-label-canvas"]');
  return { width, height, hex };
}

/** The ink's bounding box of a bitmap (dots), or undefined for a blank one: how large the label was drawn on the stock. */
export function inkBox(bitmap: Bitmap1): { x: number; y: number; width: number; height: number } | undefined {
  let left = bitmap.width;
  let top = bitmap.height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (!(bitmap.data[y * bitmap.stride + (x >> 3)]! & (0x80 >> (x & 7)))) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? undefined : { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

/** Chooses an option of one of the import screen's selects (by its test id) and waits for the label to be made again. */
export async function chooseImportOption(page: Page, testId: string, value: string): Promise<'ready' | 'failed'> {
  const run = Number(await page.locator(`${IMPORT_SCREEN} [data-testid="import-view"]`).getAttribute('data-run'));
  await page.locator(`${IMPORT_SCREEN} [data-testid="${testId}"]`).selectOption(value);
  await page.locator(`${IMPORT_SCREEN} [data-testid="import-view"]:not([data-run="${run}"])`).waitFor();
  return waitForImport(page);
}
