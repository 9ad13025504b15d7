// Builds carrier-style PDFs the way shipping sites hand them out: a Letter or A4 page with one 4x6 in
// label in the top half (turned 90°), two labels (halves) or four smaller ones (quarters), in vector
// form (bars as PDF rectangles, text as PDF text) or image form (the label as one embedded 1-bit
// picture). Each label's true place on the page and its barcode contents come back with the bytes.
import { createBitmap, encodeBarcode, fillRect, type Bitmap1 } from '@inkless/label';

const MM_PER_PT = 25.4 / 72;
const PAPER_PT = { letter: [612, 792], a4: [595.28, 841.89] } as const;

/** One filled rectangle or one line of text, in label points from the label's top-left corner. */
type Mark = { readonly kind: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number } | { readonly kind: 'text'; readonly x: number; readonly y: number; readonly size: number; readonly text: string };

export interface CarrierLabel {
  /** The label's box on the page as displayed (after /Rotate), millimetres from the top-left corner. */
  readonly xMm: number;
  readonly yMm: number;
  readonly widthMm: number;
  readonly heightMm: number;
  /** True when the label's top points left on the displayed page (a 4x6 laid landscape). */
  readonly turned: boolean;
  readonly code128: string;
  readonly pdf417: string;
}

export interface CarrierPdf {
  readonly bytes: Uint8Array;
  /** Per page: its size as displayed and the labels on it. */
  readonly pages: readonly { readonly widthPt: number; readonly heightPt: number; readonly labels: readonly CarrierLabel[] }[];
}

export interface CarrierPdfOptions {
  readonly paper?: 'letter' | 'a4';
  /** top-half: one 4x6 laid landscape in the upper half; halves: two of them; quarters: four 4x5 in portrait. */
  readonly layout?: 'top-half' | 'halves' | 'quarters';
  readonly form?: 'vector' | 'image';
  readonly pages?: number;
  /** The page's /Rotate: the page is drawn so that it displays upright anyway (as some sites do). */
  readonly rotate?: 0 | 90 | 180 | 270;
  /**
   * How vector bars are drawn: all dark modules as one filled path (default), or each bar as its own
   * `re f`, which PDFium snaps outward to whole pixels (bars grow, spaces shrink: see decision 016).
   */
  readonly bars?: 'one-path' | 'rect-per-bar';
  /** Dots per inch of the embedded picture in image form. Default 203. */
  readonly imageDpi?: number;
}

/**
 * Makes a carrier-style PDF.
 *
 * @example
 * const { bytes, pages } = makeCarrierPdf({ paper: 'letter', layout: 'halves', form: 'image' });
 */
