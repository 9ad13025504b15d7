// The peer of the PDF workload: what a user scripts today to print a shipping-label PDF on a TSPL
// printer. Poppler's `pdftoppm -r 203 -mono` renders every page to a 1-bit PBM at the printer's dpi;
// then, in plain Node, each page is cropped to its ink box, turned to portrait when it lies
// landscape, and sent whole as one TSPL BITMAP. Written plainly, pixel by pixel, as a user would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSeconds, type PdfRunFigures } from './pdf-inkless';

/** A 1-bit page: 1 = black, rows of `rowBytes`, most significant bit leftmost (PBM's own layout). */
interface Pbm {
  readonly width: number;
  readonly height: number;
  readonly rowBytes: number;
  readonly bits: Uint8Array;
}

/** Reads a binary PBM (`P4`, width, height, one whitespace byte, then the rows). */
function readPbm(bytes: Uint8Array): Pbm {
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 3) {
    while (/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    if (bytes[at] === 0x23) {
      while (bytes[at] !== 0x0a) at++;
      continue;
    }
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[at]!))) field += String.fromCharCode(bytes[at++]!);
    fields.push(field);
  }
  if (fields[0] !== 'P4') throw new Error('not a binary PBM');
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, rowBytes: Math.ceil(width / 8), bits: bytes.subarray(at + 1) };
}

const isBlack = (p: Pbm, x: number, y: number): boolean => ((p.bits[y * p.rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1) === 1;

/** The page cropped to its ink, turned a quarter clockwise when wider than tall (a 4x6 laid on a Letter half). */
function cropAndTurn(page: Pbm): { width: number; height: number; black: (x: number, y: number) => boolean } {
  let left = page.width;
  let top = page.height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < page.height; y++) {
    for (let x = 0; x < page.width; x++) {
      if (!isBlack(page, x, y)) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
    }
  }
  if (right < 0) return { width: 1, height: 1, black: () => false };
  const w = right - left + 1;
  const h = bottom - top + 1;
  if (w <= h) return { width: w, height: h, black: (x, y) => isBlack(page, left + x, top + y) };
  // Clockwise: the label's top, pointing left on the page, ends up at the top.
  return { width: h, height: w, black: (x, y) => isBlack(page, left + y, top + h - 1 - x) };
}

/** The whole label as one TSPL BITMAP (0 = burn), on 4x6 in stock with a 3 mm gap. */
function packTspl(label: { width: number; height: number; black: (x: number, y: number) => boolean }): Uint8Array {
  const widthBytes = Math.ceil(label.width / 8);
  const data = new Uint8Array(widthBytes * label.height).fill(0xff);
  for (let y = 0; y < label.height; y++) {
    for (let x = 0; x < label.width; x++) {
      if (label.black(x, y)) data[y * widthBytes + (x >> 3)]! &= ~(0x80 >> (x & 7));
    }
  }
  const head = Buffer.from(`SIZE 101.6 mm,152.4 mm\r\nGAP 3 mm,0 mm\r\nCLS\r\nBITMAP 0,0,${widthBytes},${label.height},0,`, 'latin1');
  return Buffer.concat([head, data, Buffer.from('\r\nPRINT 1,1\r\n', 'latin1')]);
}

/**
 * Prints every page of the PDF at `pdfPath` to TSPL bytes handed to `sink`, the peer's way; the
 * clock covers pdftoppm and the Node steps.
 */
export function printPdfWithPeer(pdfPath: string, sink: (bytes: Uint8Array) => void): PdfRunFigures {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-pdf-peer-'));
  try {
    const started = performance.now() / 1000;
    const cpuStarted = cpuSeconds();
    execFileSync('pdftoppm', ['-r', '203', '-mono', pdfPath, join(dir, 'page')]);
    const rendered = performance.now() / 1000;
    let labels = 0;
    let bytes = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.pbm')).sort()) {
      const out = packTspl(cropAndTurn(readPbm(readFileSync(join(dir, name)))));
      bytes += out.length;
      sink(out);
      labels++;
    }
    const seconds = performance.now() / 1000 - started;
    return { labels, seconds, cpuSeconds: cpuSeconds() - cpuStarted, bytes, checkFailures: 0, phases: { render: rendered - started, decode: 0, encode: 0, prepare: seconds - (rendered - started) } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
