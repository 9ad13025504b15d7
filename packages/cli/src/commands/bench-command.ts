import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { runInklessWorker } from '../bench/inkless-worker';
import { runPeerWorker } from '../bench/peer-worker';
import { benchEncoders } from '../bench/encoder-bench';
import { shippingCsvLines } from '../bench/shipping-workload';

const USAGE = 'inkless bench [--labels 1000] [--big 100000] [--skip-big]';
const BIN = fileURLToPath(new URL('../../bin/inkless.js', import.meta.url));

interface WorkerResult {
  readonly who: string;
  readonly labels: number;
  readonly seconds: number;
  readonly maxRssMb: number;
}

/**
 * `inkless bench`: the "shipping" workload (4x6 in at 203 dpi, three text lines, a Code 128 and a QR
 * from CSV rows) for Inkless and for the peer baseline, each in its own process pinned to one
 * core, side by side. The last line is one JSON object for scripts.
 */
export async function runBench(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    labels: { type: 'string' }, big: { type: 'string' }, 'skip-big': { type: 'boolean', default: false },
    worker: { type: 'string' }, csv: { type: 'string' },
  }, USAGE);
  if (values.worker) return runWorker(values.worker, values.csv);
  const labels = parsePositiveInt(values.labels, 'labels', 1000);
  const big = parsePositiveInt(values.big, 'big', 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'inkless-bench-'));
  try {
    const small = await writeCsv(join(dir, 'small.csv'), labels);
    process.stderr.write(`shipping workload: ${labels} labels, 4x6 in at 203 dpi, one core each\n`);
    const inkless = spawnWorker('inkless', small);
    const peer = spawnWorker('peer', small);
    const large = values['skip-big'] ? undefined : spawnWorker('inkless', await writeCsv(join(dir, 'big.csv'), big));
    const rate = (r: WorkerResult) => r.labels / r.seconds;
    const encoders = benchEncoders();
    for (const e of encoders) process.stdout.write(`encoder  ${e.symbology.padEnd(8)} inkless ${e.inklessMs.toFixed(3)} ms  bwip-js ${e.bwipMs.toFixed(3)} ms  (${(e.bwipMs / e.inklessMs).toFixed(1)}x)\n`);
    const rows = [inkless, peer, ...(large ? [large] : [])];
    for (const r of rows) process.stdout.write(`${r.who.padEnd(8)} ${String(r.labels).padStart(7)} labels  ${rate(r).toFixed(1).padStart(8)} labels/s  ${(1000 / rate(r)).toFixed(2).padStart(7)} ms/label  peak RSS ${r.maxRssMb.toFixed(0)} MB\n`);
    const summary = {
      workload: 'shipping',
      labels,
      inkless_labels_per_s: round(rate(inkless)),
      peer_labels_per_s: round(rate(peer)),
      ratio: round(rate(inkless) / rate(peer)),
      peak_rss_mb: round(inkless.maxRssMb),
      peer_peak_rss_mb: round(peer.maxRssMb),
      encoders: Object.fromEntries(encoders.map((e) => [e.symbology, { inkless_ms: Number(e.inklessMs.toFixed(4)), bwip_ms: Number(e.bwipMs.toFixed(4)) }])),
      ...(large ? { big_labels: large.labels, big_labels_per_s: round(rate(large)), big_peak_rss_mb: round(large.maxRssMb), rss_ratio_big_vs_small: round(large.maxRssMb / inkless.maxRssMb) } : {}),
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

async function writeCsv(path: string, count: number): Promise<string> {
  const out = createWriteStream(path);
  for (const line of shippingCsvLines(count)) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

function spawnWorker(who: string, csv: string): WorkerResult {
  const pin = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];
  const [cmd, ...pre] = [...pin, process.execPath];
  const r = spawnSync(cmd!, [...pre, BIN, 'bench', '--worker', who, '--csv', csv], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new CliError('INKLESS_CLI_RENDER_FAILED', `bench worker ${who} failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const last = r.stdout.trim().split('\n').pop()!;
  return { who, ...(JSON.parse(last) as Omit<WorkerResult, 'who'>) };
}

async function runWorker(who: string, csv: string | undefined): Promise<number> {
  if (!csv) throw new CliError('INKLESS_CLI_USAGE', '--worker needs --csv', 2);
  const run = who === 'peer' ? runPeerWorker : runInklessWorker;
  const result = await run(csv);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ labels: result.labels, seconds: result.seconds, maxRssMb })}\n`);
  return 0;
}
