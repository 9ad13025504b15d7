import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countInk, type Bitmap1 } from '../bitmap/bitmap1';
import { bitmapFromPng } from './bitmap-from-png';
import { encodePdf } from './encode-pdf';
import { makeShippingLabelBitmap } from './sample-bitmaps';

/** Poppler renders the PDF independently of Inkless; only skipped on machines without it. */
function findPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function countDifferent(a: Bitmap1, b: Bitmap1): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i++) {
    let x = a.data[i]! ^ b.data[i]!;
    while (x) { x &= x - 1; n++; }
  }
  return n;
}

describe.skipIf(!findPdftoppm())('encodePdf through poppler (pdftoppm)', () => {
  it.each(['vector', 'image'] as const)('renders page 1 (%s) with the same ink as the bitmap', (mode) => {
    const bmp = makeShippingLabelBitmap();
    const dir = mkdtempSync(join(tmpdir(), 'inkless-pdf-'));
    try {
      writeFileSync(join(dir, 'label.pdf'), encodePdf([{ bitmap: bmp, widthMm: 101.6, heightMm: 152.4 }], { mode }));
      // 812 dots over 4 in = 203 dpi: one rendered pixel per dot.
      execFileSync('pdftoppm', ['-r', '203', '-f', '1', '-l', '1', '-gray', '-aa', 'no', '-aaVector', 'no', '-png', '-singlefile', join(dir, 'label.pdf'), join(dir, 'page')]);
      const page = bitmapFromPng(readFileSync(join(dir, 'page.png')));
      expect([page.width, page.height]).toEqual([bmp.width, bmp.height]);
      // Poppler's pixel rounding may move an edge by a dot; the ink must still match closely.
      expect(Math.abs(countInk(page) - countInk(bmp))).toBeLessThan(countInk(bmp) * 0.01);
      expect(countDifferent(page, bmp)).toBeLessThan(countInk(bmp) * 0.02);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
