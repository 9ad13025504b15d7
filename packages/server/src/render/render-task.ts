import { compileLabel, createBitmap, isInklessError, validateDocument, type Bitmap1, type CompiledLabel, type FontSet, type Issue, type LabelDocument } from '@inkless/label';
import { encodePreviewPng } from '@inkless/label/output';
import type { ImportOutcome, ImportTask } from '../import/import-types';
import { outputFormats, type RenderFormat } from './render-formats';

/** One label to draw into a format (`POST /api/render`). */
export interface LabelRenderTask {
  readonly kind: 'label';
  /** Raw JSON: validated (and migrated) by the engine in the worker. */
  readonly document: unknown;
  readonly row?: Readonly<Record<string, string>>;
  readonly format: RenderFormat;
  readonly profileId?: string;
  /** The server clock, for date variables. */
  readonly nowMs: number;
}

/** A template's preview picture. */
export interface ThumbnailRenderTask {
  readonly kind: 'thumbnail';
  readonly document: unknown;
  readonly nowMs: number;
}

export type RenderTask = LabelRenderTask | ThumbnailRenderTask;

/** Everything the render pool runs: renders, and imports of PDFs, pictures and ZPL (src/import/). */
export type PoolTask = RenderTask | ImportTask;
/** What the pool answers for a task of type T. */
export type PoolOutcome<T extends PoolTask> = T extends ImportTask ? ImportOutcome : RenderOutcome;

/** What a render gives back: bytes, or issues with paths in the request body (`document.elements[2]`). */
export type RenderOutcome =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly contentType: string; readonly extension: string }
  | { readonly ok: false; readonly code: 'INKLESS_TEMPLATE_INVALID' | 'INKLESS_RENDER_FAILED'; readonly issues: readonly Issue[] };

/** Thumbnails are drawn at this dpi whatever the document's, so a 600 dpi design does not make a huge picture. */
export const THUMBNAIL_DPI = 203;

/**
 * Runs one render: validate, draw, encode. Pure apart from reading font files, so it runs the
 * same in a worker thread (where the server runs it, under a time limit) as in a test.
 */
export function runRenderTask(task: RenderTask, fonts: FontSet): RenderOutcome {
  try {
    if (task.kind === 'thumbnail') {
      const checked = validateDocument(task.document);
      if (!checked.ok) return { ok: false, code: 'INKLESS_TEMPLATE_INVALID', issues: underDocument(checked.issues) };
      return renderThumbnail(checked.value, fonts, task.nowMs);
    }
    const compiled = compileCached(task.document, fonts);
    if ('issues' in compiled) return { ok: false, code: 'INKLESS_TEMPLATE_INVALID', issues: underDocument(compiled.issues) };
    return renderLabelTask(task, compiled.doc, compiled.label);
  } catch (e) {
    if (isInklessError(e)) return { ok: false, code: 'INKLESS_RENDER_FAILED', issues: underDocument(e.issues) };
    throw e;
  }
}

/** Documents compiled lately (a studio renders one document for row after row): their static elements are drawn once. */
const compiledCache = new Map<string, { doc: LabelDocument; label: CompiledLabel }>();
const MAX_CACHED_DOCUMENTS = 16;
/** Characters of JSON the cache keys may hold together, so large documents with images do not pile up. */
const MAX_CACHED_CHARS = 8_000_000;
let cachedChars = 0;

function compileCached(document: unknown, fonts: FontSet): { doc: LabelDocument; label: CompiledLabel } | { issues: readonly Issue[] } {
  const key = JSON.stringify(document) ?? '';
  const hit = compiledCache.get(key);
  if (hit) {
    // Most recently used last: Map keeps insertion order.
    compiledCache.delete(key);
    compiledCache.set(key, hit);
    return hit;
  }
  const checked = validateDocument(document);
  if (!checked.ok) return { issues: checked.issues };
  const entry = { doc: checked.value, label: compileLabel(checked.value, { fonts }) };
  if (key.length <= MAX_CACHED_CHARS) {
    compiledCache.set(key, entry);
    cachedChars += key.length;
    for (const [oldKey] of compiledCache) {
      if (compiledCache.size <= MAX_CACHED_DOCUMENTS && cachedChars <= MAX_CACHED_CHARS) break;
      compiledCache.delete(oldKey);
      cachedChars -= oldKey.length;
    }
  }
  return entry;
}

function renderLabelTask(task: LabelRenderTask, doc: LabelDocument, compiled: CompiledLabel): RenderOutcome {
  const format = outputFormats[task.format];
  const rendered = compiled.render({ ...(task.row ? { row: task.row } : {}), labelIndex: 0, nowMs: task.nowMs });
  if (!rendered.ok) return { ok: false, code: 'INKLESS_RENDER_FAILED', issues: underDocument(rendered.issues) };
  const encoded = format.encode(rendered.value.bitmap, doc.label, task.profileId);
  if ('issues' in encoded) return { ok: false, code: 'INKLESS_RENDER_FAILED', issues: encoded.issues };
  return { ok: true, bytes: encoded.bytes, contentType: format.contentType, extension: format.extension };
}

/**
 * The preview of a template as its owner would see it: data fields show their own names
 * (`{{price}}` reads "price"); elements that still cannot be drawn without real data (a barcode
 * whose symbology wants digits) are left out; at worst the picture is the blank label.
 */
function renderThumbnail(original: LabelDocument, fonts: FontSet, nowMs: number): RenderOutcome {
  const doc: LabelDocument = { ...original, label: { ...original.label, dpi: THUMBNAIL_DPI } };
  const compiled = compileLabel(doc, { fonts });
  const row = Object.fromEntries(compiled.fieldNames.map((name) => [name, name]));
  const first = compiled.render({ row, labelIndex: 0, nowMs });
  let bitmap: Bitmap1 | undefined = first.ok ? first.value.bitmap : undefined;
  if (!first.ok) {
    const failing = new Set(first.issues.map((i) => /^elements\[(\d+)\]/.exec(i.path)?.[1]).filter((i) => i !== undefined).map(Number));
    const rest: LabelDocument = { ...doc, elements: doc.elements.filter((_, i) => !failing.has(i)) };
    const second = compileLabel(rest, { fonts }).render({ row, labelIndex: 0, nowMs });
    if (second.ok) bitmap = second.value.bitmap;
  }
  bitmap ??= blankLabel(compiled.widthDots, compiled.heightDots, doc.label.orientation);
  return { ok: true, bytes: encodePreviewPng(bitmap), contentType: 'image/png', extension: 'png' };
}

function blankLabel(widthDots: number, heightDots: number, orientation: number): Bitmap1 {
  const turned = orientation === 90 || orientation === 270;
  return createBitmap(Math.max(1, turned ? heightDots : widthDots), Math.max(1, turned ? widthDots : heightDots));
}

function underDocument(issues: readonly Issue[]): Issue[] {
  return issues.map((i) => ({ ...i, path: i.path ? (i.path.startsWith('[') ? `document${i.path}` : `document.${i.path}`) : 'document' }));
}
