import { z } from 'zod';
import { blit, createBitmap, fillRect, type Bitmap1 } from '../bitmap/bitmap1';
import type { Issue } from '../errors/issue';
import { checkFontFamily, fontFieldsShape, type FontFields } from '../text/font-fields';
import { renderTextBlock } from '../text/text-block';
import { mmToDots, ptToDots } from '../units';
import { elementBaseShape, type ElementBase } from './element-base';
import { defineElementKind, type BoxDots, type ElementContext } from './element-kind';

/** Table size limits: a label table is a handful of rows, not a spreadsheet. */
export const MAX_TABLE_ROWS = 100;
export const MAX_TABLE_COLUMNS = 20;

export interface TableElement extends ElementBase, FontFields {
  readonly type: 'table';
  readonly rows: readonly (readonly string[])[];
  readonly columnWidths?: readonly number[];
  readonly borderMm: number;
  readonly cellPaddingMm: number;
  readonly align: 'left' | 'center' | 'right';
  readonly verticalAlign: 'top' | 'middle' | 'bottom';
  readonly shrinkToFit: boolean;
}

/**
 * A grid of text cells (nutrition facts, spec sheets): equal row heights, column widths as
 * fractions, each cell's text clipped to its cell. Cells may hold {{variables}}, like text.
 */
export const tableElement = defineElementKind<TableElement>({
  type: 'table',
  schema: z.strictObject({
    type: z.literal('table'),
    ...elementBaseShape,
    rows: z.array(z.array(z.string().max(1000)).min(1).max(MAX_TABLE_COLUMNS), { error: 'rows must be a list of rows, each a list of cell texts' })
      .min(1, 'a table needs at least one row').max(MAX_TABLE_ROWS, `a table has at most ${MAX_TABLE_ROWS} rows`),
    /** Relative widths, one per column (e.g. [2, 1] = two thirds and one third); equal when absent. */
    columnWidths: z.array(z.number().finite().gt(0)).min(1).max(MAX_TABLE_COLUMNS).optional(),
    /** Grid line thickness; at least one dot when above 0. */
    borderMm: z.number().finite().min(0).max(10).default(0.25),
    cellPaddingMm: z.number().finite().min(0).max(20).default(0.5),
    ...fontFieldsShape,
    align: z.enum(['left', 'center', 'right']).default('left'),
    verticalAlign: z.enum(['top', 'middle', 'bottom']).default('middle'),
    shrinkToFit: z.boolean().default(false),
  }),
  templatedFields: ['rows'],
  check(el, _box, ctx) {
    const issues: Issue[] = checkFontFamily(ctx.fonts, el.fontFamily, ctx.path);
    const columns = countColumns(el);
    if (el.columnWidths && el.columnWidths.length !== columns) {
      issues.push({ code: 'INKLESS_DOC_INVALID', path: `${ctx.path}.columnWidths`, message: `columnWidths has ${el.columnWidths.length} entries but the table has ${columns} columns; give one width per column` });
    }
    return issues;
  },
  render(el, box, ctx) {
    return renderTable(el, box, ctx);
  },
});

function countColumns(el: TableElement): number {
  return el.rows.reduce((n, row) => Math.max(n, row.length), 0);
}

/** Where the grid lines start, in dots: edges[k] is the left (top) dot of line k; the last line ends at the box edge. */
function gridEdges(total: number, border: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const span = total - border;
  const edges = [0];
  let acc = 0;
  for (const w of weights) {
    acc += w;
    edges.push(Math.round((acc / sum) * span));
  }
  return edges;
}

function renderTable(el: TableElement, box: BoxDots, ctx: ElementContext): Bitmap1 {
  const { widthDots: w, heightDots: h } = box;
  const bmp = createBitmap(w, h);
  const columns = countColumns(el);
  const border = el.borderMm > 0 ? Math.max(1, mmToDots(el.borderMm, ctx.dpi)) : 0;
  const pad = mmToDots(el.cellPaddingMm, ctx.dpi);
  const weights = el.columnWidths && el.columnWidths.length === columns ? el.columnWidths : new Array<number>(columns).fill(1);
  const xs = gridEdges(w, border, weights);
  const ys = gridEdges(h, border, new Array<number>(el.rows.length).fill(1));
  if (border > 0) {
    for (const x of xs) fillRect(bmp, x, 0, border, h);
    for (const y of ys) fillRect(bmp, 0, y, w, border);
  }
  const sizeDots = ptToDots(el.fontSizePt, ctx.dpi);
  const clipped: string[] = [];
  el.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      const x0 = xs[c]! + border + pad;
      const y0 = ys[r]! + border + pad;
      const cw = xs[c + 1]! - pad - x0;
      const ch = ys[r + 1]! - pad - y0;
      if (cw <= 0 || ch <= 0 || text.length === 0) return;
      const cell = renderTextBlock(ctx.fonts, {
        text, family: el.fontFamily, sizeDots, bold: el.bold, italic: el.italic,
        align: el.align, valign: el.verticalAlign, wrap: true, shrinkToFit: el.shrinkToFit,
        widthDots: cw, heightDots: ch,
      });
      blit(bmp, cell.bitmap, x0, y0);
      if (cell.overflow) clipped.push(`rows[${r}][${c}]`);
    });
  });
  if (clipped.length > 0) {
    const more = clipped.length > 1 ? ` (and ${clipped.length - 1} more cells)` : '';
    ctx.warn({ code: 'INKLESS_RENDER_CLIPPED', path: `${ctx.path}.${clipped[0]}`, message: `the cell text does not fit its cell and was clipped${more}; make the table larger, the font smaller or turn on shrinkToFit` });
  }
  return bmp;
}
