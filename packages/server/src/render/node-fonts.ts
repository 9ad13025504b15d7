import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FontSet, registerBundledFonts, type BundledFace, type FontFaceSource } from '@inkless/label';

const require = createRequire(import.meta.url);
let cached: FontSet | undefined;

/**
 * The bundled fonts from their npm packages, once per thread, each file read when a glyph first
 * needs it (the CJK faces are 10 MB and most labels never use them). The same loader as the CLI's,
 * kept here because the server must not import the CLI.
 */
export function loadServerFonts(): FontSet {
  if (cached) return cached;
  const set = new FontSet();
  registerBundledFonts(set, (face) => lazyFileFace(face, join(dirname(require.resolve(`${face.packageName}/package.json`)), face.file)));
  cached = set;
  return set;
}

function lazyFileFace(face: BundledFace, path: string): FontFaceSource {
  let bytes: Uint8Array | undefined;
  return {
    family: face.family,
    bold: face.bold,
    italic: face.italic,
    get data(): Uint8Array {
      bytes ??= new Uint8Array(readFileSync(path));
      return bytes;
    },
  };
}
