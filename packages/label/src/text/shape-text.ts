import type { FontSet, ResolvedFace } from './font-set';
import { isCjk, isNoBreakBefore } from './script-classes';

/** One positioned-to-be glyph: metrics in ems, so one shaping serves every size a shrink tries. */
export interface ShapedGlyph {
  readonly codePoint: number;
  readonly face: ResolvedFace;
  readonly glyphIndex: number;
  /** Advance width as a fraction of the em. */
  readonly advanceEm: number;
  /** Kerning to the next glyph on the same line (ems); ignored at a line end. */
  kernEm: number;
  /** A breaking space: may end a line and is not counted in its width there. */
  readonly isSpace: boolean;
  /** A line may start at this glyph when wrapping (after a space, or around CJK characters). */
  readonly canBreakBefore: boolean;
}

/** Text between explicit newlines, shaped. */
export type ShapedParagraph = readonly ShapedGlyph[];

const SPACE = 0x20;

/**
 * Maps text to glyphs: per character, the first face of the family's fallback chain that has it
 * (so "Milk 牛奶 Молоко" mixes DejaVu and Noto), else the family's .notdef box; then pair kerning.
 */
export function shapeText(fonts: FontSet, text: string, family: string, bold: boolean, italic: boolean): ShapedParagraph[] {
  const chain = fonts.fallbackChain(family, bold, italic);
  const primary = chain[0]!;
  const paragraphs: ShapedParagraph[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const glyphs: ShapedGlyph[] = [];
    let prevCp = -1;
    for (const ch of line) {
      let cp = ch.codePointAt(0)!;
      if (cp === 0x09) cp = SPACE;
      else if (cp < SPACE || (cp >= 0x7f && cp < 0xa0)) continue;
      let face = primary;
      let glyphIndex = primary.face.glyphIndexOf(cp);
      for (let k = 1; glyphIndex === 0 && k < chain.length; k++) {
        const index = chain[k]!.face.glyphIndexOf(cp);
        if (index !== 0) {
          face = chain[k]!;
          glyphIndex = index;
        }
      }
      const isSpace = cp === SPACE || cp === 0x3000;
      const prevSpace = prevCp === SPACE || prevCp === 0x3000;
      const canBreakBefore = prevCp >= 0 && !isSpace && !isNoBreakBefore(cp) && (prevSpace || isCjk(cp) || isCjk(prevCp));
      const prev = glyphs[glyphs.length - 1];
      if (prev && prev.face.face === face.face) prev.kernEm = face.face.kerningEm(prev.glyphIndex, glyphIndex);
      glyphs.push({ codePoint: cp, face, glyphIndex, advanceEm: face.face.advanceEm(glyphIndex), kernEm: 0, isSpace, canBreakBefore });
      prevCp = cp;
    }
    paragraphs.push(glyphs);
  }
  return paragraphs;
}
