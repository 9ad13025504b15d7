import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bitmapFromPng } from '@inkless/label/output';
import { examplesDir } from '../src/examples/list-examples';
import { runCli } from './support/run-cli';
import { runCliInProcess } from './support/run-cli-in-process';

const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const withData = (name: string) => (existsSync(join(examplesDir, `${name}.csv`)) ? ['--data', join(examplesDir, `${name}.csv`)] : []);
const csvRows = (name: string) => readFileSync(join(examplesDir, `${name}.csv`), 'utf8').trim().split('\n').length - 1;
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

// The examples run in this process (what the commands make is the point); the process boundary
// (exit status, stderr, no stack trace) keeps its own tests below through the real binary.
describe('inkless render on the examples', () => {
  it('has the examples the acceptance asks for', () => {
    expect(examples).toEqual(expect.arrayContaining(['shipping-4x6', 'price-tag-ean13', 'asset-tag-40x30', 'food-label-best-before', 'cjk-label', 'image-label-dithered', 'gs1-128-carton']));
  });

  it.each(examples)('renders %s on its own, one PNG per label', async (name) => {
    const out = mkdtempSync(join(tmpdir(), `inkless-${name}-`));
    const data = withData(name);
    const target = data.length ? out : join(out, `${name}.png`);
    const run = await runCliInProcess(['render', join(examplesDir, `${name}.json`), ...data, '--out', target, '--quiet', '--now', '2026-11-24T09:00:00Z']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const files = data.length ? readdirSync(out).map((f) => join(out, f)) : [target];
    expect(files).toHaveLength(data.length ? csvRows(name) : 1);
    for (const file of files) {
      const bmp = bitmapFromPng(readFileSync(file));
      const doc = JSON.parse(readFileSync(join(examplesDir, `${name}.json`), 'utf8')) as { label: { widthMm: number; heightMm: number; dpi: number } };
      expect([bmp.width, bmp.height]).toEqual([Math.round((doc.label.widthMm * doc.label.dpi) / 25.4), Math.round((doc.label.heightMm * doc.label.dpi) / 25.4)]);
    }
  });

  it('writes one PDF for all labels, and SVG files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'inkless-pdf-'));
    const pdf = await runCliInProcess(['render', join(examplesDir, 'shipping-4x6.json'), ...withData('shipping-4x6'), '--format', 'pdf', '--out', join(out, 'all.pdf'), '--quiet']);
    expect(pdf.code).toBe(0);
    const text = readFileSync(join(out, 'all.pdf')).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type\s*\/Page\b/g)).toHaveLength(csvRows('shipping-4x6'));
    const svg = await runCliInProcess(['render', join(examplesDir, 'price-tag-ean13.json'), ...withData('price-tag-ean13'), '--format', 'svg', '--out', join(out, 'svg'), '--quiet']);
    expect(svg.code).toBe(0);
    const files = readdirSync(join(out, 'svg'));
    expect(files).toHaveLength(csvRows('price-tag-ean13'));
    expect(readFileSync(join(out, 'svg', files[0]!), 'utf8')).toMatch(/^<svg[^>]+width="50mm" height="30mm"/);
  });
});

describe('inkless verify on the examples', () => {
  it.each(examples)('decodes every barcode of %s back to its payload', async (name) => {
    const run = await runCliInProcess(['verify', join(examplesDir, `${name}.json`), ...withData(name), '--json', '--now', '2026-11-24T09:00:00Z']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { pass: boolean; barcodes: { pass: boolean; moduleDots: number }[] };
    expect(report.pass).toBe(true);
    for (const b of report.barcodes) expect(b.moduleDots).toBeGreaterThan(0);
  });

  it('prints a table and fails (exit 1) when a barcode does not scan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-verify-'));
    const file = join(dir, 'covered.json');
    writeFileSync(file, JSON.stringify({
      schemaVersion: 2, label: { widthMm: 50, heightMm: 30 },
      elements: [
        { type: 'barcode', xMm: 2, yMm: 2, widthMm: 46, heightMm: 20, symbology: 'code128', data: 'COVERED-123', id: 'covered' },
        { type: 'rect', xMm: 10, yMm: 0, widthMm: 30, heightMm: 30, fill: true },
      ],
    }));
    const run = await runCli(['verify', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/covered\s+Code 128\s+COVERED-123/);
    expect(run.stdout).toMatch(/FAIL/);
    expect(run.stdout).toMatch(/1 barcode\(s\) checked, 1 failed/);
  });
});

// A missing file, broken JSON and an unknown option go through the real binary (exit status and
// stderr of a process); the row and column messages are the command's own, checked in this process.
describe('bad input gets a clear error, never a stack trace', () => {
  it('a missing file', async () => {
    const run = await runCli(['render', '/nonexistent/label.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read \/nonexistent\/label.json: file not found; check the path \(INKLESS_CLI_FILE\)/);
    noStack(run.stderr);
  });

  it('broken JSON names the line and column', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inkless-bad-')), 'bad.json');
    writeFileSync(file, '{\n  "schemaVersion": 2,\n  "label": { "widthMm": 50, }\n}');
    const run = await runCli(['render', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not valid JSON at line 3/);
    noStack(run.stderr);
  });

  it('a bad data row names the row and the field, and the other rows still render', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-rows-'));
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'product,price,ean\nGood,1,4006381333931\nBad,2,400638133393X\nAlso good,3,5012345678900\n');
    const run = await runCliInProcess(['render', join(examplesDir, 'price-tag-ean13.json'), '--data', csv, '--out', join(dir, 'out'), '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/row 3: elements\[2\]\.data: .*EAN-13/);
    expect(run.stderr).toMatch(/INKLESS_CLI_RENDER_FAILED/);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(2);
    noStack(run.stderr);
  });

  it('a {{field}} missing from the data names the field and the columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-cols-'));
    const csv = join(dir, 'rows.csv');
    writeFileSync(csv, 'product,cost,ean\nGood,1,4006381333931\n');
    const run = await runCliInProcess(['render', join(examplesDir, 'price-tag-ean13.json'), '--data', csv, '--out', join(dir, 'out'), '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/row 2: elements\[1\]\.text: \{\{price\}\} is neither a data column nor a variable \(columns: product, cost, ean\) \(INKLESS_VAR_MISSING\)/);
  });

  it('an unknown option shows the usage', async () => {
    const run = await runCli(['render', 'x.json', '--colour', 'red']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--colour'[\s\S]*usage: inkless render/);
  });

  it('--json gives a machine-readable summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-json-'));
    const run = await runCliInProcess(['render', join(examplesDir, 'asset-tag-40x30.json'), '--out', join(dir, 'a.png'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ rendered: 1, failed: 0 });
  });
});
