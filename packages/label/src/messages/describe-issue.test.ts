import { describe, expect, it } from 'vitest';
import { validateDocument } from '../document/validate-document';
import type { LabelDocument } from '../document/label-document';
import { labelErrorCodes } from '../errors/codes';
import { describeIssue, issueCatalogues } from './describe-issue';
import { issueLanguages, pickIssueLanguage } from './issue-language';

function makeDoc(elements: object[]): LabelDocument {
  const r = validateDocument({ schemaVersion: 2, label: { widthMm: 50, heightMm: 30 }, elements, variables: {} });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const box = { xMm: 1, yMm: 1, widthMm: 30, heightMm: 10 };
const doc = makeDoc([
  { type: 'text', ...box, text: 'Best price' },
  { type: 'barcode', ...box, symbology: 'ean13', data: '400638133393' },
  { type: 'image', ...box, src: 'data:image/png;base64,iVBORw0KGgo=' },
  { type: 'text', ...box, text: 'x', name: 'Price tag' },
  { type: 'barcode', ...box, symbology: 'qrcode', data: 'https://example.com' },
]);
const clipped = { code: 'INKLESS_RENDER_CLIPPED', path: 'elements[0].text', message: 'the text does not fit its 240x80-dot box and was clipped; enlarge the box, use a smaller size or turn on shrinkToFit' };

describe('describeIssue', () => {
  it('has a plain text in every language for every code the engine can produce (lists the missing ones)', () => {
    const missing = issueLanguages.flatMap((language) => Object.keys(labelErrorCodes).filter((code) => !issueCatalogues[language][code]).map((code) => `${language} ${code}`));
    expect(missing).toEqual([]);
  });

  it('uses the same {{placeholders}} in English and Chinese for every code', () => {
    const names = (text: unknown) => [...JSON.stringify(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(labelErrorCodes).filter((code) => JSON.stringify(names(issueCatalogues.en[code])) !== JSON.stringify(names(issueCatalogues['zh-CN'][code])));
    expect(differing).toEqual([]);
  });

  it('says what does not fit and what to do, naming the text by its words', () => {
    expect(describeIssue(clipped, doc, 'en').text).toBe("The text 'Best price' does not fit its box: make the box bigger, the text smaller, or turn on Shrink to fit");
    expect(describeIssue(clipped, doc, 'zh-CN').text).toBe('文本“Best price”超出了它的框：请把框放大、把文字缩小，或打开“缩小以适应”');
  });

  it('keeps the code, path and engine message on the details line', () => {
    expect(describeIssue(clipped, doc, 'en').details).toBe(`INKLESS_RENDER_CLIPPED · elements[0].text · ${clipped.message}`);
  });

  it('names a barcode by its symbology and data, a 2D code by its kind, an image by its kind and a named element by its name', () => {
    const about = (path: string, language: 'en' | 'zh-CN' = 'en') => describeIssue({ code: 'INKLESS_BARCODE_EMPTY', path, message: '' }, doc, language).text;
    expect(about('elements[1].data')).toMatch(/^The EAN-13 barcode '400638133393' has no data/);
    expect(about('elements[1].data', 'zh-CN')).toMatch(/^EAN-13 条码“400638133393”没有数据/);
    expect(about('elements[4].data')).toMatch(/^The QR Code 'https:\/\/example.com' /);
    expect(about('elements[2].src')).toMatch(/^The image has no data/);
    expect(about('elements[2].src', 'zh-CN')).toMatch(/^图片没有数据/);
    expect(about('elements[3].text')).toMatch(/^The text 'Price tag' /);
    expect(about('label.dpi')).toMatch(/^The label /);
  });

  it('turns a "row 12:" prefix into "In row 12, …"', () => {
    const issue = { code: 'INKLESS_VAR_MISSING', path: 'row 12: elements[1].data', message: '{{ean}} is neither…', params: { field: 'ean' } };
    expect(describeIssue(issue, doc, 'en').text).toBe("In row 12, the EAN-13 barcode '400638133393' uses the field 'ean', which is neither a data column nor a variable: add that column to your data, add a variable, or fix the name");
    expect(describeIssue(issue, doc, 'zh-CN').text).toMatch(/^第 12 行：EAN-13 条码“400638133393”使用了字段“ean”/);
  });

  it('falls back to the text without numbers when the issue carries no params', () => {
    expect(describeIssue({ code: 'INKLESS_VAR_MISSING', path: 'elements[0].text', message: 'm' }, doc, 'en').text).toMatch(/^The text 'Best price' uses a field that is neither/);
  });

  it('still reads when the code is unknown or the document is missing', () => {
    expect(describeIssue({ code: 'INKLESS_SOMETHING_NEW', path: 'elements[0]', message: 'odd' }, undefined, 'en').text).toBe('There is a problem with an element: odd');
  });
});

describe('pickIssueLanguage', () => {
  it('reads LANG values and Accept-Language headers', () => {
    expect(pickIssueLanguage('zh_CN.UTF-8')).toBe('zh-CN');
    expect(pickIssueLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(pickIssueLanguage('en-GB,zh;q=0.5')).toBe('en');
    expect(pickIssueLanguage(undefined)).toBe('en');
  });
});