export function makeCarrierPdf(options: CarrierPdfOptions = {}): CarrierPdf {
  const [paperW, paperH] = PAPER_PT[options.paper ?? 'letter'];
  const rotate = options.rotate ?? 0;
  const writer = new MiniPdf();
  const pageRefs: number[] = [];
  const pagesRef = writer.reserve();
  const fontRef = writer.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pages: CarrierPdf['pages'][number][] = [];
  let serial = 0;
  for (let p = 0; p < (options.pages ?? 1); p++) {
    const slots = layoutSlots(options.layout ?? 'top-half', paperW, paperH);
    const labels: CarrierLabel[] = [];
    const xobjects: string[] = [];
    let content = '';
    for (const slot of slots) {
      serial++;
      const code128 = `1Z${String(999000 + serial).padStart(8, '0')}LBL`;
      const pdf417 = `INKLESS|SHIP|${serial}|${slot.wPt / 72}x${slot.hPt / 72}IN`;
      const marks = labelMarks(slot.wPt, slot.hPt, code128, pdf417, serial);
      // Label space (y down) -> upright page space (y up): portrait labels sit as they are; turned ones
      // are laid with their top to the left (label x goes up the page, label y goes right).
      const place = slot.turned ? `0 1 1 0 ${slot.xPt} ${paperH - slot.yPt - slot.wPt} cm` : `1 0 0 -1 ${slot.xPt} ${paperH - slot.yPt} cm`;
      if ((options.form ?? 'vector') === 'vector') {
        content += `q ${place} ${vectorMarks(marks, options.bars ?? 'one-path')} Q\n`;
      } else {
        const dpi = options.imageDpi ?? 203;
        const bmp = rasterMarks(marks, slot.wPt, slot.hPt, dpi);
        const name = `Im${xobjects.length}`;
        const ref = writer.addStream(`/Type /XObject /Subtype /Image /Width ${bmp.width} /Height ${bmp.height} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0]`, bmp.data);
        xobjects.push(`/${name} ${ref} 0 R`);
        // The picture's unit square maps to the label box; it is stored top row first, so flip y.
        content += `q ${place} ${slot.wPt} 0 0 ${-slot.hPt} 0 ${slot.hPt} cm /${name} Do Q\n`;
      }
      labels.push({ ...displayedBox(slot), turned: slot.turned, code128, pdf417 });
    }
    // Drawn upright on the displayed page: the content is turned against the page's /Rotate.
    const contentRef = writer.addStream('', ascii(`${counterRotation(rotate, paperW, paperH)}\n${content}`));
    const [mediaW, mediaH] = rotate === 90 || rotate === 270 ? [paperH, paperW] : [paperW, paperH];
    const resources = `<< /Font << /F1 ${fontRef} 0 R >> /XObject << ${xobjects.join(' ')} >> >>`;
    pageRefs.push(writer.add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${mediaW} ${mediaH}] /Rotate ${rotate} /Resources ${resources} /Contents ${contentRef} 0 R >>`));
    pages.push({ widthPt: paperW, heightPt: paperH, labels });
  }
  writer.set(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);
  const catalog = writer.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);
  return { bytes: writer.finish(catalog), pages };
}

interface Slot {
  readonly xPt: number;
  readonly yPt: number;
  /** The label's own width and height (portrait), before it is turned. */
  readonly wPt: number;
  readonly hPt: number;
  readonly turned: boolean;
}

/** Where labels go on an upright page (points from the top-left corner). */
function layoutSlots(layout: NonNullable<CarrierPdfOptions['layout']>, paperW: number, paperH: number): Slot[] {
  const half = (top: number): Slot => ({ xPt: (paperW - 432) / 2, yPt: top + (paperH / 2 - 288) / 2, wPt: 288, hPt: 432, turned: true });
  if (layout === 'top-half') return [half(0)];
  if (layout === 'halves') return [half(0), half(paperH / 2)];
  const quarter = (col: number, row: number): Slot => ({ xPt: col * (paperW / 2) + (paperW / 2 - 288) / 2, yPt: row * (paperH / 2) + (paperH / 2 - 360) / 2, wPt: 288, hPt: 360, turned: false });
  return [quarter(0, 0), quarter(1, 0), quarter(0, 1), quarter(1, 1)];
}

/** The label's box on the displayed page, in mm from its top-left corner (the page displays upright whatever its /Rotate). */
function displayedBox(slot: Slot): Omit<CarrierLabel, 'turned' | 'code128' | 'pdf417'> {
  const [w, h] = slot.turned ? [slot.hPt, slot.wPt] : [slot.wPt, slot.hPt];
  return { xMm: slot.xPt * MM_PER_PT, yMm: slot.yPt * MM_PER_PT, widthMm: w * MM_PER_PT, heightMm: h * MM_PER_PT };
}

/** A matrix that draws upright paper (paperW x paperH, y up) onto a MediaBox turned by `rotate`. */
function counterRotation(rotate: number, paperW: number, paperH: number): string {
  // A viewer turns the MediaBox clockwise by /Rotate; drawing turned the other way cancels it.
  if (rotate === 90) return `0 1 -1 0 ${paperH} 0 cm`;
  if (rotate === 180) return `-1 0 0 -1 ${paperW} ${paperH} cm`;
  if (rotate === 270) return `0 -1 1 0 0 ${paperW} cm`;
  return '';
}

/** The label: a frame, address text, a Code 128 and a PDF417, each module 2 dots at 203 dpi. */
function labelMarks(wPt: number, hPt: number, code128: string, pdf417: string, serial: number): Mark[] {
  const marks: Mark[] = [];
  const frame = 2;
  marks.push({ kind: 'rect', x: 0, y: 0, w: wPt, h: frame }, { kind: 'rect', x: 0, y: hPt - frame, w: wPt, h: frame });
  marks.push({ kind: 'rect', x: 0, y: 0, w: frame, h: hPt }, { kind: 'rect', x: wPt - frame, y: 0, w: frame, h: hPt });
  const lines = ['FROM: INKLESS SHOP, 1 PAPER LANE', 'SHIP TO:', 'JANE DOE', `${100 + serial} MAIN STREET`, 'SPRINGFIELD 12345'];
  lines.forEach((text, i) => marks.push({ kind: 'text', x: 14, y: 24 + i * 16, size: i === 2 ? 14 : 10, text }));
  marks.push({ kind: 'rect', x: 0, y: 112, w: wPt, h: 2 });
  const module = (2 * 72) / 203;
  const linear = encodeBarcode({ symbology: 'code128', data: code128 });
  if (!linear.ok || linear.value.kind !== 'linear') throw new Error('code128 fixture did not encode');
  let x = (wPt - sum(linear.value.modules) * module) / 2;
  linear.value.modules.forEach((run, i) => {
    if (i % 2 === 0) marks.push({ kind: 'rect', x, y: 124, w: run * module, h: 72 });
    x += run * module;
  });
  const stacked = encodeBarcode({ symbology: 'pdf417', data: pdf417 });
  if (!stacked.ok || stacked.value.kind !== 'matrix') throw new Error('pdf417 fixture did not encode');
  const m = stacked.value;
  const left = (wPt - m.width * module) / 2;
  const top = Math.min(hPt - m.height * module - 12, 220);
  for (let row = 0; row < m.height; row++) {
    for (let col = 0; col < m.width; col++) {
      // Runs of dark modules become one rectangle (fewer path objects, same picture).
      if (!m.bits[row * m.width + col] || (col > 0 && m.bits[row * m.width + col - 1])) continue;
      let end = col;
      while (end < m.width && m.bits[row * m.width + end]) end++;
      marks.push({ kind: 'rect', x: left + col * module, y: top + row * module, w: (end - col) * module, h: module });
    }
  }
  return marks;
}

function vectorMarks(marks: readonly Mark[], bars: 'one-path' | 'rect-per-bar'): string {
  const rects = marks.flatMap((m) => (m.kind === 'rect' ? [`${n(m.x)} ${n(m.y)} ${n(m.w)} ${n(m.h)} re${bars === 'rect-per-bar' ? ' f' : ''}`] : []));
  // Text is drawn in a y-down space, so its own matrix flips it back upright.
  const texts = marks.flatMap((m) => (m.kind === 'text' ? [`BT /F1 ${m.size} Tf 1 0 0 -1 ${n(m.x)} ${n(m.y + m.size)} Tm (${m.text}) Tj ET`] : []));
  return ['0 g', ...rects, ...(bars === 'one-path' ? ['f'] : []), ...texts].join('\n');
}

/** The same label as a 1-bit picture: text becomes solid word blocks (a region finder sees ink there). */
function rasterMarks(marks: readonly Mark[], wPt: number, hPt: number, dpi: number): Bitmap1 {
  const px = (pt: number): number => Math.round((pt * dpi) / 72);
  const bmp = createBitmap(px(wPt), px(hPt));
  for (const m of marks) {
    if (m.kind === 'rect') fillRect(bmp, px(m.x), px(m.y), px(m.x + m.w) - px(m.x), px(m.y + m.h) - px(m.y));
    else fillRect(bmp, px(m.x), px(m.y + m.size * 0.25), px(m.text.length * m.size * 0.55), px(m.size * 0.75));
  }
  return bmp;
}

/**
 * A page with one Code 128 whose module is `moduleDots` dots at `dpi` (1, 1.5, 2, ...), starting at
 * a whole dot, for measuring thin-bar loss. Returns the bar edges in dots at `dpi`.
 */
export function makeThinBarsPdf(data: string, moduleDots: number, dpi = 203, bars: 'one-path' | 'rect-per-bar' = 'rect-per-bar'): { bytes: Uint8Array; barsDots: readonly (readonly [number, number])[]; widthPt: number; heightPt: number } {
  const linear = encodeBarcode({ symbology: 'code128', data });
  if (!linear.ok || linear.value.kind !== 'linear') throw new Error('code128 did not encode');
  const modules = linear.value.modules;
  const quietDots = 20 * moduleDots + 10;
  const widthDots = Math.ceil(sum(modules) * moduleDots + 2 * quietDots);
  const widthPt = (widthDots * 72) / dpi;
  const heightPt = 72;
  const edges: [number, number][] = [];
  let x = quietDots;
  let content = '0 g\n';
  modules.forEach((run, i) => {
    const w = run * moduleDots;
    if (i % 2 === 0) {
      edges.push([x, x + w]);
      content += `${n((x * 72) / dpi)} 12 ${n((w * 72) / dpi)} 48 re${bars === 'rect-per-bar' ? ' f' : ''}\n`;
    }
    x += w;
  });
  if (bars === 'one-path') content += 'f\n';
  return { bytes: onePagePdf(widthPt, heightPt, content), barsDots: edges, widthPt, heightPt };
}

/** A one-page PDF of the given content stream (and extra page entries), for small hand-made cases. */
export function onePagePdf(widthPt: number, heightPt: number, content: string, pageExtra = '', catalogExtra = ''): Uint8Array {
  const writer = new MiniPdf();
  const pagesRef = writer.reserve();
  const contentRef = writer.addStream('', ascii(content));
  const page = writer.add(`<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${n(widthPt)} ${n(heightPt)}] /Contents ${contentRef} 0 R ${pageExtra}>>`);
  writer.set(pagesRef, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  return writer.finish(writer.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R ${catalogExtra}>>`));
}

