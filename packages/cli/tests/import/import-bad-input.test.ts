import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { encryptedPdf, hugePngHeader, makeCarrierPdf, manyPagesPdf } from './support/import-fixtures';

// Bad input to `inkless print`: a clear error with its code and where (page, byte offset, pixel
// size), exit 2, and nothing printed: the printer is a file that must never be created.

const dir = mkdtempSync(join(tmpdir(), 'inkless-import-bad-'));

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function printRefused(file: string, extra: string[] = []): Promise<string> {
  const printed = join(dir, `${Math.random().toString(36).slice(2)}.bin`);
  const run = await runCli(['print', file, '--printer', `file://${printed}`, '--profile', 'generic-tspl-203', ...extra], { timeoutMs: 120_000 });
  expect(run.code, run.stderr).toBe(2);
  expect(existsSync(printed)).toBe(false);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return run.stderr;
}

const carrier = makeCarrierPdf({ paper: 'letter', layout: 'top-half' });

describe('inkless print refuses bad input before anything is printed', () => {
  it('a file of unknown kind, saying what its first bytes are', async () => {
    const stderr = await printRefused(write('mystery.pdf', Uint8Array.of(0x00, 0x01, 0x02, 0x03, 0xfe, 0xff)));
    expect(stderr).toContain('INKLESS_IMPORT_UNKNOWN_KIND');
    expect(stderr).toContain('00 01 02 03 fe ff');
  }, 120_000);

  it('an encrypted PDF', async () => {
    expect(await printRefused(write('locked.pdf', encryptedPdf()))).toContain('INKLESS_IMPORT_PDF_ENCRYPTED');
  }, 120_000);

  it('a truncated PDF', async () => {
    expect(await printRefused(write('cut.pdf', carrier.bytes.subarray(0, Math.floor(carrier.bytes.length / 3))))).toContain('INKLESS_IMPORT_PDF_INVALID');
  }, 120_000);

  it('a PDF with 100,000 pages, giving both counts', async () => {
    const stderr = await printRefused(write('many.pdf', manyPagesPdf(100_000)));
    expect(stderr).toContain('INKLESS_IMPORT_PDF_TOO_MANY_PAGES');
    expect(stderr).toContain('100,000');
  }, 180_000);

  it('a picture claiming 100,000 x 100,000 pixels, with its size', async () => {
    const stderr = await printRefused(write('bomb.png', hugePngHeader(100_000, 100_000)));
    expect(stderr).toContain('INKLESS_IMPORT_PICTURE_TOO_LARGE');
    expect(stderr).toMatch(/100,?000 ?x ?100,?000/);
  }, 120_000);

  it('ZPL with an unterminated ^XA, with its byte offset', async () => {
    const stderr = await printRefused(write('open.zpl', '^XA^FO10,10^A0N,30,30^FDfirst^FS^XZ\n^XA^FO10,10^FDnever closed^FS\n'));
    expect(stderr).toMatch(/INKLESS_IMPORT_ZPL_\w+/);
    expect(stderr).toMatch(/byte 3[0-9]\b/);
  }, 120_000);

  it('a --region outside the page, naming the page and its size', async () => {
    const stderr = await printRefused(write('region.pdf', carrier.bytes), ['--region', '150,200,101.6,152.4']);
    expect(stderr).toContain('INKLESS_IMPORT_BAD_REGION');
    expect(stderr).toContain('page 1');
    expect(stderr).toContain('215.9 x 279.4 mm');
  }, 120_000);

  it('a --label wider than the printer head', async () => {
    const stderr = await printRefused(write('wide.pdf', carrier.bytes), ['--label', '150x100mm']);
    expect(stderr).toContain('INKLESS_PRINTER_TOO_WIDE');
    expect(stderr).toContain('150 x 100 mm');
  }, 120_000);
});
