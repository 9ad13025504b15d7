import { blit, createBitmap, fillRect, mmToDots, type Bitmap1, type Issue, type LabelDocument, type LabelElement, type LabelInstance, type RenderEnv } from '@inkless/label';
import { drawElementAlone, isDynamicElement, moveIssueToIndex, placeInDots, type DotBox, type DrawnElement } from './preview-element';

/** A preview of the label for the canvas, with what went wrong and how much work it took. */
export interface PreviewResult {
  /**
   * The label as designed (before `label.orientation`), margins blanked: what the canvas shows
   * under the editor's mm coordinates. `rotateBitmap(bitmap, orientation)` is what prints.
   */
  readonly bitmap: Bitmap1;
  readonly warnings: readonly Issue[];
  /** Elements that could not be drawn (left blank here; printing would refuse the label). */
  readonly issues: readonly Issue[];
  /** Data columns the label uses (`{{names}}` that are not document variables). */
  readonly fieldNames: readonly string[];
  /** Elements drawn by this render, and elements taken from the cache: a pure move draws none. */
  readonly drawnCount: number;
  readonly reusedCount: number;
}

export interface Preview {
  render(doc: LabelDocument, instance?: LabelInstance): PreviewResult;
}

export interface PreviewOptions {
  /**
   * The clock for date variables when the instance gives none. The default ticks once a minute,
   * so elements showing a date stay cached while the user drags things around.
   */
  readonly nowMs?: () => number;
}

/** Cache entries not used by this many consecutive renders are dropped. */
const KEEP_UNUSED_RENDERS = 8;

/** Strings longer than this (image data URIs) go into cache keys as a short number. */
const LONG_STRING_CHARS = 256;

/**
 * Renders documents for the canvas with the engine's own rasterizer, element by element, keeping
 * each element's bitmap keyed by its content and its size in dots. A drag changes positions only,
 * so it redraws nothing; editing one element redraws that one.
 *
 * @example
 * const preview = createPreview({ fonts });
 * const { bitmap, issues } = preview.render(editor.store.getState().doc, { row });
 */
export function createPreview(env: RenderEnv, options: PreviewOptions = {}): Preview {
  const clock = options.nowMs ?? (() => Math.floor(Date.now() / 60_000) * 60_000);
  const cache = new Map<string, { drawn: DrawnElement; lastUsed: number }>();
  // Numbers are never reused, so a forgotten string cannot alias a cached element.
  const longStrings = new Map<string, number>();
  let nextLongString = 0;
  let generation = 0;

  /** The element's content: every field but its place and names, long strings by number. */
  function contentKey(el: LabelElement): string {
    const fields = Object.entries(el).filter(([k]) => !PLACE_FIELDS.has(k));
    return JSON.stringify(fields, (_k, v: unknown) => {
      if (typeof v !== 'string' || v.length <= LONG_STRING_CHARS) return v;
      if (!longStrings.has(v)) longStrings.set(v, nextLongString++);
      return `#long${longStrings.get(v)!}`;
    });
  }

  return {
    render(doc, instance = {}) {
      generation++;
      const fixed: LabelInstance = { ...instance, nowMs: instance.nowMs ?? clock() };
      const dataKey = JSON.stringify([doc.variables, fixed]);
      const dpi = doc.label.dpi;
      const label = createBitmap(mmToDots(doc.label.widthMm, dpi), mmToDots(doc.label.heightMm, dpi));
      const issues: Issue[] = [];
      const warnings: Issue[] = [];
      const fieldNames = new Set<string>();
      let drawnCount = 0;
      doc.elements.forEach((el, index) => {
        const box = placeInDots(el, dpi);
        const key = [box.widthDots, box.heightDots, dpi, contentKey(el), isDynamicElement(el) ? dataKey : ''].join('|');
        let entry = cache.get(key);
        if (!entry) {
          entry = { drawn: drawElementAlone(doc, el, box, env, fixed), lastUsed: generation };
          cache.set(key, entry);
          drawnCount++;
        }
        entry.lastUsed = generation;
        for (const name of entry.drawn.fieldNames) fieldNames.add(name);
        if (entry.drawn.ok) {
          warnings.push(...entry.drawn.warnings.map((w) => moveIssueToIndex(w, index)));
          compose(label, entry.drawn.bitmap, el, box);
        } else issues.push(...entry.drawn.issues.map((i) => moveIssueToIndex(i, index)));
      });
      evict(cache, generation);
      if (longStrings.size > 64) longStrings.clear();
      blankMargins(label, doc);
      return { bitmap: label, warnings, issues, fieldNames: [...fieldNames], drawnCount, reusedCount: doc.elements.length - drawnCount };
    },
  };
}

/** Place and names do not change how an element looks. */
const PLACE_FIELDS = new Set(['xMm', 'yMm', 'widthMm', 'heightMm', 'id', 'name']);

/** As the engine composes: an inverse element is an opaque box, anything else adds ink. */
function compose(label: Bitmap1, finished: Bitmap1, el: LabelElement, box: DotBox): void {
  blit(label, finished, box.xDots, box.yDots, el.inverse ? 'replace' : 'or');
}

/** As the engine does: ink in the margins is cut off. */
function blankMargins(label: Bitmap1, doc: LabelDocument): void {
  const m = doc.label.marginsMm;
  const dpi = doc.label.dpi;
  const [top, right, bottom, left] = [m.top, m.right, m.bottom, m.left].map((mm) => mmToDots(mm, dpi)) as [number, number, number, number];
  if (top) fillRect(label, 0, 0, label.width, top, false);
  if (bottom) fillRect(label, 0, label.height - bottom, label.width, bottom, false);
  if (left) fillRect(label, 0, 0, left, label.height, false);
  if (right) fillRect(label, label.width - right, 0, right, label.height, false);
}

function evict(cache: Map<string, { lastUsed: number }>, generation: number): void {
  for (const [key, entry] of cache) if (generation - entry.lastUsed >= KEEP_UNUSED_RENDERS) cache.delete(key);
}
