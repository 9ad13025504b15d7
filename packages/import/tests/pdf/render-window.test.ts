// The PDF engine's window: a region of the page, turned and scaled, drawn by PDFium straight at
// the label's dots. It must land where the JS path (render the page at twice the dpi, cut, turn,
// area-average) puts the same window: within a dot of every edge, and the dots agree but for
// antialiased edges (PDFium draws each edge once at the final size; the JS path averages a render).
import { describe, expect, it } from 'vitest';
import type { GreyImage } from '@inkless/label';
import { loadPdfEngine } from '../../src/node';
import { cutAndTurn, scaleWindow, type Rotation } from '../../src/page/turn-and-scale';
import { makeCarrierPdf } from '../support/carrier-pdf';

const engine = await loadPdfEngine();

/** Share of pixels whose ink (grey < 128) differs. */
function differing(a: GreyImage, b: GreyImage): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i++) if (a.data[i]! < 128 !== b.data[i]! < 128) n++;
  return n / a.data.length;
}

function inkBox(g: GreyImage): [number, number, number, number] {
  let x0 = g.width, y0 = g.height, x1 = -1, y1 = -1;
  for (let y = 0; y < g.height; y++) for (let x = 0; x < g.width; x++) {
    if (g.data[y * g.width + x]! >= 128) continue;
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

describe('renderWindow: a turned, scaled window drawn by PDFium', () => {
  it('at scale 1 and no turn, it is the page as renderPage draws it, byte for byte', () => {
    for (const paper of ['letter', 'a4'] as const) {
      const pdf = engine.open(makeCarrierPdf({ paper, form: 'vector' }).bytes);
      const page = pdf.renderPage(0, 100);
      const window = pdf.renderWindow(0, 100, { region: { x: 0, y: 0, width: page.width, height: page.height }, rotation: 0, scale: 1, offsetX: 0, offsetY: 0, width: page.width, height: page.height });
      expect([window.width, window.height]).toEqual([page.width, page.height]);
      expect(Buffer.from(window.data).equals(Buffer.from(page.data))).toBe(true);
      pdf.close();
    }
  });

  for (const rotation of [0, 90, 180, 270] as const) {
    it(`turned ${rotation}°, it matches the JS cut, turn and scale of a 406 dpi render within a dot`, () => {
      const pdf = engine.open(makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' }).bytes);
      const hi = pdf.renderPage(0, 406);
      // The label's region at 406 dpi (as findLabelRegions finds it), brought onto 812 x 1218 dots.
      const region = { x: 507, y: 304, width: 2437, height: 1625 };
      const turned = cutAndTurn(hi, region, rotation as Rotation);
      const scale = Math.min(812 / turned.width, 1218 / turned.height);
      const offsetX = Math.floor((812 - Math.round(turned.width * scale)) / 2);
      const offsetY = Math.floor((1218 - Math.round(turned.height * scale)) / 2);
      const js = scaleWindow(turned, scale, -offsetX, -offsetY, 812, 1218);
      // The same window asked of a page drawn at 203 dpi: the region in its pixels is half.
      const half = { x: region.x / 2, y: region.y / 2, width: region.width / 2, height: region.height / 2 };
      const drawn = pdf.renderWindow(0, 203, { region: half, rotation: rotation as Rotation, scale: scale * 2, offsetX, offsetY, width: 812, height: 1218 });
      const [a, b] = [inkBox(js), inkBox(drawn)];
      for (let i = 0; i < 4; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(1);
      // Stated tolerance: under 2 % of the label's dots differ (edges of antialiased text and bars).
      expect(differing(js, drawn)).toBeLessThan(0.02);
      pdf.close();
    });
  }
});
