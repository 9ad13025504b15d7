import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countInk, hashBitmap } from '../bitmap/bitmap1';
import { isInklessError } from '../errors/inkless-error';
import { loadBundledFonts, registerFontFile, resolveBundledFontPath } from '../../../cli/src/fonts/load-bundled-fonts';
import { bundledFamilies, listBundledFaces } from './bundled-fonts';
import { FontSet } from './font-set';
import { renderTextBlock } from './text-block';

const fileOf = (family: string, bold = false, italic = false) => {
  const face = listBundledFaces().find((f) => f.family === family && f.bold === bold && f.italic === italic)!;
  return resolveBundledFontPath(face);
};
const bytesOf = (family: string, bold = false, italic = false) => new Uint8Array(readFileSync(fileOf(family, bold, italic)));

describe('FontSet', () => {
  it('resolves exact styles, aliases (any case) and the default family', () => {
    const fonts = loadBundledFonts();
    const boldItalic = fonts.resolve('DejaVu Serif', true, true)!;
    expect([boldItalic.face.source.family, boldItalic.face.source.bold, boldItalic.face.source.italic]).toEqual(['DejaVu Serif', true, true]);
    expect(boldItalic.synth).toEqual({ bold: false, italic: false });
    expect(fonts.resolve('mono', false, false)!.face.source.family).toBe('DejaVu Sans Mono');
    expect(fonts.resolve('CJK', false, false)!.face.source.family).toBe('Noto Sans SC');
    expect(fonts.resolve('Nope', false, false)!.face.source.family).toBe('DejaVu Sans');
    expect(fonts.hasFamily('serif')).toBe(true);
    expect(fonts.hasFamily('Comic Sans')).toBe(false);
    expect(fonts.familyNames()).toEqual(bundledFamilies.map((f) => f.family));
  });

  it('synthesizes italic for a family that has no italic face', () => {
    const cjkItalic = loadBundledFonts().resolve('Noto Sans SC', true, true)!;
    expect(cjkItalic.face.source.bold).toBe(true);
    expect(cjkItalic.synth).toEqual({ bold: false, italic: true });
  });

  it('synthesizes bold from the regular face when that is all a family has', () => {
    const fonts = new FontSet();
    fonts.register({ family: 'Only Regular', bold: false, italic: false, data: bytesOf('DejaVu Sans') });
    const r = fonts.resolve('Only Regular', true, false)!;
    expect(r.synth).toEqual({ bold: true, italic: false });
    const plain = renderTextBlock(fonts, { text: 'Milk', family: 'Only Regular', sizeDots: 30, widthDots: 200, heightDots: 40 });
    const bold = renderTextBlock(fonts, { text: 'Milk', family: 'Only Regular', sizeDots: 30, widthDots: 200, heightDots: 40, bold: true });
    expect(countInk(bold.bitmap)).toBeGreaterThan(countInk(plain.bitmap));
    expect(bold.contentWidthDots).toBeGreaterThan(plain.contentWidthDots!);
  });

  it('parses a face only when a glyph of it is first needed', () => {
    const fonts = new FontSet();
    fonts.register({ family: 'Latin', bold: false, italic: false, data: bytesOf('DejaVu Sans') });
    fonts.register({ family: 'Han', bold: false, italic: false, data: bytesOf('Noto Sans SC') });
    const han = fonts.resolve('Han', false, false)!.face;
    renderTextBlock(fonts, { text: 'Milk', family: 'Latin', sizeDots: 20, widthDots: 200, heightDots: 40 });
    expect(han.isParsed).toBe(false);
    renderTextBlock(fonts, { text: 'Milk 牛奶', family: 'Latin', sizeDots: 20, widthDots: 200, heightDots: 40 });
    expect(han.isParsed).toBe(true);
  });

  it('draws with a user font registered under a new family name', () => {
    const fonts = new FontSet();
    fonts.register({ family: 'DejaVu Sans', bold: false, italic: false, data: bytesOf('DejaVu Sans') });
    registerFontFile(fonts, 'My Shop Serif', fileOf('DejaVu Serif'));
    expect(fonts.hasFamily('My Shop Serif')).toBe(true);
    const opts = { text: 'Serif text', sizeDots: 30, widthDots: 300, heightDots: 40 };
    const mine = renderTextBlock(fonts, { ...opts, family: 'My Shop Serif' });
    const reference = renderTextBlock(loadBundledFonts(), { ...opts, family: 'DejaVu Serif' });
    const sans = renderTextBlock(fonts, { ...opts, family: 'DejaVu Sans' });
    expect(hashBitmap(mine.bitmap)).toBe(hashBitmap(reference.bitmap));
    expect(hashBitmap(mine.bitmap)).not.toBe(hashBitmap(sans.bitmap));
  });

  it('reports a broken font file with INKLESS_TEXT_FONT_INVALID when it is first used', () => {
    const fonts = new FontSet();
    fonts.register({ family: 'Broken', bold: false, italic: false, data: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]) });
    let caught: unknown;
    try {
      renderTextBlock(fonts, { text: 'x', family: 'Broken', sizeDots: 20, widthDots: 50, heightDots: 30 });
    } catch (e) {
      caught = e;
    }
    expect(isInklessError(caught) && caught.code).toBe('INKLESS_TEXT_FONT_INVALID');
  });

  it('refuses to draw text when no font is registered', () => {
    expect(() => renderTextBlock(new FontSet(), { text: 'x', family: 'Sans', sizeDots: 20, widthDots: 50, heightDots: 30 })).toThrow(/no font is registered/);
  });
});
