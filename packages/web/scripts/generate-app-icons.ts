// Draws the studio's app icons (public/icons/*.png) with the engine's own bitmap and PNG code:
// a white label with barcode bars on the studio's dark ink. Run: npx tsx packages/web/scripts/generate-app-icons.ts
import { writeFileSync } from 'node:fs';
import { createBitmap, fillRect } from '@inkless/label';
import { encodePreviewPng } from '@inkless/label/output';

/** The top bar's colour (--ink in studio.css) as a grey level: the icon's background. */
const INK_GREY = 0x1d;
/** Bar widths and gaps in units of one module, left to right: reads as a barcode at any size. */
const BARS = [2, 1, 1, 1, 3, 1, 1, 2, 2, 1, 1, 1, 3, 2, 1, 1, 2, 1, 1, 1, 3];

/**
 * One square icon of `sizePx`. `contentShare` is how much of the width the label takes: a
 * maskable icon keeps it inside the middle 80 % circle that launchers may crop to.
 */
function drawIcon(sizePx: number, contentShare: number): Uint8Array {
  const bmp = createBitmap(sizePx, sizePx);
  const labelW = Math.round(sizePx * contentShare);
  const labelH = Math.round(labelW * 0.62);
  const x0 = Math.round((sizePx - labelW) / 2);
  const y0 = Math.round((sizePx - labelH) / 2);
  fillRect(bmp, x0, y0, labelW, labelH);
  const units = BARS.reduce((a, b) => a + b, 0);
  const module = Math.max(1, Math.floor((labelW * 0.76) / units));
  let x = x0 + Math.round((labelW - units * module) / 2);
  const barTop = y0 + Math.round(labelH * 0.18);
  const barHeight = Math.round(labelH * 0.64);
  BARS.forEach((width, i) => {
    // Even entries are bars (cleared to the dark background), odd ones the gaps between them.
    if (i % 2 === 0) fillRect(bmp, x, barTop, width * module, barHeight, false);
    x += width * module;
  });
  return encodePreviewPng(bmp, { marginPx: 0, palette: { paper: INK_GREY, ink: 0xff } });
}

const out = (name: string) => new URL(`../public/icons/${name}`, import.meta.url);
writeFileSync(out('icon-192.png'), drawIcon(192, 0.78));
writeFileSync(out('icon-512.png'), drawIcon(512, 0.78));
writeFileSync(out('icon-maskable-512.png'), drawIcon(512, 0.6));
writeFileSync(out('apple-touch-icon-180.png'), drawIcon(180, 0.78));
console.log('wrote packages/web/public/icons/*.png');
