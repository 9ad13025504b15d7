// Pixel agreement with zpl-renderer-js (a WebAssembly build of zebrash, a dev dependency):
// per fixture, the share of dots that differ between its PNG and our bitmap at 203 dpi (8 dots/mm).
// Run: npx tsx packages/import/scripts/zpl-agreement.ts [fixture.zpl ...]
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bitmapFromPng } from '@inkless/label/output';
import { getPixel, type Bitmap1 } from '@inkless/label';
import { interpretZpl } from '../src/index';
import { FIXTURES_DIR, readFixture, testRenderEnv } from '../tests/zpl/zpl-test-env';

export interface Agreement {
  readonly fixture: string;
  readonly label: number;
  readonly width: number;
  readonly height: number;
  /** Share of the label's dots (0..1) that are ink in one render and paper in the other. */
  readonly differing: number;
  /** Both bitmaps, for closer looks at parts of the label. */
  readonly ours: Bitmap1;
  readonly theirs: Bitmap1;
}

type ZplApi = { zplToBase64MultipleAsync: (zpl: string, widthMm?: number, heightMm?: number, dpmm?: number) => Promise<string[]> };
let api: Promise<ZplApi> | undefined;

async function peer(): Promise<ZplApi> {
  api ??= import('zpl-renderer-js').then(async (m) => (await (m as unknown as { ready: Promise<{ api: ZplApi }> }).ready).api);
  return api;
}

/** A part of a label (dots). */
export interface Region { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/** Dots that differ over the larger of the two sizes, or over `region` (a dot outside a bitmap counts as paper there). */
export function differingShare(a: Bitmap1, b: Bitmap1, region?: Region): number {
  const r = region ?? { x: 0, y: 0, width: Math.max(a.width, b.width), height: Math.max(a.height, b.height) };
  let differ = 0;
  const at = (bmp: Bitmap1, x: number, y: number): boolean => x < bmp.width && y < bmp.height && getPixel(bmp, x, y);
  for (let y = r.y; y < r.y + r.height; y++) for (let x = r.x; x < r.x + r.width; x++) if (at(a, x, y) !== at(b, x, y)) differ++;
  return differ / (r.width * r.height);
}

/** Renders a fixture both ways (ours and the peer's, at the label's own ^PW x ^LL) and compares each label. */
export async function measureAgreement(fixture: string): Promise<Agreement[]> {
  const bytes = readFixture(fixture);
  const ours = interpretZpl(bytes, { dpi: 203 }, testRenderEnv()).labels;
  const text = new TextDecoder('latin1').decode(bytes);
  const out: Agreement[] = [];
  const zebrash = await peer();
  const first = ours[0]!;
  const pngs = await zebrash.zplToBase64MultipleAsync(text, first.bitmap.width / 8, first.bitmap.height / 8, 8);
  for (const [i, label] of ours.entries()) {
    const png = pngs[i];
    if (png === undefined) break;
    const theirs = bitmapFromPng(new Uint8Array(Buffer.from(png, 'base64')));
    out.push({ fixture, label: i, width: theirs.width, height: theirs.height, differing: differingShare(label.bitmap, theirs), ours: label.bitmap, theirs });
  }
  return out;
}

export function listFixtures(): string[] {
  return readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.zpl')).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = process.argv.length > 2 ? process.argv.slice(2) : listFixtures();
  for (const name of names) {
    let results: Agreement[];
    try {
      results = await measureAgreement(name);
    } catch (error) {
      console.log(`${name.padEnd(20)} zpl-renderer-js cannot render it: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
      continue;
    }
    for (const a of results) {
      console.log(`${a.fixture.padEnd(20)} label ${a.label + 1}  ${a.width}x${a.height}  differing dots ${(a.differing * 100).toFixed(2)} %`);
    }
  }
}
