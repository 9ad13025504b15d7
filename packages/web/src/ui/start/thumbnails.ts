import { renderLabel, type FontSet, type LabelDocument } from '@inkless/label';
import { writeBitmapPixels } from '../../canvas/bitmap-image';
import { buildDesignInstance } from '../../studio/sample-row';

/** Longest side of a thumbnail, in CSS pixels (drawn at twice that for sharp screens). */
const THUMBNAIL_PX = 120;

/** Thumbnails already drawn, by the caller's key (a starter's id and size, a label's id and time). */
const cache = new Map<string, string>();
let queue: Promise<unknown> = Promise.resolve();

/** The engine's bitmap of a label shrunk into a small PNG (a data: URL); undefined when it cannot be drawn. */
function drawThumbnail(fonts: FontSet, doc: LabelDocument, sampleRow: Readonly<Record<string, string>>): string | undefined {
  const rendered = renderLabel(doc, { fonts }, buildDesignInstance(doc, sampleRow, -new Date().getTimezoneOffset()));
  if (!rendered.ok) return undefined;
  const { bitmap } = rendered.value;
  const full = document.createElement('canvas');
  full.width = bitmap.width;
  full.height = bitmap.height;
  const fullContext = full.getContext('2d');
  if (!fullContext) return undefined;
  const image = fullContext.createImageData(bitmap.width, bitmap.height);
  writeBitmapPixels(bitmap, image);
  fullContext.putImageData(image, 0, 0);
  const scale = Math.min(1, (THUMBNAIL_PX * 2) / Math.max(bitmap.width, bitmap.height));
  const small = document.createElement('canvas');
  small.width = Math.max(1, Math.round(bitmap.width * scale));
  small.height = Math.max(1, Math.round(bitmap.height * scale));
  const smallContext = small.getContext('2d');
  if (!smallContext) return undefined;
  smallContext.imageSmoothingQuality = 'high';
  smallContext.drawImage(full, 0, 0, small.width, small.height);
  return small.toDataURL('image/png');
}

/**
 * A thumbnail drawn by the engine (what you see is what prints), cached by `key`. Drawing is
 * queued one at a time, each in its own task, so a screen of thumbnails never freezes the page.
 */
export function loadThumbnail(key: string, fonts: FontSet, doc: LabelDocument, sampleRow: Readonly<Record<string, string>>): Promise<string | undefined> {
  const cached = cache.get(key);
  if (cached) return Promise.resolve(cached);
  const next = queue.then(
    () =>
      new Promise<string | undefined>((resolve) => {
        setTimeout(() => {
          const url = cache.get(key) ?? drawThumbnail(fonts, doc, sampleRow);
          if (url) cache.set(key, url);
          resolve(url);
        }, 0);
      }),
  );
  queue = next.catch(() => undefined);
  return next;
}

/** The thumbnail if it is already drawn. */
export function cachedThumbnail(key: string): string | undefined {
  return cache.get(key);
}
