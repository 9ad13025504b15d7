import { FontSet, listBundledFaces, registerBundledFonts, type BundledFace } from '@inkless/label';

/**
 * The Cache API cache holding font files. Versioned by name: a new font set ships under a new
 * name and the old cache is dropped (see deleteOldFontCaches).
 */
export const FONT_CACHE = 'inkless-fonts-v1';

/** The URL the server gives a bundled face under (the same as the preview page: /fonts/<package>/<file>). */
export function getFontUrl(face: BundledFace): string {
  return `/fonts/${face.packageName}/${face.file}`;
}

/**
 * A font file's bytes: from this browser's cache when it has them, else from the server (then
 * kept), so after the first visit the studio draws text offline. Without the Cache API
 * (an insecure origin) it simply fetches.
 */
export async function fetchFontBytes(url: string): Promise<Uint8Array> {
  const cache = globalThis.caches ? await caches.open(FONT_CACHE) : undefined;
  const hit = await cache?.match(url);
  if (hit) return new Uint8Array(await hit.arrayBuffer());
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url} answered ${response.status}`);
  if (cache) await cache.put(url, response.clone());
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The engine's bundled fonts, fetched once and registered as the Node loader registers them, so
 * text in the browser comes out in the same dots as on the server and the printer.
 */
export async function loadBundledFontSet(
  fetchBytes: (url: string) => Promise<Uint8Array> = fetchFontBytes,
  onFace: (face: BundledFace, bytes: Uint8Array) => void = () => {},
): Promise<FontSet> {
  const faces = listBundledFaces();
  const bytes = new Map<BundledFace, Uint8Array>();
  await Promise.all(faces.map(async (face) => bytes.set(face, await fetchBytes(getFontUrl(face)))));
  for (const face of faces) onFace(face, bytes.get(face)!);
  const fonts = new FontSet();
  registerBundledFonts(fonts, (face) => ({ family: face.family, bold: face.bold, italic: face.italic, data: bytes.get(face)! }));
  return fonts;
}

/** Characters the UI draws with the bundled CJK face (the system may have no Chinese font). */
const CJK_RANGE = 'U+2E80-2FFF, U+3000-30FF, U+3100-9FFF, U+F900-FAFF, U+FF00-FFEF';

/**
 * Lets the page's own text use the engine's Noto Sans SC bytes for Chinese, so the zh-CN studio
 * reads well on systems without a CJK font, from the bytes already loaded (no second download).
 */
export function addUiFontFace(face: BundledFace, bytes: Uint8Array): void {
  if (face.family !== 'Noto Sans SC' || !globalThis.document?.fonts) return;
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const ui = new FontFace('Inkless CJK', buffer, { unicodeRange: CJK_RANGE, weight: face.bold ? '700' : '400' });
  document.fonts.add(ui);
  void ui.load().catch(() => undefined);
}
