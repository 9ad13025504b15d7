// The ZPL workload of `inkless bench`: the ZPL fixtures (shipping, warehouse, graphics, barcodes,
// paragraphs, ...) interpreted to label bitmaps at 203 dpi, labels/s, by Inkless and by
// zpl-renderer-js (zebrash in WebAssembly, a dev dependency: the bench runs from the repository).
// Same files, same sizes (^PW x ^LL), one process; each side warms up once, then repeats for a
// fixed time per fixture. Fixtures the peer cannot render (^XF without a device name) are left out
// for both sides.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { interpretZpl } from '@inkless/import';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';

const FIXTURES = fileURLToPath(new URL('../../../import/tests/zpl/fixtures/', import.meta.url));
/** Time each side spends on each fixture after its warm-up. */
const SECONDS_PER_FIXTURE = 1;

export interface ZplBenchResult {
  readonly fixtures: number;
  readonly inkless_labels_per_s: number;
  readonly peer_labels_per_s: number;
  readonly ratio: number;
}

type PeerApi = { zplToBase64MultipleAsync: (zpl: string, widthMm: number, heightMm: number, dpmm: number) => Promise<string[]> };

async function timed(run: () => Promise<number> | number): Promise<number> {
  await run();
  let labels = 0;
  const start = performance.now();
  while (performance.now() - start < SECONDS_PER_FIXTURE * 1000) labels += await run();
  return labels / ((performance.now() - start) / 1000);
}

/** Labels per second each way, over the fixtures both can render (harmonic: time per label adds up). */
export async function benchZpl(): Promise<ZplBenchResult> {
  const env = { fonts: loadBundledFonts() };
  const peer = ((await (await import('zpl-renderer-js') as unknown as { ready: Promise<{ api: PeerApi }> }).ready).api);
  let oursSeconds = 0;
  let peerSeconds = 0;
  let fixtures = 0;
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.zpl')).sort()) {
    const bytes = new Uint8Array(readFileSync(FIXTURES + name));
    const text = new TextDecoder('latin1').decode(bytes);
    const first = interpretZpl(bytes, { dpi: 203 }, env).labels[0]!.bitmap;
    try {
      await peer.zplToBase64MultipleAsync(text, first.width / 8, first.height / 8, 8);
    } catch {
      continue;
    }
    const ours = await timed(() => interpretZpl(bytes, { dpi: 203 }, env).labels.length);
    const theirs = await timed(async () => (await peer.zplToBase64MultipleAsync(text, first.width / 8, first.height / 8, 8)).length);
    process.stdout.write(`zpl      ${name.padEnd(18)} inkless ${ours.toFixed(1)} labels/s  zpl-renderer-js ${theirs.toFixed(1)} labels/s  (${(ours / theirs).toFixed(1)}x)\n`);
    oursSeconds += 1 / ours;
    peerSeconds += 1 / theirs;
    fixtures++;
  }
  const inkless = fixtures / oursSeconds;
  const peerRate = fixtures / peerSeconds;
  return { fixtures, inkless_labels_per_s: Math.round(inkless * 100) / 100, peer_labels_per_s: Math.round(peerRate * 100) / 100, ratio: Math.round((inkless / peerRate) * 100) / 100 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${JSON.stringify(await benchZpl())}\n`);
