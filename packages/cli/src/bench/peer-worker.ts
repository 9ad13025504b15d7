import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import bwipjs from 'bwip-js/browser';
import type { Bitmap1 } from '@inkless/label';
import type { WorkerFigures } from './inkless-worker';
import type { LabelEncoder } from './label-encoder';

const WIDTH = 812; // 4 in at 203 dpi
const HEIGHT = 1218; // 6 in at 203 dpi

interface RawLinear { sbs: number[] }
interface RawMatrix { pixs: number[]; pixx: number; pixy: number }
const raw = (bwipjs as unknown as { raw(o: Record<string, unknown>): unknown[] }).raw;

/** Bars straight onto the label canvas: one rect per bar, module = `scale` pixels. */
function drawLinear(ctx: SKRSContext2D, symbol: RawLinear, x: number, y: number, scale: number, height: number): void {
  ctx.beginPath();
  let at = x;
  symbol.sbs.forEach((w, i) => {
    if (i % 2 === 0) ctx.rect(at, y, w * scale, height);
    at += w * scale;
  });
  ctx.fill();
}

/** Modules straight onto the label canvas, one rect per dark module. */
function drawMatrix(ctx: SKRSContext2D, symbol: RawMatrix, x: number, y: number, scale: number): void {
  ctx.beginPath();
  for (let r = 0; r < symbol.pixy; r++) for (let c = 0; c < symbol.pixx; c++) if (symbol.pixs[r * symbol.pixx + c]) ctx.rect(x + c * scale, y + r * scale, scale, scale);
  ctx.fill();
}

/**
 * The peer baseline: the way a JavaScript developer prints a label today, made as fast as it fairly
 * goes. bwip-js encodes (its raw symbol, so none of its own pixel rendering is timed), the bars and
 * modules go straight onto one reused @napi-rs/canvas with whole-pixel rects, the text with
 * fillText, then getImageData and a tight threshold-and-pack loop give the printer's 1-bit raster.
 */
export async function runPeerWorker(csvPath: string, encode: LabelEncoder): Promise<WorkerFigures> {
  const require = createRequire(import.meta.url);
  GlobalFonts.registerFromPath(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf/DejaVuSans.ttf'), 'DejaVu Sans');
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  const stride = (WIDTH + 7) >> 3;
  let labels = 0;
  let inkDots = 0;
  let bytes = 0;
  const lines = createInterface({ input: createReadStream(csvPath), crlfDelay: Infinity });
  let header = true;
  const started = process.hrtime.bigint();
  for await (const line of lines) {
    if (header) { header = false; continue; }
    if (!line) continue;
    const [name, street, city, tracking, url] = line.split(',') as [string, string, string, string, string];
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    ctx.fillStyle = '#000';
    ctx.font = '42px "DejaVu Sans"';
    ctx.fillText(name, 40, 90);
    ctx.fillText(street, 40, 150);
    ctx.fillText(city, 40, 210);
    drawLinear(ctx, raw({ bcid: 'code128', text: tracking })[0] as RawLinear, 60, 300, 3, 160);
    ctx.font = '28px "DejaVu Sans"';
    ctx.fillText(tracking, 300, 500);
    drawMatrix(ctx, raw({ bcid: 'qrcode', text: url, eclevel: 'M' })[0] as RawMatrix, 220, 640, 8);
    const rgba = ctx.getImageData(0, 0, WIDTH, HEIGHT).data;
    const packed = new Uint8Array(stride * HEIGHT);
    for (let y = 0, p = 0; y < HEIGHT; y++) {
      const row = y * stride;
      for (let x = 0; x < WIDTH; x++, p += 4) {
        // Luma threshold at 50%: the usual (r*299 + g*587 + b*114) / 1000 < 128, in integers.
        if (rgba[p]! * 299 + rgba[p + 1]! * 587 + rgba[p + 2]! * 114 < 128_000) packed[row + (x >> 3)]! |= 0x80 >> (x & 7);
      }
    }
    inkDots += packed[packed.length >> 1]!;
    if (encode) bytes += encode({ width: WIDTH, height: HEIGHT, stride, data: packed } satisfies Bitmap1).length;
    labels++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { labels, seconds, inkDots, bytes };
}
