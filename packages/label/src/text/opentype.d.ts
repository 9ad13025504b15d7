// The part of opentype.js 2.0 that Inkless uses; the package ships no typings.
declare module 'opentype.js' {
  export interface PathCommand {
    readonly type: 'M' | 'L' | 'Q' | 'C' | 'Z';
    readonly x?: number;
    readonly y?: number;
    readonly x1?: number;
    readonly y1?: number;
    readonly x2?: number;
    readonly y2?: number;
  }
  export interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
    /** Outline in font units, y pointing up. */
    readonly path: { readonly commands: readonly PathCommand[] };
  }
  export interface Font {
    readonly unitsPerEm: number;
    readonly ascender: number;
    readonly descender: number;
    readonly numGlyphs: number;
    readonly outlinesFormat: 'truetype' | 'cff';
    readonly glyphs: { get(index: number): Glyph | undefined };
    charToGlyphIndex(char: string): number;
    /** Pairs of the legacy 'kern' table, keyed "left,right". */
    readonly kerningPairs: Readonly<Record<string, number>>;
    /** GPOS pair kerning (opentype.js looks up only the default script's lookups). */
    getKerningValue(left: number, right: number): number;
  }
  export function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
