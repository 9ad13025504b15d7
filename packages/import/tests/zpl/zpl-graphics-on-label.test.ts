// Graphics (^GF, ~DG + ^XG) go on the label's bitmap dot for dot, without the PNG image element the
// document holds for them. These tests hold that fast way to the engine's: every fixture, and
// graphics reversed, turned upside down, magnified and pushed off the label's edges, give the same
// bitmap as when the engine draws each graphic from its image element (`drawOnLabel: false`).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretZpl } from '@inkless/import';
import { countInk, hashBitmap, type RenderEnv } from '@inkless/label';
import { FIXTURES_DIR, readFixture, testRenderEnv } from './zpl-test-env';

const engineOnly = (): RenderEnv => ({ ...testRenderEnv(), drawOnLabel: false });

/** Each label's bitmap hash, the fast way and the engine's way. */
function bothWays(zpl: Uint8Array | string, dpi: number): { direct: string[]; engine: string[] } {
  const direct = interpretZpl(zpl, { dpi }, testRenderEnv()).labels.map((l) => hashBitmap(l.bitmap));
  const engine = interpretZpl(zpl, { dpi }, engineOnly()).labels.map((l) => hashBitmap(l.bitmap));
  return { direct, engine };
}

/** A 16 x 12 dot graphic, not symmetric (so a wrong flip or shift shows), as ^GFA hex. */
const HEX = 'FF00F0F0CC33AAAA0FF08001FFFF0000123481807E7EFFFE';
const GF = `^GFA,24,24,2,${HEX}`;

describe('ZPL graphics drawn straight onto the label', () => {
  for (const name of readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.zpl')).sort()) {
    for (const dpi of [203, 300]) {
      it(`${name} at ${dpi} dpi: the same dots as the engine drawing the document`, () => {
        const { direct, engine } = bothWays(readFixture(name), dpi);
        expect(direct.length).toBeGreaterThan(0);
        expect(direct).toEqual(engine);
      });
    }
  }

  const cases: Record<string, string> = {
    'a reverse graphic over a box': `^XA^PW200^LL100^FO10,10^GB80,40,40^FS^FO20,20^FR${GF}^FS^FO60,5^GB30,30,3^FS^XZ`,
    'a graphic under ^LR (every field reversed)': `^XA^PW200^LL100^LRY^FO10,10^GB60,30,30^FS^FO30,15${GF}^FS^XZ`,
    'a graphic printed upside down (^POI)': `^XA^POI^PW200^LL100^FO13,7${GF}^FS^FO50,50^GB40,20,2^FS^XZ`,
    'a graphic placed by ^FT (its bottom on y)': `^XA^PW200^LL100^FT3,40${GF}^FS^XZ`,
    'a stored graphic magnified 3 x 2 and reversed': `~DGR:T.GRF,24,2,${HEX}^XA^PW200^LL100^FO5,5^GB100,50,50^FS^FO21,9^FR^XGR:T.GRF,3,2^FS^XZ`,
    'graphics cut by the label\'s edges': `^XA^PW100^LL50^LS20^FO5,0${GF}^FS^FO92,44${GF}^FS^XZ`,
  };
  for (const [what, zpl] of Object.entries(cases)) {
    it(`${what}: the same dots as the engine`, () => {
      const { direct, engine } = bothWays(zpl, 203);
      expect(direct).toHaveLength(1);
      expect(direct).toEqual(engine);
    });
  }

  it('a graphic over the engine\'s image limits is left out with a notice, as the engine leaves it out', () => {
    const wide = `~DGR:W.GRF,2001,2001,${'F0'.repeat(2001)}^XA^PW200^LL100^FO0,0^XGR:W.GRF,10,1^FS^FO10,10^GB20,20,20^FS^XZ`;
    const { direct, engine } = bothWays(wide, 203);
    expect(direct).toEqual(engine);
    const [label] = interpretZpl(wide, { dpi: 203 }, testRenderEnv()).labels;
    expect(label!.notices.map((n) => [n.code, n.command])).toContainEqual(['INKLESS_IMPORT_ZPL_FIELD_SKIPPED', '^XG']);
    expect(countInk(label!.bitmap)).toBe(20 * 20);
  });

  it('a graphic puts its dots on the label (the comparison above is not of two blank labels)', () => {
    const [label] = interpretZpl(`^XA^PW200^LL100^FO10,10${GF}^FS^XZ`, { dpi: 203 }, testRenderEnv()).labels;
    const ones = [...Buffer.from(HEX, 'hex')].reduce((n, b) => n + b.toString(2).replace(/0/g, '').length, 0);
    expect(countInk(label!.bitmap)).toBe(ones);
  });

  it('makes the document only when it is read, then keeps it; graphics are image elements there', () => {
    const [label] = interpretZpl(readFixture('graphics.zpl'), { dpi: 203 }, testRenderEnv()).labels;
    const first = label!.document;
    expect(label!.document).toBe(first);
    const sources = first.elements.flatMap((e) => (e.type === 'image' ? [e.src] : []));
    expect(sources).toHaveLength(4);
    for (const src of sources) expect(src).toMatch(/^data:image\/png;base64,/);
  });
});
