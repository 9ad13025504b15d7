import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../src/examples/list-examples';
import { runCli } from './support/run-cli';

const require = createRequire(import.meta.url);
const serifPath = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf/DejaVuSerif.ttf');

function labelWithFont(dir: string, family: string): string {
  const file = join(dir, `${family.replace(/\s/g, '')}.json`);
  writeFileSync(file, JSON.stringify({ schemaVersion: 2, label: { widthMm: 40, heightMm: 10 }, elements: [{ type: 'text', xMm: 1, yMm: 1, widthMm: 38, heightMm: 8, text: 'Own font 123', fontFamily: family, fontSizePt: 14 }] }));
  return file;
}

describe('inkless options', () => {
  it('--font adds a user TTF under a family name the label can use', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-font-'));
    const own = await runCli(['render', labelWithFont(dir, 'Shop Font'), '--font', `Shop Font=${serifPath}`, '--out', join(dir, 'own.png'), '--quiet']);
    expect(own.stderr).toBe('');
    const bundled = await runCli(['render', labelWithFont(dir, 'DejaVu Serif'), '--out', join(dir, 'bundled.png'), '--quiet']);
    const sans = await runCli(['render', labelWithFont(dir, 'DejaVu Sans'), '--out', join(dir, 'sans.png'), '--quiet']);
    expect([own.code, bundled.code, sans.code]).toEqual([0, 0, 0]);
    expect(readFileSync(join(dir, 'own.png')).equals(readFileSync(join(dir, 'bundled.png')))).toBe(true);
    expect(readFileSync(join(dir, 'own.png')).equals(readFileSync(join(dir, 'sans.png')))).toBe(false);
  });

  it('without --font, an unknown family is an error naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-font-'));
    const run = await runCli(['render', labelWithFont(dir, 'Shop Font'), '--out', join(dir, 'x.png')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/elements\[0\]\.fontFamily: .*Shop Font/);
    expect(run.stderr).toMatch(/INKLESS_TEXT_FONT_UNKNOWN/);
  });

  it('--font with a missing file says which file', async () => {
    const run = await runCli(['render', join(examplesDir, 'cjk-label.json'), '--font', '/nope/x.ttf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot use font \/nope\/x.ttf/);
  });

  it('--rows renders only the chosen data rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-rows-'));
    const run = await runCli(['render', join(examplesDir, 'shipping-4x6.json'), '--data', join(examplesDir, 'shipping-4x6.csv'), '--rows', '2-3', '--out', dir, '--quiet']);
    expect(run.code).toBe(0);
    // Rows as the spreadsheet numbers them: the header is row 1, so 2-3 are the first two data rows.
    expect(readdirSync(dir).sort()).toEqual(['shipping-4x6-00002.png', 'shipping-4x6-00003.png']);
  });

  it('--dpi renders the same design at another resolution', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-dpi-'));
    const run = await runCli(['render', join(examplesDir, 'asset-tag-40x30.json'), '--dpi', '300', '--out', join(dir, 'a.png'), '--quiet']);
    expect(run.code).toBe(0);
    const png = readFileSync(join(dir, 'a.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([472, 354]);
  });

  it('--sheet places labels on an office sheet PDF (A4, 21 per page)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inkless-sheet-'));
    const run = await runCli(['render', join(examplesDir, 'address-avery-l7160.json'), '--data', join(examplesDir, 'address-avery-l7160.csv'), '--sheet', 'avery-l7160', '--out', join(dir, 'sheet.pdf'), '--quiet']);
    expect(run.code).toBe(0);
    const pdf = readFileSync(join(dir, 'sheet.pdf')).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595\.2756 841\.8898\s*\]/);
  });

  it('--sheet refuses a stock whose labels are another size', async () => {
    const run = await runCli(['render', join(examplesDir, 'price-tag-ean13.json'), '--sheet', 'avery-l7160']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--sheet avery-l7160 holds 63.5 x 38.1 mm labels; this label is 50 x 30 mm/);
  });
});

