import { CURRENT_SCHEMA_VERSION } from '@inkless/label';
import { describe, expect, it } from 'vitest';
import priceTag from '../../../../examples/price-tag-ean13.json';
import { languageStore } from '../i18n/i18n';
import { describeLabelFileProblem } from './label-file-message';
import { parseLabelFile, serializeLabelFile } from './parse-label-file';

const problemOf = (text: string) => {
  const r = parseLabelFile(text);
  if (r.ok) throw new Error('expected the file not to open');
  return r.problem;
};

describe('label files: the CLI\'s JSON document, opened and saved by the studio', () => {
  it('a saved file opens as the same document', () => {
    const first = parseLabelFile(JSON.stringify(priceTag));
    if (!first.ok) throw new Error('the example does not open');
    const again = parseLabelFile(serializeLabelFile(first.doc));
    expect(again).toEqual({ ok: true, doc: first.doc });
  });

  it('broken JSON says the line and column where it breaks, and what is there', () => {
    const text = '{\n  "schemaVersion": 2,\n  "label": { "widthMm": 50 }}\n  "elements": []\n}';
    const problem = problemOf(text);
    expect(problem.code).toBe('INKLESS_WEB_FILE_NOT_JSON');
    expect(describeLabelFileProblem(problem).summary).toBe('This is not a label file: the JSON is broken at line 4, column 3 (found “"” where it does not belong).');
  });

  it('JSON that ends too early says so, at the end', () => {
    expect(describeLabelFileProblem(problemOf('{\n  "schemaVersion": 2,\n')).summary).toBe('This is not a label file: the JSON is broken at line 3, column 1 (the file ends before the JSON does).');
  });

  it('a file from a newer Inkless says which schema it has and which this studio reads', () => {
    const problem = problemOf(JSON.stringify({ ...priceTag, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    expect(problem).toEqual({ code: 'INKLESS_WEB_FILE_NEWER_SCHEMA', version: CURRENT_SCHEMA_VERSION + 1, supported: CURRENT_SCHEMA_VERSION });
    expect(describeLabelFileProblem(problem).summary).toBe(`This label was made by a newer Inkless: schemaVersion ${CURRENT_SCHEMA_VERSION + 1}, this studio reads up to ${CURRENT_SCHEMA_VERSION}. Update Inkless to open it.`);
  });

  it('validation problems name the element (number, kind, name) and the field', () => {
    const elements = priceTag.elements.map((el, i) => (i === 1 ? { ...el, fontSizePt: -3 } : el));
    const message = describeLabelFileProblem(problemOf(JSON.stringify({ ...priceTag, elements })));
    expect(message.code).toBe('INKLESS_WEB_FILE_INVALID');
    expect(message.summary).toBe('The label file has 1 problem; nothing was changed:');
    expect(message.details).toHaveLength(1);
    expect(message.details[0]).toMatch(/^Element 2 \(Text “price”\), field fontSizePt: /);
  });

  it('JSON that is no label document says what a label file is', () => {
    expect(problemOf('[1, 2, 3]').code).toBe('INKLESS_WEB_FILE_NOT_A_LABEL');
    expect(problemOf('{"rows": []}').code).toBe('INKLESS_WEB_FILE_NOT_A_LABEL');
  });

  it('says it in Simplified Chinese in the Chinese studio, element kinds included', () => {
    languageStore.setState('zh-CN');
    try {
      const broken = describeLabelFileProblem(problemOf('{\n  "schemaVersion": 2,\n'));
      expect(broken.summary).toBe('这不是标签文件：JSON 在第 3 行第 1 列出错（文件在 JSON 结束之前就结束了）。');
      const elements = priceTag.elements.map((el, i) => (i === 1 ? { ...el, fontSizePt: -3 } : el));
      const invalid = describeLabelFileProblem(problemOf(JSON.stringify({ ...priceTag, elements })));
      expect(invalid.details[0]).toMatch(/^第 2 个元素（文本 “price”），字段 fontSizePt：/);
    } finally {
      languageStore.setState('en');
    }
  });
});
