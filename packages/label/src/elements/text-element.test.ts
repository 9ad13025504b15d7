import { describe, expect, it } from 'vitest';
import { countInk, hashBitmap } from '../bitmap/bitmap1';
import type { Issue } from '../errors/issue';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { renderTextBlock } from '../text/text-block';
import type { ElementContext } from './element-kind';
import { textElement } from './text-element';

function context(warnings: Issue[] = []): ElementContext {
  return { dpi: 203, fonts: loadBundledFonts(), path: 'elements[2]', warn: (i) => warnings.push(i) };
}
const parse = (fields: Record<string, unknown>) =>
  textElement.schema.parse({ type: 'text', xMm: 0, yMm: 0, widthMm: 40, heightMm: 10, text: 'Milk', ...fields });

describe('text element', () => {
  it('fills in the documented defaults', () => {
    const el = parse({});
    expect(el).toMatchObject({
      fontFamily: 'DejaVu Sans', fontSizePt: 10, bold: false, italic: false, align: 'left',
      verticalAlign: 'top', wrap: true, shrinkToFit: false, lineSpacing: 1.2,
    });
    expect(textElement.templatedFields).toEqual(['text']);
  });

  it('rejects sizes and spacings out of range and unknown fields', () => {
    expect(textElement.schema.safeParse({ ...parse({}), fontSizePt: 1 }).success).toBe(false);
    expect(textElement.schema.safeParse({ ...parse({}), fontSizePt: 401 }).success).toBe(false);
    expect(textElement.schema.safeParse({ ...parse({}), lineSpacing: 5 }).success).toBe(false);
    expect(textElement.schema.safeParse({ ...parse({}), colour: 'red' }).success).toBe(false);
  });

  it('renders at pt * dpi / 72 dots, the same as renderTextBlock', () => {
    const el = parse({ text: 'Milk 1 L', fontSizePt: 12, align: 'center' });
    const box = { widthDots: 320, heightDots: 80 };
    const bmp = textElement.render(el, box, context());
    const direct = renderTextBlock(loadBundledFonts(), { text: 'Milk 1 L', family: 'DejaVu Sans', sizeDots: (12 * 203) / 72, align: 'center', widthDots: 320, heightDots: 80 });
    expect([bmp.width, bmp.height]).toEqual([320, 80]);
    expect(countInk(bmp)).toBeGreaterThan(0);
    expect(hashBitmap(bmp)).toBe(hashBitmap(direct.bitmap));
  });

  it('warns INKLESS_RENDER_CLIPPED at the text path when the text does not fit', () => {
    const warnings: Issue[] = [];
    textElement.render(parse({ text: 'far too much text for this box', fontSizePt: 20 }), { widthDots: 80, heightDots: 30 }, context(warnings));
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['INKLESS_RENDER_CLIPPED', 'elements[2].text']]);
  });

  it('does not warn when shrinkToFit makes the text fit', () => {
    const warnings: Issue[] = [];
    textElement.render(parse({ text: 'fits when smaller', fontSizePt: 20, shrinkToFit: true }), { widthDots: 200, heightDots: 30 }, context(warnings));
    expect(warnings).toEqual([]);
  });

  it('checks the font family: aliases pass, unknown names are an issue at fontFamily', () => {
    const box = { widthDots: 100, heightDots: 40 };
    expect(textElement.check!(parse({ fontFamily: 'Serif' }), box, context())).toEqual([]);
    const issues = textElement.check!(parse({ fontFamily: 'Comic Sans' }), box, context());
    expect(issues.map((i) => [i.code, i.path])).toEqual([['INKLESS_TEXT_FONT_UNKNOWN', 'elements[2].fontFamily']]);
    expect(issues[0]!.message).toContain('DejaVu Sans');
  });
});
