import { describe, expect, it } from 'vitest';
import { countInk, createBitmap, getPixel, hashBitmap, toAscii } from '../bitmap/bitmap1';
import { validateDocument } from '../document/validate-document';
import { renderLabel } from '../render/compile-label';
import type { Issue } from '../errors/issue';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import type { ElementContext } from './element-kind';
import { tableElement } from './table-element';

function context(warnings: Issue[] = []): ElementContext {
  return { dpi: 203, fonts: loadBundledFonts(), path: 'elements[0]', warn: (i) => warnings.push(i) };
}
const parse = (fields: Record<string, unknown>) =>
  tableElement.schema.parse({ type: 'table', xMm: 0, yMm: 0, widthMm: 40, heightMm: 20, rows: [['a']], ...fields });

/** The bitmap with the interior of each cell blanked: what is left is the grid. */
function onlyGrid(bmp: ReturnType<typeof createBitmap>, xs: number[], ys: number[]) {
  const out = createBitmap(bmp.width, bmp.height);
  for (let y = 0; y < bmp.height; y++) for (let x = 0; x < bmp.width; x++) {
    if (getPixel(bmp, x, y) && (xs.some((g) => x >= g && x < g + 2) || ys.some((g) => y >= g && y < g + 2))) out.data[y * out.stride + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  return out;
}

describe('table element', () => {
  it('fills in defaults', () => {
    expect(parse({})).toMatchObject({ borderMm: 0.25, cellPaddingMm: 0.5, fontFamily: 'DejaVu Sans', fontSizePt: 10, verticalAlign: 'middle' });
  });

  it('fills {{variables}} in cells, and names a missing one by its cell', () => {
    const doc = validateDocument({ schemaVersion: 2, label: { widthMm: 40, heightMm: 20 }, elements: [{ type: 'table', xMm: 0, yMm: 0, widthMm: 40, heightMm: 20, rows: [['Lot', '{{lot}}'], ['Qty', '{{qty}}']] }] });
    if (!doc.ok) throw new Error(JSON.stringify(doc.issues));
    const fonts = loadBundledFonts();
    const filled = renderLabel(doc.value, { fonts }, { row: { lot: 'L-1', qty: '12' } });
    const other = renderLabel(doc.value, { fonts }, { row: { lot: 'L-2', qty: '12' } });
    expect(filled.ok && other.ok && hashBitmap(filled.value.bitmap) !== hashBitmap(other.value.bitmap)).toBe(true);
    const missing = renderLabel(doc.value, { fonts }, { row: { lot: 'L-1' } });
    expect(missing.ok ? [] : missing.issues.map((i) => `${i.code} ${i.path}`)).toEqual(['INKLESS_VAR_MISSING elements[0].rows']);
  });

  it('draws the grid with equal rows and weighted columns', () => {
    // 0.25 mm at 203 dpi is 2 dots; 2 columns weighted 3:1 over 40 dots, 2 rows over 20 dots.
    const el = parse({ rows: [['', ''], ['', '']], columnWidths: [3, 1], borderMm: 0.25 });
    const bmp = tableElement.render(el, { widthDots: 40, heightDots: 20 }, context());
    const rows = toAscii(bmp).split('\n');
    expect(rows[0]).toBe('#'.repeat(40));
    expect(rows[9]).toBe('#'.repeat(40)); // middle line at round(20-2)/2 = 9
    expect(rows[19]).toBe('#'.repeat(40));
    // The column line starts at round(38 * 3 / 4) = 29.
    expect(rows[5]).toBe('##' + '.'.repeat(27) + '##' + '.'.repeat(7) + '##');
  });

  it('puts each cell text inside its cell and clips it there', () => {
    const el = parse({ rows: [['Energy', '250 kJ'], ['Fat', 'WWWWWWWWWWWWWWWW']], fontSizePt: 8, borderMm: 0.25 });
    const warnings: Issue[] = [];
    const bmp = tableElement.render(el, { widthDots: 200, heightDots: 100 }, context(warnings));
    // Text never touches the grid lines: the long cell is clipped inside its own cell.
    const grid = onlyGrid(bmp, [0, 99, 198], [0, 49, 98]);
    expect(countInk(grid)).toBe(countInk(onlyGrid(tableElement.render(parse({ rows: [['', ''], ['', '']], borderMm: 0.25 }), { widthDots: 200, heightDots: 100 }, context()), [0, 99, 198], [0, 49, 98])));
    expect(countInk(bmp)).toBeGreaterThan(countInk(grid));
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['INKLESS_RENDER_CLIPPED', 'elements[0].rows[1][1]']]);
  });

  it('checks columnWidths against the column count and the font family', () => {
    const box = { widthDots: 100, heightDots: 40 };
    const issues = tableElement.check!(parse({ rows: [['a', 'b']], columnWidths: [1], fontFamily: 'Nope' }), box, context());
    expect(issues.map((i) => i.path).sort()).toEqual(['elements[0].columnWidths', 'elements[0].fontFamily']);
  });
});
