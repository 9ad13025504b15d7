import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { makeCarrierPdf } from './support/import-fixtures';

// Every barcode is checked before anything is sent: a 4x6 label squeezed onto a 40 x 60 mm stock
// loses its symbols, so the print stops (exit 1, page, symbol and place in mm) unless --force.

const dir = mkdtempSync(join(tmpdir(), 'inkless-import-check-'));
const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' });
const pdf = join(dir, 'ship.pdf');
writeFileSync(pdf, carrier.bytes);
const { code128, pdf417 } = carrier.pages[0]!.labels[0]!;

describe('the barcode check of inkless print', () => {
  it('stops before anything is sent when a symbol would not scan, naming the page, the symbol and its place', async () => {
    const printed = join(dir, 'refused.bin');
    const run = await runCli(['print', pdf, '--printer', `file://${printed}`, '--profile', 'generic-tspl-203', '--label', '40x60mm'], { timeoutMs: 180_000 });
    expect(run.code, run.stderr).toBe(1);
    expect(existsSync(printed)).toBe(false);
    expect(run.stderr).toContain('INKLESS_CLI_IMPORT_BARCODES');
    expect(run.stderr).toContain('page 1');
    expect(run.stderr).toMatch(new RegExp(`"(${code128}|${pdf417.replace(/\|/g, '\\|')})"`));
    expect(run.stderr).toMatch(/\d+(\.\d+)? mm from the left, \d+(\.\d+)? mm from the top/);
    expect(run.stderr).toContain('--force');
  }, 200_000);

  it('prints anyway with --force, saying which symbols failed', async () => {
    const printed = join(dir, 'forced.bin');
    const run = await runCli(['print', pdf, '--printer', `file://${printed}`, '--profile', 'generic-tspl-203', '--label', '40x60mm', '--force', '--quiet'], { timeoutMs: 180_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(printed)).toBe(true);
    expect(run.stderr).toMatch(/warning: label 1 \(page 1\): barcode check failed \(.*lost.*\); printing anyway because of --force/);
  }, 200_000);

  it('a label that keeps its barcodes prints without a word about them', async () => {
    const printed = join(dir, 'fine.bin');
    const run = await runCli(['print', pdf, '--printer', `file://${printed}`, '--profile', 'generic-tspl-203', '--quiet'], { timeoutMs: 180_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(printed)).toBe(true);
    expect(run.stderr).toBe('');
  }, 200_000);
});
