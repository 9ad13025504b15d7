// Carrier-style pages made without a PDF: an Inkless shipping label rendered at a high dpi and pasted
// (as grey) onto a Letter or A4 page, upright or turned 90 degrees, one, two or four to a page, with a
// faint page border, specks of dust and a dashed cut line when asked. Other tests may reuse it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FontSet, registerBundledFonts, renderLabel, validateDocument, type Bitmap1, type LabelDocument } from '@inkless/label';
import type { GreyImage, PageRegion } from '../../src/index';

export type Paper = 'letter' | 'a4';

export interface SyntheticPageOptions {
  readonly paper?: Paper;
  /** Page pixels per inch; the label is rendered at this dpi too (203, 300 or 600). */
  readonly dpi?: 300 | 600;
  /** 1: top half (turned) or top-left (upright); 2: top and bottom halves; 4: quarters. */
  readonly labels?: 1 | 2 | 4;
  /** Turned 90 degrees counter-clockwise on the page (a landscape label): a 90 degree clockwise turn brings it back. */
  readonly turned?: boolean;
  readonly faintBorder?: boolean;
  readonly specks?: boolean;
  /** A dashed line across the page between the labels (halves: across the middle; quarters: both ways). */
  readonly cutLine?: boolean;
  /** The 2D symbol on each label. */
  readonly matrix?: 'qrcode' | 'pdf417';
  /** A few lines of instructions in the bottom half, as carriers print under a single label. */
  readonly instructions?: boolean;
  /** Code 128 module in label dots (default: the nearest to 0.33 mm). */
  readonly moduleDots?: number;
}

export interface SyntheticLabel {
  /** Where the label's paper lies on the page (page pixels). */
  readonly region: Omit<PageRegion, 'found'>;
  /** The barcodes on it: format as ZXing names it, and content. */
  readonly barcodes: readonly { format: string; text: string }[];
}

export interface SyntheticPage {
  readonly page: GreyImage;
  readonly dpi: number;
  readonly labels: readonly SyntheticLabel[];
}

const PAPER_MM: Record<Paper, { w: number; h: number }> = { letter: { w: 215.9, h: 279.4 }, a4: { w: 210, h: 297 } };

