import { createBitmap, fillRect, type Bitmap1 } from '../bitmap/bitmap1';

/**
 * Deterministic sample labels for tests and benchmarks of the encoders (no randomness from the
 * runtime: a fixed linear congruential generator), so sizes can be compared run to run.
 */
export function makeNoiseBitmap(width: number, height: number, seed = 1, inkPercent = 50): Bitmap1 {
  const bmp = createBitmap(width, height);
  const next = makeLcg(seed);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (next() % 100 < inkPercent) fillRect(bmp, x, y, 1, 1);
  }
  return bmp;
}

/**
 * A 4x6 in shipping label at 203 dpi (812 x 1218 dots): a frame, a big barcode, text-like lines of
 * small glyph blocks and a 2D-code-like square, roughly what a courier label looks like.
 */
export function makeShippingLabelBitmap(seed = 7): Bitmap1 {
  const bmp = createBitmap(812, 1218);
  const next = makeLcg(seed);
  // Frame and dividers.
  fillRect(bmp, 0, 0, 812, 4);
  fillRect(bmp, 0, 1214, 812, 4);
  fillRect(bmp, 0, 0, 4, 1218);
  fillRect(bmp, 808, 0, 4, 1218);
  for (const y of [300, 620, 900]) fillRect(bmp, 0, y, 812, 3);
  // Text-like lines: glyph boxes 10..14 dots wide, each a few random strokes.
  for (let line = 0; line < 14; line++) {
    const top = 30 + line * 20 + (line > 6 ? 160 : 0);
    let x = 24;
    while (x < 760) {
      const w = 8 + (next() % 6);
      if (next() % 7 === 0) { x += w; continue; } // a space
      for (let s = 0; s < 4; s++) {
        const sx = x + (next() % w);
        const sy = top + (next() % 12);
        if (next() % 2) fillRect(bmp, sx, top, 2, 14);
        else fillRect(bmp, x, sy, w - 2, 2);
      }
      x += w + 2;
    }
  }
  // Linear barcode: 3-dot module, bars of 1..4 modules.
  let x = 60;
  let bar = true;
  while (x < 750) {
    const w = 3 * (1 + (next() % 4));
    if (bar) fillRect(bmp, x, 640, w, 240);
    x += w;
    bar = !bar;
  }
  // 2D-code-like matrix: 45 x 45 modules of 6 dots.
  for (let r = 0; r < 45; r++) {
    for (let c = 0; c < 45; c++) if (next() % 2) fillRect(bmp, 260 + c * 6, 930 + r * 6, 6, 6);
  }
  return bmp;
}

function makeLcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 8;
  };
}
