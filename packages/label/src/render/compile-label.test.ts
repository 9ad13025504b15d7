import { describe, expect, it } from 'vitest';
import { countInk, getPixel, hashBitmap, toAscii } from '../bitmap/bitmap1';
import { validateDocument } from '../document/validate-document';
import type { LabelDocument } from '../document/label-document';
import { FontSet } from '../text/font-set';
import { compileLabel, renderLabel } from './compile-label';

// 25.4 dpi is not a printer resolution, but 1 mm = 1 dot keeps the art readable; tests build the
// validated document and then override the dpi.
function makeDoc(label: object, elements: object[], variables: object = {}): LabelDocument {
  const r = validateDocument({ schemaVersion: 2, label: { widthMm: 8, heightMm: 6, ...label }, elements, variables });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { ...r.value, label: { ...r.value.label, dpi: 25.4 as 203 } };
}

const env = { fonts: new FontSet() };
const art = (doc: LabelDocument) => {
  const r = renderLabel(doc, env);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return toAscii(r.value.bitmap);
};

describe('renderLabel', () => {
  it('places elements at their mm position', () => {
    expect(art(makeDoc({}, [{ type: 'rect', xMm: 2, yMm: 1, widthMm: 3, heightMm: 2, fill: true }]))).toBe(
      ['........', '..###...', '..###...', '........', '........', '........'].join('\n'),
    );
  });

  it('knocks inverse elements out of a solid box, hiding what is under them', () => {
    const doc = makeDoc({}, [
      { type: 'rect', xMm: 0, yMm: 0, widthMm: 8, heightMm: 6, fill: true },
      { type: 'rect', xMm: 1, yMm: 1, widthMm: 4, heightMm: 4, strokeMm: 1, inverse: true },
    ]);
    expect(art(doc)).toBe(['########', '#....###', '#.##.###', '#.##.###', '#....###', '########'].join('\n'));
  });

  it('rotates element content inside its box', () => {
    const line = { type: 'line', xMm: 0, yMm: 0, widthMm: 6, heightMm: 6, thicknessMm: 1 };
    expect(art(makeDoc({ widthMm: 6 }, [line]))).toBe(['......', '......', '######', '......', '......', '......'].join('\n'));
    expect(art(makeDoc({ widthMm: 6 }, [{ ...line, rotation: 90 }]))).toBe(['...#..', '...#..', '...#..', '...#..', '...#..', '...#..'].join('\n'));
  });

  it('cuts ink off in the margins', () => {
    const doc = makeDoc({ marginsMm: { top: 1, left: 2 } }, [{ type: 'rect', xMm: 0, yMm: 0, widthMm: 8, heightMm: 6, fill: true }]);
    expect(art(doc)).toBe(['........', '..######', '..######', '..######', '..######', '..######'].join('\n'));
  });

  it('turns the whole label for the orientation', () => {
    const doc = makeDoc({ orientation: 90 }, [{ type: 'rect', xMm: 0, yMm: 0, widthMm: 2, heightMm: 1, fill: true }]);
    const r = renderLabel(doc, env);
    expect(r.ok && [r.value.bitmap.width, r.value.bitmap.height]).toEqual([6, 8]);
    expect(r.ok && getPixel(r.value.bitmap, 5, 0) && getPixel(r.value.bitmap, 5, 1) && !getPixel(r.value.bitmap, 4, 0)).toBe(true);
  });

  it('clips elements that hang over the label edge', () => {
    const doc = makeDoc({}, [{ type: 'rect', xMm: 6, yMm: -2, widthMm: 10, heightMm: 4, fill: true }]);
    const r = renderLabel(doc, env);
    expect(r.ok && countInk(r.value.bitmap)).toBe(2 * 2);
  });

  it('gives the same bits when a compiled label renders again', () => {
    const compiled = compileLabel(makeDoc({}, [{ type: 'ellipse', xMm: 0, yMm: 0, widthMm: 8, heightMm: 6 }, { type: 'line', xMm: 0, yMm: 0, widthMm: 8, heightMm: 6, direction: 'up' }]), env);
    const a = compiled.render();
    const b = compiled.render();
    expect(a.ok && b.ok && hashBitmap(a.value.bitmap) === hashBitmap(b.value.bitmap)).toBe(true);
    expect(a.ok && a.value.bitmap).not.toBe(b.ok && b.value.bitmap);
  });

  it('draws in the same bitmap again when asked to reuse it, wiped of the label before', () => {
    const doc = makeDoc({}, [
      { type: 'rect', xMm: 0, yMm: 0, widthMm: 8, heightMm: 1, fill: true },
      { type: 'rect', xMm: 0, yMm: 2, widthMm: 8, heightMm: 3, fill: true, inverse: true },
    ]);
    const bits = (r: ReturnType<typeof renderLabel>) => (r.ok ? toAscii(r.value.bitmap) : JSON.stringify(r.issues));
    const full = compileLabel(doc, env);
    const empty = compileLabel(makeDoc({}, []), env);
    const first = full.render({}, { reuseBitmap: true });
    expect(bits(first)).toBe(['########', '........', '........', '........', '........', '........'].join('\n'));
    if (first.ok) first.value.bitmap.data.fill(0xff); // what a caller may do with a bitmap it owns until the next render
    const again = full.render({}, { reuseBitmap: true });
    expect(again.ok && first.ok && again.value.bitmap).toBe(first.ok && first.value.bitmap);
    expect(bits(again)).toBe(bits(full.render()));
    // No static layer to copy in: the reused bitmap is cleared.
    const e1 = empty.render({}, { reuseBitmap: true });
    if (e1.ok) e1.value.bitmap.data.fill(0xff);
    expect(bits(empty.render({}, { reuseBitmap: true }))).toBe(bits(empty.render()));
  });

  it('reports a serial that outgrows its digits at the field using it, on the label it happens, when rendering and in the preflight', () => {
    const qr = { type: 'barcode', symbology: 'qrcode', data: 'BOX-{{box}}', xMm: 0, yMm: 0, widthMm: 40, heightMm: 40 };
    const compiled = compileLabel(makeDoc({ widthMm: 40, heightMm: 40 }, [qr], { box: { kind: 'serial', start: 998, padTo: 3 } }), env);
    expect(compiled.render({ labelIndex: 1 }).ok).toBe(true);
    const expected = [{
      code: 'INKLESS_VAR_SERIAL_OVERFLOW',
      path: 'elements[0].data',
      message: 'serial "box" reaches 1000 on label 3, more than its 3 digits (padTo); raise padTo, or set overflow to "widen" (print every digit) or "wrap" (keep the last 3)',
    }];
    expect(compiled.render({ labelIndex: 2 })).toEqual({ ok: false, issues: expected });
    expect(compiled.check({ labelIndex: 2 })).toEqual(expected);
  });
});
