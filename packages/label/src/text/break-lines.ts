import { syntheticBoldDots } from './rasterize-glyph';
import type { ShapedGlyph, ShapedParagraph } from './shape-text';

/** One laid-out line: a slice of a paragraph's glyphs. */
export interface TextLine {
  readonly glyphs: readonly ShapedGlyph[];
  /** Width in dots without trailing spaces. */
  readonly widthDots: number;
  /** The paragraph goes on after this line (justify stretches only such lines). */
  readonly wrapped: boolean;
}

export interface BrokenLines {
  readonly lines: TextLine[];
  /** A word longer than the box had to be split between characters. */
  readonly splitWord: boolean;
  /** Widest line, in dots. */
  readonly maxWidthDots: number;
}

/** Advance of one glyph in dots at a size, including the extra width of synthetic bold. */
export function advanceDots(g: ShapedGlyph, sizeDots: number): number {
  return g.advanceEm * sizeDots + (g.face.synth.bold ? syntheticBoldDots(sizeDots) : 0);
}

/** Width of glyphs[from, to) in dots, kerning inside only, trailing spaces left out. */
export function measureDots(glyphs: readonly ShapedGlyph[], from: number, to: number, sizeDots: number): number {
  let end = to;
  while (end > from && glyphs[end - 1]!.isSpace) end--;
  let pen = 0;
  for (let i = from; i < end; i++) {
    pen += advanceDots(glyphs[i]!, sizeDots);
    if (i < end - 1) pen += glyphs[i]!.kernEm * sizeDots;
  }
  return pen;
}

/**
 * Greedy line breaking: fill each line up to the width, breaking at the last allowed place
 * (after spaces, around CJK); a word wider than the box is split between characters.
 */
export function breakLines(paragraphs: readonly ShapedParagraph[], sizeDots: number, widthDots: number, wrap: boolean): BrokenLines {
  const lines: TextLine[] = [];
  let splitWord = false;
  for (const glyphs of paragraphs) {
    if (!wrap || glyphs.length === 0) {
      lines.push(makeLine(glyphs, 0, glyphs.length, sizeDots, false));
      continue;
    }
    let start = 0;
    while (start < glyphs.length) {
      let pen = 0;
      let lastBreak = -1;
      let end = glyphs.length;
      for (let i = start; i < glyphs.length; i++) {
        const g = glyphs[i]!;
        if (i > start && g.canBreakBefore) lastBreak = i;
        const right = pen + advanceDots(g, sizeDots);
        if (!g.isSpace && i > start && right > widthDots) {
          if (lastBreak > start) end = lastBreak;
          else {
            end = i;
            splitWord = true;
          }
          break;
        }
        pen = right + g.kernEm * sizeDots;
      }
      lines.push(makeLine(glyphs, start, end, sizeDots, end < glyphs.length));
      start = end;
    }
  }
  let maxWidthDots = 0;
  for (const line of lines) if (line.widthDots > maxWidthDots) maxWidthDots = line.widthDots;
  return { lines, splitWord, maxWidthDots };
}

function makeLine(glyphs: readonly ShapedGlyph[], from: number, to: number, sizeDots: number, wrapped: boolean): TextLine {
  return { glyphs: glyphs.slice(from, to), widthDots: measureDots(glyphs, from, to, sizeDots), wrapped };
}
