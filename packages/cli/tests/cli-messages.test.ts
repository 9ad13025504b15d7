import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/examples/list-examples';
import { runCli } from './support/run-cli';

const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };
const CHINESE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };

/** A label whose text is far too big for its box, so the engine warns that it was clipped. */
function writeTightLabel(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-messages-'));
  const file = join(dir, 'tight.json');
  writeFileSync(file, JSON.stringify({
    schemaVersion: 2,
    label: { widthMm: 50, heightMm: 30 },
    variables: {},
    elements: [{ type: 'text', xMm: 2, yMm: 2, widthMm: 8, heightMm: 3, text: 'Best price', fontSizePt: 24, wrap: false, shrinkToFit: false }],
  }));
  return { dir, file };
}

const CLIPPED_EN = "The text 'Best price' does not fit its box: make the box bigger, the text smaller, or turn on Shrink to fit";

describe('the CLI speaks in plain words, with the technical line under them', () => {
  it('a text that does not fit prints the plain sentence, then its path, message and code', async () => {
    const { dir, file } = writeTightLabel();
    const run = await runCli(['render', file, '--out', join(dir, 'tight.png')], { env: ENGLISH });
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n');
    const at = lines.indexOf(`warning: ${CLIPPED_EN}`);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toMatch(/^  elements\[0\]\.text: the text does not fit .* \(INKLESS_RENDER_CLIPPED\)$/);
  });

  it('with --json, gives each issue as { code, path, text, message }', async () => {
    const { dir, file } = writeTightLabel();
    const run = await runCli(['render', file, '--out', join(dir, 'tight.png'), '--json'], { env: ENGLISH });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { issues: unknown[] };
    expect(out.issues).toEqual([{ code: 'INKLESS_RENDER_CLIPPED', path: 'elements[0].text', text: CLIPPED_EN, message: expect.stringMatching(/^the text does not fit/) }]);
  });

  it('with LANG=zh_CN.UTF-8, the sentence is in Chinese', async () => {
    const { dir, file } = writeTightLabel();
    const run = await runCli(['render', file, '--out', join(dir, 'tight.png')], { env: CHINESE });
    expect(run.stderr).toContain('warning: 文本“Best price”超出了它的框：请把框放大、把文字缩小，或打开“缩小以适应”\n');
  });

  it('a broken label file says what is wrong in words, and --json lists the issues on stderr with the same exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-broken-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 2, label: { widthMm: 50, heightMm: 30 }, variables: {}, elements: [{ type: 'barcode', xMm: 1, yMm: 1, widthMm: 30, heightMm: 10, symbology: 'ean13', data: '123', colour: 'red' }] }));
    const plain = await runCli(['render', file, '--out', join(dir, 'x.png')], { env: ENGLISH });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("  The EAN-13 barcode '123' has a setting this version of Inkless does not know: update Inkless, or remove that setting\n    elements[0].colour: unknown field \"colour\" (INKLESS_DOC_UNKNOWN_FIELD)");
    const json = await runCli(['render', file, '--out', join(dir, 'x.png'), '--json'], { env: ENGLISH });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr)).toEqual([{ code: 'INKLESS_DOC_UNKNOWN_FIELD', path: 'elements[0].colour', text: expect.stringMatching(/^The EAN-13 barcode '123' has a setting/), message: 'unknown field "colour"' }]);
  });

  it('a data row missing a field starts with "In row 2, …" naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-cols-'));
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'product,cost,ean\nGood,1,4006381333931\n');
    const run = await runCli(['render', join(examplesDir, 'price-tag-ean13.json'), '--data', csv, '--out', join(dir, 'out'), '--quiet'], { env: ENGLISH });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^In row 2, the text '.*' uses the field 'price', which is neither a data column nor a variable: /m);
  });
});
