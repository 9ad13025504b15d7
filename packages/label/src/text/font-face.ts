// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- opentype.js ships no typings; this file is the only importer
/// <reference path="./opentype.d.ts" />
import opentype, { type Font, type PathCommand } from 'opentype.js';
import { InklessError } from '../errors/inkless-error';

/** TTF or OTF bytes a host registers under a family and style; the engine does no I/O. */
export interface FontFaceSource {
  readonly family: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** TTF or OTF bytes. */
  readonly data: Uint8Array;
}

/** A glyph outline in font units (y up), as flat commands the rasterizer understands. */
export type GlyphOutline = readonly PathCommand[];

let nextFaceId = 1;

/**
 * One registered face. Parsing is lazy because the CJK face is 10 MB and most labels never touch it;
 * per-face caches keep cmap and kerning look-ups off the hot path.
 */
export class FontFace {
  /** Unique per process, so glyph caches can key on it. */
  readonly id = nextFaceId++;
  readonly source: FontFaceSource;
  private font: Font | undefined;
  private readonly glyphIndexByCodePoint = new Map<number, number>();
  private readonly advanceByGlyph = new Map<number, number>();
  private readonly kerningByPair = new Map<number, number>();

  constructor(source: FontFaceSource) {
    this.source = source;
  }

  get isParsed(): boolean {
    return this.font !== undefined;
  }

  /** Parses on first use; a broken file throws INKLESS_TEXT_FONT_INVALID naming the family. */
  private parsed(): Font {
    if (this.font) return this.font;
    const bytes = this.source.data;
    const buffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? bytes.buffer as ArrayBuffer
      : bytes.slice().buffer;
    try {
      this.font = opentype.parse(buffer, { lowMemory: true });
    } catch (cause) {
      const style = `${this.source.bold ? 'bold' : ''}${this.source.italic ? ' italic' : ''}`.trim() || 'regular';
      throw new InklessError('INKLESS_TEXT_FONT_INVALID', `the ${style} font file of "${this.source.family}" is not a TTF/OTF font opentype.js can read; register a valid .ttf or .otf`, { cause });
    }
    return this.font;
  }

  get unitsPerEm(): number {
    return this.parsed().unitsPerEm;
  }

  /** Ascender as a fraction of the em (hhea), e.g. 0.928 for DejaVu Sans. */
  get ascentEm(): number {
    const f = this.parsed();
    return f.ascender / f.unitsPerEm;
  }

  /** Descender depth as a positive fraction of the em. */
  get descentEm(): number {
    const f = this.parsed();
    return -f.descender / f.unitsPerEm;
  }

  /** Glyph index of a code point, 0 (.notdef) when the face lacks it. */
  glyphIndexOf(codePoint: number): number {
    let index = this.glyphIndexByCodePoint.get(codePoint);
    if (index === undefined) {
      index = this.parsed().charToGlyphIndex(String.fromCodePoint(codePoint)) || 0;
      this.glyphIndexByCodePoint.set(codePoint, index);
    }
    return index;
  }

  /** Advance width as a fraction of the em. */
  advanceEm(glyphIndex: number): number {
    let adv = this.advanceByGlyph.get(glyphIndex);
    if (adv === undefined) {
      const f = this.parsed();
      adv = (f.glyphs.get(glyphIndex)?.advanceWidth ?? 0) / f.unitsPerEm;
      this.advanceByGlyph.set(glyphIndex, adv);
    }
    return adv;
  }

  /**
   * Pair kerning as a fraction of the em, from the 'kern' table first (opentype.js's GPOS look-up
   * misses DejaVu's pairs), else GPOS; 0 when the face has none.
   */
  kerningEm(left: number, right: number): number {
    const key = left * 0x10000 + right;
    let kern = this.kerningByPair.get(key);
    if (kern === undefined) {
      const f = this.parsed();
      try {
        kern = (f.kerningPairs?.[`${left},${right}`] ?? (f.getKerningValue(left, right) || 0)) / f.unitsPerEm;
      } catch {
        kern = 0;
      }
      this.kerningByPair.set(key, kern);
    }
    return kern;
  }

  /** The outline of a glyph in font units (y up); empty for spaces. */
  outlineOf(glyphIndex: number): GlyphOutline {
    return this.parsed().glyphs.get(glyphIndex)?.path.commands ?? [];
  }
}
