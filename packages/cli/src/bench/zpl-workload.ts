// The ZPL workload of `inkless bench`: the ZPL fixtures (shipping, warehouse, graphics, barcodes,
// paragraphs, ...) interpreted to label bitmaps at 203 dpi, labels/s, by Inkless and by
// zpl-renderer-js (zebrash in WebAssembly, a dev dependency: the bench runs from the repository).
// Same files, same sizes (^PW x ^LL), one process; each side warms up once, then repeats for a
// fixed time per fixture. Fixtures the peer cannot render (^XF without a device name) are left out
// for both sides. Nothing is cached from one run (or one label) to the next on our side: within a
// label each barcode is encoded once, shared between sizing its box and drawing it. serial.zpl
// gives three labels on our side (^SN counts up per ^PQ copy) and one on the peer's.
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
  /** The same per second of this process's CPU time: steadier than wall time on a shared machine. */
  readonly inkless_labels_per_cpu_s: number;
  readonly peer_labels_per_cpu_s: number;
  readonly cpu_ratio: number;
}

type PeerApi = { zplToBase64MultipleAsync: (zpl: string, widthMm: number, heightMm: number, dpmm: number) => Promise<string[]> };

/** Labels per second of wall time and per second of this process's CPU time. */
async function timed(run: () => Promise<number> | number): Promise<{ wall: number; cpu: number }> {
  await run();
  let labels = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < SECONDS_PER_FIXTURE * 1000) labels += await run();
  const cpu = process.cpuUsage(cpuStart);
  return { wall: labels / ((performance.now() - start) / 1000), cpu: labels / ((cpu.user + cpu.system) / 1e6) };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Labels per second each way, over the fixtures both can render (harmonic: time per label adds up). */
export async function benchZpl(): Promise<ZplBenchResult> {
  const env = { fonts: loadBundledFonts() };
  const peer = ((await (await import('zpl-renderer-js') as unknown as { ready: Promise<{ api: PeerApi }> }).ready).api);
  let oursSeconds = 0;
  let peerSeconds = 0;
  let oursCpu = 0;
  let peerCpu = 0;
  let fixtures = 0;
  process.stdout.write('zpl      cached: nothing across runs or labels; within one label each barcode is encoded once (sizing and drawing share it)\n');
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
    process.stdout.write(`zpl      ${name.padEnd(18)} inkless ${ours.wall.toFixed(1)} labels/s  zpl-renderer-js ${theirs.wall.toFixed(1)} labels/s  (${(ours.wall / theirs.wall).toFixed(1)}x; per CPU second ${ours.cpu.toFixed(1)} and ${theirs.cpu.toFixed(1)}, ${(ours.cpu / theirs.cpu).toFixed(1)}x)\n`);
    oursSeconds += 1 / ours.wall;
    peerSeconds += 1 / theirs.wall;
    oursCpu += 1 / ours.cpu;
    peerCpu += 1 / theirs.cpu;
    fixtures++;
  }
  const inkless = fixtures / oursSeconds;
  const peerRate = fixtures / peerSeconds;
  return {
    fixtures, inkless_labels_per_s: round2(inkless), peer_labels_per_s: round2(peerRate), ratio: round2(inkless / peerRate),
    inkless_labels_per_cpu_s: round2(fixtures / oursCpu), peer_labels_per_cpu_s: round2(fixtures / peerCpu), cpu_ratio: round2(peerCpu / oursCpu),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${JSON.stringify(await benchZpl())}\n`);
