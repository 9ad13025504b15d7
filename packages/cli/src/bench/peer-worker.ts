import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createCanvas, GlobalFonts, type Canvas } from '@napi-rs/canvas';
import bwipjs from 'bwip-js/browser';

const WIDTH = 812; // 4 in at 203 dpi
const HEIGHT = 1218; // 6 in at 203 dpi

/**
 * The peer baseline: the way a JavaScript developer prints a label today. bwip-js draws each
 * barcode straight onto a canvas, @napi-rs/canvas draws the text, getImageData, then a tight
 * threshold-and-pack loop makes the 1-bit raster a printer takes.
 */
export async function runPeerWorker(csvPath: string): Promise<{ labels: number; seconds: number; inkDots: number }> {
  const require = createRequire(import.meta.url);
  GlobalFonts.registerFromPath(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf/DejaVuSans.ttf'), 'DejaVu Sans');
  const canvas = createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  const code128 = createCanvas(1, 1);
  const qr = createCanvas(1, 1);
  const stride = (WIDTH + 7) >> 3;
  let labels = 0;
  let inkDots = 0;
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
    bwipjs.toCanvas(code128 as unknown as HTMLCanvasElement, { bcid: 'code128', text: tracking, scale: 3, height: 25, includetext: true, backgroundcolor: 'FFFFFF', paddingwidth: 10 });
    ctx.drawImage(code128 as Canvas, 60, 300);
    // eclevel is a BWIPP option bwip-js passes through; its typings do not list it.
    bwipjs.toCanvas(qr as unknown as HTMLCanvasElement, { bcid: 'qrcode', text: url, scale: 6, eclevel: 'M', backgroundcolor: 'FFFFFF', padding: 4 } as Parameters<typeof bwipjs.toCanvas>[1]);
    ctx.drawImage(qr as Canvas, 220, 640);
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
    labels++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { labels, seconds, inkDots };
}
