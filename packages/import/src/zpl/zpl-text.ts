// ZPL text fields as Inkless text elements.
//   ^Afo,h,w  font f (0 = Zebra's scalable bold condensed sans; A..H bitmap fonts), orientation, height, width
//   ^CFf,h,w  default font     ^FWo  default orientation
//   ^FBw,l,s,j,i  field block: width, max lines, extra dots between lines, justification L/C/R/J, hanging indent
//   ^FO/^FT   top-left of the field / left end of the baseline
// Font 0 becomes DejaVu Sans Bold (the bundled face closest to a bold sans); the bitmap fonts
// become DejaVu Sans Mono, at the same height in dots. Other font names fall back to DejaVu Sans.
import { measureLineMetrics, type LabelElement, type RenderEnv } from '@inkless/label';
import { boxMm, type ZplRotation } from './zpl-geometry';

export interface ZplFont {
  readonly name: string;
  readonly heightDots: number;
  readonly widthDots: number;
}

export interface ZplFieldBlock {
  readonly widthDots: number;
  readonly maxLines: number;
  readonly extraLineDots: number;
  readonly align: 'left' | 'center' | 'right' | 'justify';
}

/** Cell height (dots) of Zebra's bitmap fonts at 203 dpi; a height is a whole multiple of it. */
const BITMAP_FONT_HEIGHTS: Readonly<Record<string, number>> = { A: 9, B: 11, C: 18, D: 18, E: 28, F: 26, G: 60, H: 21 };

export function isKnownFont(name: string): boolean {
  return name === '0' || name in BITMAP_FONT_HEIGHTS;
}

/** Default height of a font when ^A gives none. */
export function defaultFontHeight(name: string): number {
  return BITMAP_FONT_HEIGHTS[name] ?? 9;
}

function face(name: string): { family: string; bold: boolean; heightDots: (h: number) => number } {
  const cell = BITMAP_FONT_HEIGHTS[name];
  if (cell !== undefined) return { family: 'DejaVu Sans Mono', bold: false, heightDots: (h) => Math.max(cell, Math.round(h / cell) * cell) };
  return { family: 'DejaVu Sans', bold: name === '0', heightDots: (h) => h };
}

export interface TextFieldInput {
  readonly text: string;
  readonly font: ZplFont;
  readonly rotation: ZplRotation;
  readonly x: number;
  readonly y: number;
  /** ^FT: y is the baseline; otherwise ^FO: y is the top. */
  readonly typeset: boolean;
  readonly block: ZplFieldBlock | undefined;
  readonly labelWidthDots: number;
  readonly labelHeightDots: number;
  readonly dpi: number;
}

/** A text element placed where the printer puts the field. */
export function textElement(input: TextFieldInput, env: RenderEnv): LabelElement {
  const f = face(input.font.name);
  const sizeDots = Math.max(2, f.heightDots(input.font.heightDots));
  const metrics = measureLineMetrics(env.fonts, f.family, sizeDots, f.bold);
  const lineDots = Math.ceil(metrics.ascentDots + metrics.descentDots);
  const block = input.block;
  const lineSpacing = block ? Math.min(4, Math.max(0.5, (sizeDots + block.extraLineDots) / sizeDots)) : 1.2;
  const lines = block ? Math.max(1, block.maxLines) : 1;
  const across = Math.ceil(lineDots + (lines - 1) * lineSpacing * sizeDots);
  const sideways = input.rotation === 90 || input.rotation === 270;
  const room = sideways ? input.labelHeightDots - input.y : input.labelWidthDots - input.x;
  const along = block ? block.widthDots : Math.max(1, room);
  const w = sideways ? across : along;
  const h = sideways ? along : across;
  let { x, y } = input;
  if (input.typeset) {
    const ascent = Math.round(metrics.ascentDots);
    const descent = lineDots - ascent;
    if (input.rotation === 0) y -= ascent;
    else if (input.rotation === 90) x -= descent;
    else if (input.rotation === 180) { x -= along; y -= descent; }
    else { x -= ascent; y -= along; }
  }
  return {
    type: 'text', ...boxMm(x, y, w, h, input.dpi, input.rotation), text: input.text,
    fontFamily: f.family, fontSizePt: (sizeDots * 72) / input.dpi, bold: f.bold, italic: false,
    // Without ^FB the box runs to the label's edge; turned 180 or 270 degrees its far end is where the
    // text starts on the label, so the text is set against it.
    align: block?.align ?? (input.rotation === 180 || input.rotation === 270 ? 'right' : 'left'), verticalAlign: 'top', wrap: block !== undefined, shrinkToFit: false, lineSpacing,
  };
}
