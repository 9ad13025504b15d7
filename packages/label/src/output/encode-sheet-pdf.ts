import type { Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';
import { checkSheetLayout, listSheetCells } from '../stock/sheet-layout';
import type { SheetLayout } from '../stock/label-stock-types';
import { deflateBytes } from './deflate';
import { assertNonEmptyBitmap } from './assert-output';
import { PDF_INFO } from './encode-pdf';
import { formatNumber } from './format-number';
import { describeImageMask, drawLabel, type PdfLabelMode } from './pdf-label-drawing';
import { formatMediaBox, mmToPt, placeDotSpace } from './pdf-geometry';
import { asciiBytes, PdfWriter } from './pdf-writer';

export interface SheetPdfOptions {
  readonly mode?: PdfLabelMode;
  /** Cells already used on the first sheet (a partly used sheet goes back into the printer). */
  readonly skipCells?: number;
  /** Thin grey label outlines, for a test print on plain paper held against the sheet. */
  readonly outlines?: boolean;
}

/**
 * Lays labels out on office sheets (A4/Letter, e.g. Avery L7160 or 5160) as a PDF for a normal
 * printer, filling cells row by row. Each distinct bitmap is drawn once as a Form XObject and
 * placed in every cell that shows it, so a sheet of 65 copies costs one drawing.
 *
 * @example
 * const pdf = encodeSheetPdf(Array(30).fill(bitmap), findStock('avery-5160')!.sheet!);
 */
export function encodeSheetPdf(labels: readonly Bitmap1[], sheet: SheetLayout, options: SheetPdfOptions = {}): Uint8Array {
  const issues = checkSheetLayout(sheet);
  if (issues.length > 0) throw InklessError.fromIssues(issues);
  if (labels.length === 0) throw new InklessError('INKLESS_OUTPUT_EMPTY', 'a sheet PDF needs at least one label', { path: 'labels' });
  labels.forEach((bmp, i) => assertNonEmptyBitmap(bmp, `labels[${i}]`));
  const skip = options.skipCells ?? 0;
  const cells = listSheetCells(sheet);
  if (!Number.isInteger(skip) || skip < 0 || skip >= cells.length) {
    throw new InklessError('INKLESS_OUTPUT_BAD_OPTION', `skipCells must be a whole number from 0 to ${cells.length - 1}, got ${skip}`, { path: 'skipCells' });
  }
  const mode = options.mode ?? 'auto';
  const pdf = new PdfWriter();
  const catalogRef = pdf.reserve();
  const pagesRef = pdf.reserve();
  const forms = new Map<Bitmap1, { name: string; ref: number }>();
  const formFor = (bmp: Bitmap1): { name: string; ref: number } => {
    const known = forms.get(bmp);
    if (known) return known;
    const drawing = drawLabel(bmp, mode, 'Im0');
    let resources = '<< >>';
    if (drawing.maskData) resources = `<< /XObject << /Im0 ${pdf.addStream(describeImageMask(bmp), drawing.maskData)} 0 R >> >>`;
    const ref = pdf.addStream(
      `/Type /XObject /Subtype /Form /BBox [0 0 ${bmp.width} ${bmp.height}] /Resources ${resources} /Filter /FlateDecode`,
      deflateBytes(asciiBytes(drawing.ops)),
    );
    const form = { name: `L${forms.size}`, ref };
    forms.set(bmp, form);
    return form;
  };
  const pageRefs: number[] = [];
  const perPage = cells.length;
  for (let first = 0; first < labels.length; ) {
    const startCell = pageRefs.length === 0 ? skip : 0;
    const count = Math.min(perPage - startCell, labels.length - first);
    const used = new Map<string, number>();
    const lines: string[] = [];
    for (let k = 0; k < count; k++) {
      const bmp = labels[first + k]!;
      const cell = cells[startCell + k]!;
      const form = formFor(bmp);
      used.set(form.name, form.ref);
      const box = { xMm: cell.xMm, yMm: cell.yMm, widthMm: sheet.labelWidthMm, heightMm: sheet.labelHeightMm };
      lines.push(`q ${placeDotSpace(bmp.width, bmp.height, box, sheet.pageHeightMm)} /${form.name} Do Q`);
    }
    if (options.outlines) lines.push(...drawOutlines(sheet));
    const xobjects = [...used].map(([name, ref]) => `/${name} ${ref} 0 R`).join(' ');
    const contentRef = pdf.addStream('/Filter /FlateDecode', deflateBytes(asciiBytes(`${lines.join('\n')}\n`)));
    pageRefs.push(pdf.addObject(
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox ${formatMediaBox(sheet.pageWidthMm, sheet.pageHeightMm)} /Resources << /XObject << ${xobjects} >> >> /Contents ${contentRef} 0 R >>`,
    ));
    first += count;
  }
  pdf.setObject(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);
  pdf.setObject(catalogRef, `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);
  return pdf.finish(catalogRef, pdf.addObject(PDF_INFO));
}

/** Hairline outlines of every cell (0.25 pt, mid grey), drawn in page space. */
function drawOutlines(sheet: SheetLayout): string[] {
  const w = formatNumber(mmToPt(sheet.labelWidthMm));
  const h = formatNumber(mmToPt(sheet.labelHeightMm));
  const lines = ['q 0.6 G 0.25 w'];
  for (const cell of listSheetCells(sheet)) {
    lines.push(`${formatNumber(mmToPt(cell.xMm))} ${formatNumber(mmToPt(sheet.pageHeightMm - cell.yMm - sheet.labelHeightMm))} ${w} ${h} re S`);
  }
  lines.push('Q');
  return lines;
}
