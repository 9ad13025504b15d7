import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DOC_PATH = new URL('../../../docs/privacy.md', import.meta.url);
const TESTS_DIR = new URL('./', import.meta.url);
/** `[test: privacy-export.test.ts › the test name]` */
const REFERENCE = /\[test: ([\w.-]+\.test\.ts) › ([^\]]+)\]/g;

describe('docs/privacy.md', () => {
  const doc = readFileSync(DOC_PATH, 'utf8');
  const references = [...doc.matchAll(REFERENCE)].map((m) => ({ file: m[1]!, name: m[2]!.trim() }));

  it('names, for each of its statements, tests that exist in the test files', () => {
    expect(references.length).toBeGreaterThan(40);
    const broken = references.filter(({ file, name }) => {
      const url = new URL(file, TESTS_DIR);
      if (!existsSync(url)) return true;
      const source = readFileSync(url, 'utf8');
      return !source.includes(`it('${name.replace(/'/g, "\\'")}'`) && !source.includes(`it("${name}"`);
    });
    expect(broken.map((r) => `${r.file} › ${r.name}`)).toEqual([]);
  });

  it('backs every statement (each list item) with at least one test reference', () => {
    const items = doc.split('\n').filter((line) => line.startsWith('- '));
    expect(items.length).toBeGreaterThan(30);
    expect(items.filter((line) => [...line.matchAll(REFERENCE)].length === 0)).toEqual([]);
  });
});
