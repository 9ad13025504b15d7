import { deflateSync } from 'node:zlib';
import type { Bitmap1 } from '@inkless/label';
import { computeCrc32, concatBytes } from '@inkless/label/output';

/** A grey page (0 ink, 255 paper), one byte a pixel. */
export interface GreyPage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** A region on the page, in its pixels. */
export interface PreviewRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An RGB picture, three bytes a pixel. */
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

/** Height of a preview: big enough to read a page's layout, small enough to open at once. */
const PREVIEW_HEIGHT_PX = 900;
const GAP_PX = 32;
const BACKGROUND = [232, 232, 232] as const;
const OUTLINE = [214, 40, 40] as const;
const OUTLINE_PX = 3;

/**
 * The page (left) with the regions found outlined, and the labels as printed (right), at one
 * physical scale: what `render --preview` writes and the README's before/after picture.
 */
export function drawImportPreview(page: GreyPage, pageDpi: number, regions: readonly PreviewRegion[], labels: readonly Bitmap1[], labelDpi: number): RgbImage {
  const scale = Math.min(1, PREVIEW_HEIGHT_PX / page.height);
  const pageW = Math.max(1, Math.round(page.width * scale));
  const pageH = Math.max(1, Math.round(page.height * scale));
  const labelScale = (scale * pageDpi) / labelDpi;
  const sizes = labels.map((l) => ({ w: Math.max(1, Math.round(l.width * labelScale)), h: Math.max(1, Math.round(l.height * labelScale)) }));
  const width = GAP_PX + pageW + sizes.reduce((sum, s) => sum + GAP_PX + s.w, 0) + GAP_PX;
  const height = GAP_PX * 2 + Math.max(pageH, ...sizes.map((s) => s.h));
  const out = new Uint8Array(width * height * 3);
  for (let i = 0; i < out.length; i += 3) out.set(BACKGROUND, i);
  const put = (x: number, y: number, rgb: readonly number[]) => out.set(rgb, (y * width + x) * 3);
  // The page, each preview pixel the mean of the page pixels under it.
  paste(pageW, pageH, GAP_PX, GAP_PX, (x0, y0, x1, y1) => meanGrey(page, x0 / scale, y0 / scale, x1 / scale, y1 / scale), put);
  for (const r of regions) outline(Math.round(GAP_PX + r.x * scale), Math.round(GAP_PX + r.y * scale), Math.round(r.width * scale), Math.round(r.height * scale), put, width, height);
  let x = GAP_PX + pageW + GAP_PX;
  labels.forEach((label, i) => {
    const { w, h } = sizes[i]!;
    paste(w, h, x, GAP_PX, (x0, y0, x1, y1) => meanInk(label, x0 / labelScale, y0 / labelScale, x1 / labelScale, y1 / labelScale), put);
    outline(x - 1, GAP_PX - 1, w + 2, h + 2, (px, py) => put(px, py, [160, 160, 160]), width, height, 1);
    x += w + GAP_PX;
  });
  return { width, height, data: out };
}

function paste(w: number, h: number, left: number, top: number, value: (x0: number, y0: number, x1: number, y1: number) => number, put: (x: number, y: number, rgb: readonly number[]) => void): void {
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = Math.round(value(x, y, x + 1, y + 1));
      put(left + x, top + y, [v, v, v]);
    }
  }
}

function outline(x: number, y: number, w: number, h: number, put: (x: number, y: number, rgb: readonly number[]) => void, width: number, height: number, thickness = OUTLINE_PX): void {
  const dot = (px: number, py: number) => {
    if (px >= 0 && py >= 0 && px < width && py < height) put(px, py, OUTLINE);
  };
  for (let t = 0; t < thickness; t++) {
    for (let i = x; i < x + w; i++) {
      dot(i, y + t);
      dot(i, y + h - 1 - t);
    }
    for (let j = y; j < y + h; j++) {
      dot(x + t, j);
      dot(x + w - 1 - t, j);
    }
  }
}

/** Mean grey of the page over a box (sampled on a grid of at most 4 x 4 points, enough for a preview). */
function meanGrey(page: GreyPage, x0: number, y0: number, x1: number, y1: number): number {
  let sum = 0;
  let n = 0;
  const stepX = Math.max(1, (x1 - x0) / 4);
  const stepY = Math.max(1, (y1 - y0) / 4);
  for (let y = y0; y < y1; y += stepY) {
    for (let x = x0; x < x1; x += stepX) {
      const px = Math.min(page.width - 1, Math.floor(x));
      const py = Math.min(page.height - 1, Math.floor(y));
      sum += page.data[py * page.width + px]!;
      n++;
    }
  }
  return n ? sum / n : 255;
}

function meanInk(bmp: Bitmap1, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  let n = 0;
  const stepX = Math.max(1, (x1 - x0) / 4);
  const stepY = Math.max(1, (y1 - y0) / 4);
  for (let y = y0; y < y1; y += stepY) {
    for (let x = x0; x < x1; x += stepX) {
      const px = Math.min(bmp.width - 1, Math.floor(x));
      const py = Math.min(bmp.height - 1, Math.floor(y));
      if (bmp.data[py * bmp.stride + (px >> 3)]! & (0x80 >> (px & 7))) ink++;
      n++;
    }
  }
  return n ? 255 - (255 * ink) / n : 255;
}

/** An RGB PNG (colour type 2, 8 bits), deflated by zlib. */
export function encodeRgbPng(image: RgbImage): Uint8Array {
  const rows = new Uint8Array((image.width * 3 + 1) * image.height);
  for (let y = 0; y < image.height; y++) rows.set(image.data.subarray(y * image.width * 3, (y + 1) * image.width * 3), y * (image.width * 3 + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, image.width);
  view.setUint32(4, image.height);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  return concatBytes([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, computeCrc32(out.subarray(4, 8 + body.length)));
  return out;
}
