import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listBundledFaces } from '@inkless/label';
import { loadBundledFonts, resolveBundledFontPath } from './load-bundled-fonts';

describe('loadBundledFonts', () => {
  it('finds every file of the manifest in its npm package', () => {
    for (const face of listBundledFaces()) expect(existsSync(resolveBundledFontPath(face)), face.file).toBe(true);
  });

  it('registers every bundled face once and caches the set per process', () => {
    const fonts = loadBundledFonts();
    expect(fonts.faces).toHaveLength(listBundledFaces().length);
    expect(loadBundledFonts()).toBe(fonts);
    expect(fonts.defaultFamily).toBe('DejaVu Sans');
  });
});