/** A shipping label (upright, portrait) of the given size, with its tracking and 2D content. */
export function shippingLabelDocument(widthMm: number, heightMm: number, dpi: number, tracking: string, matrixData: string, matrix: 'qrcode' | 'pdf417', moduleDots?: number): LabelDocument {
  const w = widthMm;
  const h = heightMm;
  const module = moduleDots ?? Math.max(1, Math.round((0.33 * dpi) / 25.4));
  const parsed = validateDocument({
    schemaVersion: 2,
    name: 'Synthetic carrier label',
    label: { widthMm: w, heightMm: h, dpi },
    elements: [
      { type: 'rect', xMm: 2, yMm: 2, widthMm: w - 4, heightMm: h - 4, strokeMm: 0.6 },
      { type: 'text', xMm: 5, yMm: 5, widthMm: w - 10, heightMm: 10, text: 'FROM: Inkless Supplies\n12 Quay Side, Hull HU1 1AA', fontSizePt: 8 },
      { type: 'text', xMm: 5, yMm: 17, widthMm: w - 10, heightMm: 8, text: 'SHIP TO: Ada Lovelace', fontSizePt: 14, bold: true },
      { type: 'text', xMm: 5, yMm: 25, widthMm: w - 10, heightMm: 8, text: '1 Analytical Row, London', fontSizePt: 12 },
      { type: 'line', xMm: 2, yMm: 35, widthMm: w - 4, heightMm: 1, thicknessMm: 0.6 },
      { type: 'barcode', xMm: 5, yMm: 39, widthMm: w - 10, heightMm: 30, symbology: 'code128', data: tracking, moduleDots: module },
      { type: 'line', xMm: 2, yMm: 73, widthMm: w - 4, heightMm: 1, thicknessMm: 0.6 },
      matrix === 'qrcode'
        ? { type: 'barcode', xMm: w / 2 - 17, yMm: 77, widthMm: 34, heightMm: 34, symbology: 'qrcode', data: matrixData, moduleDots: Math.max(2, Math.round((0.5 * dpi) / 25.4)) }
        : { type: 'barcode', xMm: 5, yMm: 77, widthMm: w - 10, heightMm: 30, symbology: 'pdf417', data: matrixData, moduleDots: Math.max(2, Math.round((0.33 * dpi) / 25.4)) },
      { type: 'text', xMm: 5, yMm: h - 12, widthMm: w - 10, heightMm: 6, text: 'Scan to track your parcel', fontSizePt: 8, align: 'center' },
    ],
  });
  if (!parsed.ok) throw new Error(`synthetic label is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

let fonts: FontSet | undefined;

/** The bundled fonts, read from their npm packages once. */
function bundledFonts(): FontSet {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  fonts = new FontSet();
  registerBundledFonts(fonts, (face) => ({
    family: face.family,
    bold: face.bold,
    italic: face.italic,
    data: new Uint8Array(readFileSync(join(dirname(require.resolve(`${face.packageName}/package.json`)), face.file))),
  }));
  return fonts;
}

export function renderToBitmap(doc: LabelDocument): Bitmap1 {
  const r = renderLabel(doc, { fonts: bundledFonts() });
  if (!r.ok) throw new Error(`synthetic label did not render: ${JSON.stringify(r.issues)}`);
  return r.value.bitmap;
}

/** Pastes a 1-bit label onto the page as grey (ink 0), turned 90 degrees counter-clockwise when asked. */
function paste(page: GreyImage, bmp: Bitmap1, x: number, y: number, turned: boolean): void {
  for (let sy = 0; sy < bmp.height; sy++) {
    for (let sx = 0; sx < bmp.width; sx++) {
      if (!(bmp.data[sy * bmp.stride + (sx >> 3)]! & (0x80 >> (sx & 7)))) continue;
      // Counter-clockwise: source (sx, sy) goes to (sy, width - 1 - sx).
      const px = turned ? x + sy : x + sx;
      const py = turned ? y + bmp.width - 1 - sx : y + sy;
      page.data[py * page.width + px] = 0;
    }
  }
}

function fillBox(page: GreyImage, x: number, y: number, w: number, h: number, shade: number): void {
  for (let yy = Math.max(0, y); yy < Math.min(page.height, y + h); yy++) page.data.fill(shade, yy * page.width + Math.max(0, x), yy * page.width + Math.min(page.width, x + w));
}

/** Dashes 4 mm long with 3 mm gaps, 0.4 mm thick, across the page. */
function dashedLine(page: GreyImage, dpi: number, at: number, horizontal: boolean): void {
  const mm = dpi / 25.4;
  const thick = Math.max(1, Math.round(0.4 * mm));
  const length = horizontal ? page.width : page.height;
  for (let p = Math.round(3 * mm); p < length - 3 * mm; p += Math.round(7 * mm)) {
    if (horizontal) fillBox(page, p, at, Math.round(4 * mm), thick, 0);
    else fillBox(page, at, p, thick, Math.round(4 * mm), 0);
  }
}

/**
 * Makes a carrier-style page and tells where its labels are and what their barcodes say.
 *
 * @example
 * const { page, dpi, labels } = makeSyntheticPage({ paper: 'letter', labels: 1, turned: true, specks: true });
 */
export function makeSyntheticPage(options: SyntheticPageOptions = {}): SyntheticPage {
  const paper = PAPER_MM[options.paper ?? 'letter'];
  const dpi = options.dpi ?? 300;
  const count = options.labels ?? 1;
  const turned = options.turned ?? count === 2;
  const mm = dpi / 25.4;
  const page: GreyImage = { width: Math.round(paper.w * mm), height: Math.round(paper.h * mm), data: new Uint8Array(Math.round(paper.w * mm) * Math.round(paper.h * mm)).fill(255) };
  // 4x6 in labels, except quarters, which hold 3.5x5 in ones.
  const [lw, lh] = count === 4 ? [88.9, 127] : [101.6, 152.4];
  const cells = count === 4 ? [[0, 0], [1, 0], [0, 1], [1, 1]] : count === 2 ? [[0, 0], [0, 1]] : [[0, 0]];
  const labels: SyntheticLabel[] = [];
  cells.forEach(([cx, cy], i) => {
    const tracking = `1Z999AA1012345678${i}`;
    const matrixData = `INKLESS-${options.paper ?? 'letter'}-${count}-${i}-PARCEL`;
    const bmp = renderToBitmap(shippingLabelDocument(lw, lh, dpi, tracking, matrixData, options.matrix ?? 'qrcode', options.moduleDots));
    const w = turned ? bmp.height : bmp.width;
    const h = turned ? bmp.width : bmp.height;
    const cellW = count === 4 ? page.width / 2 : page.width;
    const cellH = count === 1 && !turned ? page.height : page.height / 2;
    // Upright single labels sit at the top-left margin; all others are centred in their half or quarter.
    const x = count === 1 && !turned ? Math.round(12 * mm) : Math.round(cx! * cellW + (cellW - w) / 2);
    const y = count === 1 && !turned ? Math.round(12 * mm) : Math.round(cy! * cellH + (cellH - h) / 2);
    paste(page, bmp, x, y, turned);
    labels.push({
      region: { x, y, width: w, height: h },
      barcodes: [{ format: 'Code128', text: tracking }, { format: options.matrix === 'pdf417' ? 'PDF417' : 'QRCode', text: matrixData }],
    });
  });
  if (options.faintBorder) {
    // A light grey frame 5 mm in from the edge, 0.5 mm wide: what some PDF viewers and templates add.
    const t = Math.round(0.5 * mm), m = Math.round(5 * mm);
    fillBox(page, m, m, page.width - 2 * m, t, 215);
    fillBox(page, m, page.height - m - t, page.width - 2 * m, t, 215);
    fillBox(page, m, m, t, page.height - 2 * m, 215);
    fillBox(page, page.width - m - t, m, t, page.height - 2 * m, 215);
  }
  if (options.specks) {
    // Dark specks of up to 0.6 mm at fixed places in the margins and gaps.
    const s = Math.round(0.6 * mm);
    for (const [fx, fy] of [[0.03, 0.97], [0.96, 0.02], [0.5, 0.985], [0.02, 0.52], [0.97, 0.75]] as const) fillBox(page, Math.round(fx * page.width), Math.round(fy * page.height), s, s, 20);
  }
  if (options.instructions) {
    const parsed = validateDocument({
      schemaVersion: 2,
      label: { widthMm: 150, heightMm: 30, dpi },
      elements: [{ type: 'text', xMm: 0, yMm: 0, widthMm: 150, heightMm: 30, fontSizePt: 10, text: 'Fold here. Place the label in a pouch on the largest side of the parcel.\nKeep this receipt: it proves you posted the parcel.\nQuestions? See the carrier\'s help pages.' }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    paste(page, renderToBitmap(parsed.value), Math.round(30 * mm), Math.round(page.height * 0.62), false);
  }
  if (options.cutLine) {
    dashedLine(page, dpi, Math.round(page.height / 2), true);
    if (count === 4) dashedLine(page, dpi, Math.round(page.width / 2), false);
  }
  return { page, dpi, labels };
}
