import {
  blit, createBitmap, CURRENT_SCHEMA_VERSION, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, mmToDots, renderLabel, rotateBitmap,
  type Bitmap1, type Issue, type LabelElement, type LabelSetup, type RenderEnv,
} from '@inkless/label';
import type { ZplElement, ZplPlacedGraphic } from './zpl-geometry';
import { contentElement } from './zpl-graphics';

export interface ZplRender {
  readonly bitmap: Bitmap1;
  /** Elements the engine refused (index in the document and why); they are left out of the label. */
  readonly refused: readonly { index: number; issue: Issue }[];
}

/** Element index named by an issue path such as `elements[3].data`. */
function elementIndex(path: string): number | undefined {
  const m = /^elements\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/**
 * Renders elements with the label engine, leaving out any it refuses (each reported once); one
 * render when nothing failed.
 */
function renderLayer(label: LabelSetup, elements: readonly LabelElement[], env: RenderEnv, refused: { index: number; issue: Issue }[], indexes: readonly number[]): Bitmap1 {
  const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, label: { ...label, orientation: 0 as const }, variables: {}, elements: [] };
  let kept = [...elements.keys()];
  for (let attempt = 0; attempt < 4; attempt++) {
    const r = renderLabel({ ...doc, elements: kept.map((i) => elements[i]!) }, env);
    if (r.ok) return r.value.bitmap;
    const bad = new Set<number>();
    for (const issue of r.issues) {
      const at = elementIndex(issue.path);
      if (at === undefined || bad.has(kept[at]!)) continue;
      bad.add(kept[at]!);
      refused.push({ index: indexes[kept[at]!]!, issue });
    }
    if (bad.size === 0) break;
    kept = kept.filter((i) => !bad.has(i));
  }
  const r = renderLabel(doc, env);
  return r.ok ? r.value.bitmap : createBitmap(1, 1);
}

/**
 * A graphic goes on the label dot for dot, as its image element would draw it, unless the host
 * asked for every element to be drawn by the engine (`drawOnLabel: false`, how tests compare the
 * two ways) or the graphic is over the engine's image limits (the engine then refuses it, as it
 * refuses any image that large).
 */
function blitsDirectly(field: ZplElement, env: RenderEnv): field is ZplElement & { graphic: ZplPlacedGraphic } {
  if (!('graphic' in field) || env.drawOnLabel === false) return false;
  const { width, height } = field.graphic.bitmap;
  return width <= MAX_IMAGE_SIDE && height <= MAX_IMAGE_SIDE && width * height <= MAX_IMAGE_PIXELS;
}

/** One layer (before orientation): the engine draws the elements, then the graphics add their dots. */
function drawLayer(label: LabelSetup, fields: readonly ZplElement[], indexes: readonly number[], env: RenderEnv, refused: { index: number; issue: Issue }[]): Bitmap1 {
  const drawn = indexes.filter((i) => !blitsDirectly(fields[i]!, env));
  const layer = drawn.length > 0
    ? renderLayer(label, drawn.map((i) => contentElement(fields[i]!, label.dpi)), env, refused, drawn)
    : createBitmap(mmToDots(label.widthMm, label.dpi), mmToDots(label.heightMm, label.dpi));
  for (const i of indexes) {
    const field = fields[i]!;
    if (blitsDirectly(field, env)) blit(layer, field.graphic.bitmap, field.graphic.xDots, field.graphic.yDots);
  }
  return layer;
}

/** Four bytes at a time where both arrays start on a 4-byte boundary (they do: each is its own buffer). */
function combine(into: Bitmap1, layer: Bitmap1, mode: 'or' | 'xor'): void {
  const n = Math.min(into.data.length, layer.data.length);
  const a = into.data;
  const b = layer.data;
  let i = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const words = n >> 2;
    const a32 = new Uint32Array(a.buffer, a.byteOffset, words);
    const b32 = new Uint32Array(b.buffer, b.byteOffset, words);
    if (mode === 'or') for (let w = 0; w < words; w++) a32[w]! |= b32[w]!;
    else for (let w = 0; w < words; w++) a32[w]! ^= b32[w]!;
    i = words << 2;
  }
  if (mode === 'or') for (; i < n; i++) a[i]! |= b[i]!;
  else for (; i < n; i++) a[i]! ^= b[i]!;
}

/**
 * The label as a Zebra prints it: the document's own render (graphics put on dot for dot, without
 * their PNG), except that ^FR fields reverse the dots under them (drawn in order, each reverse
 * field XORed onto what came before).
 */
export function renderZplLabel(label: LabelSetup, fields: readonly ZplElement[], env: RenderEnv): ZplRender {
  const refused: { index: number; issue: Issue }[] = [];
  let acc: Bitmap1 | undefined;
  let group: number[] = [];
  const flush = (mode: 'or' | 'xor'): void => {
    if (group.length === 0 && acc) return;
    const layer = drawLayer(label, fields, group, env, refused);
    if (!acc) acc = layer;
    else combine(acc, layer, mode);
    group = [];
  };
  for (let i = 0; i < fields.length; i++) {
    if (!fields[i]!.reverse) {
      group.push(i);
      continue;
    }
    flush('or');
    group = [i];
    flush('xor');
  }
  flush('or');
  return { bitmap: rotateBitmap(acc!, label.orientation), refused };
}
