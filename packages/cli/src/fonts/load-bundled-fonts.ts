import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FontSet, registerBundledFonts, type BundledFace, type FontFaceSource } from '@inkless/label';
import { readBoundedFile } from '../read-bounded-file';

/**
 * The largest font file `--font` accepts. Single TTF/OTF faces, even full CJK ones, stay well
 * under it (the bundled Noto Sans SC is 10 MB); the limit is checked on the file's size before
 * it is read, so a mistaken or hostile file costs no memory.
 */
export const MAX_FONT_FILE_BYTES = 64 * 1024 * 1024;

const require = createRequire(import.meta.url);
let cached: FontSet | undefined;

/** Absolute path of a bundled font file, found through its npm package. */
export function resolveBundledFontPath(face: BundledFace): string {
  return join(dirname(require.resolve(`${face.packageName}/package.json`)), face.file);
}

/**
 * A face whose bytes are read on first access: the CJK faces are 10 MB each and most runs never
 * draw a CJK character, so neither reading nor parsing happens until one does.
 */
function lazyFileFace(family: string, bold: boolean, italic: boolean, path: string): FontFaceSource {
  let bytes: Uint8Array | undefined;
  return {
    family,
    bold,
    italic,
    get data(): Uint8Array {
      bytes ??= new Uint8Array(readFileSync(path));
      return bytes;
    },
  };
}

/**
 * The bundled fonts (DejaVu Sans/Serif/Mono, Noto Sans SC) from their npm packages, once per
 * process; each file is read and parsed when a glyph first needs it.
 *
 * @example
 * const fonts = loadBundledFonts();
 * renderTextBlock(fonts, { text: 'Milk 牛奶', family: 'Sans', sizeDots: 24, widthDots: 300, heightDots: 40 });
 */
export function loadBundledFonts(): FontSet {
  if (cached) return cached;
  const set = new FontSet();
  registerBundledFonts(set, (face) => lazyFileFace(face.family, face.bold, face.italic, resolveBundledFontPath(face)));
  cached = set;
  return set;
}

/**
 * Adds a user's TTF/OTF file to a set under a family; style flags say which face it is. Reads the
 * file now, after checking its size against MAX_FONT_FILE_BYTES (throws INKLESS_CLI_FILE).
 */
export function registerFontFile(set: FontSet, family: string, path: string, style: { bold?: boolean; italic?: boolean } = {}): void {
  set.register({ family, bold: style.bold ?? false, italic: style.italic ?? false, data: readBoundedFile(path, { maxBytes: MAX_FONT_FILE_BYTES, what: 'a font', failure: 'cannot use font' }) });
}