/** The smallest PDF writer that does: numbered objects, streams, a classic xref with exact offsets. */
export class MiniPdf {
  private readonly bodies: (Uint8Array | undefined)[] = [];

  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  set(ref: number, body: string | Uint8Array): void {
    this.bodies[ref - 1] = typeof body === 'string' ? ascii(body) : body;
  }

  add(body: string): number {
    const ref = this.reserve();
    this.set(ref, body);
    return ref;
  }

  addStream(dict: string, data: Uint8Array): number {
    const ref = this.reserve();
    this.set(ref, concat([ascii(`<< ${dict} /Length ${data.length} >>\nstream\n`), data, ascii('\nendstream')]));
    return ref;
  }

  finish(rootRef: number, trailerExtra = ''): Uint8Array {
    const parts: Uint8Array[] = [ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
    let offset = parts[0]!.length;
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      const bytes = concat([ascii(`${i + 1} 0 obj\n`), body ?? ascii('null'), ascii('\nendobj\n')]);
      offsets.push(offset);
      parts.push(bytes);
      offset += bytes.length;
    });
    const xref = [`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    parts.push(ascii(`${xref}trailer\n<< /Size ${offsets.length + 1} /Root ${rootRef} 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`));
    return concat(parts);
  }
}

export function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function sum(values: Uint8Array): number {
  return values.reduce((s, v) => s + v, 0);
}

/** A number as PDF writes it: at most 4 decimals, no exponent. */
function n(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}
