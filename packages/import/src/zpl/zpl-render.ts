import { createBitmap, renderLabel, rotateBitmap, type Bitmap1, type Issue, type LabelDocument, type LabelElement, type RenderEnv } from '@inkless/label';
import type { ZplElement } from './zpl-geometry';

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
function renderLayer(doc: LabelDocument, elements: readonly LabelElement[], env: RenderEnv, refused: { index: number; issue: Issue }[], indexes: readonly number[]): Bitmap1 {
  let kept = [...elements.keys()];
  for (let attempt = 0; attempt < 4; attempt++) {
    const r = renderLabel({ ...doc, label: { ...doc.label, orientation: 0 }, elements: kept.map((i) => elements[i]!) }, env);
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
  const r = renderLabel({ ...doc, label: { ...doc.label, orientation: 0 }, elements: [] }, env);
  return r.ok ? r.value.bitmap : createBitmap(1, 1);
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
 * The label as a Zebra prints it: the document's own render, except that ^FR fields reverse the
 * dots under them (drawn in order, each reverse field XORed onto what came before).
 */
export function renderZplLabel(doc: LabelDocument, fields: readonly ZplElement[], env: RenderEnv): ZplRender {
  const refused: { index: number; issue: Issue }[] = [];
  let acc: Bitmap1 | undefined;
  let group: number[] = [];
  const flush = (mode: 'or' | 'xor'): void => {
    if (group.length === 0 && acc) return;
    const layer = renderLayer(doc, group.map((i) => fields[i]!.element), env, refused, group);
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
  return { bitmap: rotateBitmap(acc!, doc.label.orientation), refused };
}
