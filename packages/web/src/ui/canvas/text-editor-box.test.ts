import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../editor/testing/make-document';
import { placeTextEditor } from './text-editor-box';

const textAt = (extra: object) => makeDocument([{ type: 'text', xMm: 10, yMm: 5, widthMm: 40, heightMm: 10, text: 'Best price', fontSizePt: 12, ...extra }]).elements[0]!;

describe('where the canvas text editor sits', () => {
  // 203 dpi at zoom 1: 8 px per mm (203 / 25.4 = 7.99...), the label's corner at (100, 50).
  const viewport = { zoom: 1, panXPx: 100, panYPx: 50 };

  it('covers the element\'s box through the viewport, with the font at the size the engine draws it', () => {
    const box = placeTextEditor(textAt({ align: 'center', bold: true }), viewport, 203);
    const pxPerMm = 203 / 25.4;
    expect(box.centreXPx).toBeCloseTo(100 + 30 * pxPerMm, 6);
    expect(box.centreYPx).toBeCloseTo(50 + 10 * pxPerMm, 6);
    expect(box.widthPx).toBeCloseTo(40 * pxPerMm, 6);
    expect(box.heightPx).toBeCloseTo(10 * pxPerMm, 6);
    expect(box.fontSizePx).toBeCloseTo((12 * 203) / 72, 6);
    expect(box).toMatchObject({ rotationDeg: 0, textAlign: 'center', fontWeight: 'bold', fontStyle: 'normal', wrap: true, lineHeight: 1.2 });
  });

  it('turns with a rotated element: the text\'s own box is the element\'s box on its side', () => {
    const box = placeTextEditor(textAt({ rotation: 90 }), { ...viewport, zoom: 2 }, 203);
    const pxPerMm = (2 * 203) / 25.4;
    expect(box.rotationDeg).toBe(90);
    expect(box.widthPx).toBeCloseTo(10 * pxPerMm, 6);
    expect(box.heightPx).toBeCloseTo(40 * pxPerMm, 6);
    expect(box.fontSizePx).toBeCloseTo((2 * 12 * 203) / 72, 6);
  });
});
