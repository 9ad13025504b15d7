// Writes examples/image-label-dithered.json: a synthetic photo-like greyscale PNG (gradients and a
// sphere) embedded as a data URI, drawn with two dithering methods side by side.
// Run: npx tsx scripts/make-image-example.ts
import { writeFileSync } from 'node:fs';
import { encode } from 'fast-png';

const W = 240;
const H = 180;
const grey = new Uint8Array(W * H);
for (let y = 0; y < H; y++) {
  for (let x = 0; x < W; x++) {
    const sky = 230 - (y / H) * 120;
    const dx = x - 150;
    const dy = y - 80;
    const r2 = dx * dx + dy * dy;
    let v = sky;
    if (r2 < 55 * 55) {
      const lx = (x - 130) / 55;
      const ly = (y - 60) / 55;
      v = 250 - 200 * Math.min(1, Math.sqrt(lx * lx + ly * ly));
    }
    if (y > 140 + 10 * Math.sin(x / 18)) v = 60 + ((x * 7 + y * 3) % 40);
    grey[y * W + x] = Math.max(0, Math.min(255, Math.round(v)));
  }
}
const png = encode({ width: W, height: H, data: grey, channels: 1, depth: 8 });
const src = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
const doc = {
  schemaVersion: 2,
  name: 'Image label with dithering',
  label: { widthMm: 100, heightMm: 50, dpi: 203, stock: 'thermal-100x50' },
  elements: [
    { type: 'image', xMm: 2, yMm: 2, widthMm: 47, heightMm: 38, src, fit: 'contain', dither: 'floyd-steinberg' },
    { type: 'image', xMm: 51, yMm: 2, widthMm: 47, heightMm: 38, src, fit: 'contain', dither: 'atkinson', contrast: 20 },
    { type: 'text', xMm: 2, yMm: 41, widthMm: 47, heightMm: 7, text: 'Floyd-Steinberg', fontSizePt: 9, align: 'center' },
    { type: 'text', xMm: 51, yMm: 41, widthMm: 47, heightMm: 7, text: 'Atkinson, contrast +20', fontSizePt: 9, align: 'center' },
  ],
};
writeFileSync(new URL('../examples/image-label-dithered.json', import.meta.url), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`wrote examples/image-label-dithered.json (${png.length} byte PNG)`);
