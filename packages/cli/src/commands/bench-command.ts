import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { PRINTER_LANGUAGES } from '@inkless/printers';
import { parseCommandArgs, parsePositiveInt } from '../args';
import { CliError } from '../cli-error';
import { benchEncoders } from '../bench/encoder-bench';
import { labelEncoder } from '../bench/label-encoder';
import { shippingCsvLines } from '../bench/shipping-workload';
import { startBenchPrinter } from '../bench/e2e-printer';
import { benchZpl } from '../bench/zpl-workload';
import { benchPdf, PDF_BENCH_LONG, PDF_BENCH_SHORT } from '../bench/pdf-workload';

export const USAGE = 'inkless bench [--labels 1000] [--big 100000] [--skip-big] [--skip-printers] [--skip-e2e] [--skip-server] [--skip-studio] [--skip-zpl] [--templates 100000] [--skip-pdf] [--pdf-long]';
const BIN = fileURLToPath(new URL('../../bin/inkless.js', import.meta.url));

interface WorkerResult {
  readonly who: string;
  readonly labels: number;
  readonly seconds: number;
  readonly bytes: number;
  readonly maxRssMb: number;
  /** End-to-end workers: where the time went, in seconds. */
  readonly phases?: Record<string, number>;
}

const round = (n: number) => Math.round(n * 100) / 100;
const rate = (r: WorkerResult) => r.labels / r.seconds;

/**
 * `inkless bench`: the "shipping" workload (4x6 in at 203 dpi, three text lines, a Code 128 and a QR
 * from CSV rows) for Inkless and for the peer baseline, each in its own process pinned to one
 * core, side by side: rendering, memory at scale, then document-to-printer-bytes per language
 * (the peer sends the full-label bitmap), then end to end to a virtual TSPL printer over TCP.
 * The last line is one JSON object for scripts.
 */
export async function runBench(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    labels: { type: 'string' }, big: { type: 'string' }, 'skip-big': { type: 'boolean', default: false }, 'skip-printers': { type: 'boolean', default: false },
    'skip-e2e': { type: 'boolean', default: false }, 'skip-server': { type: 'boolean', default: false }, 'skip-studio': { type: 'boolean', default: false }, 'skip-zpl': { type: 'boolean', default: false },
    'skip-pdf': { type: 'boolean', default: false }, 'pdf-long': { type: 'boolean', default: false },
    templates: { type: 'string' }, port: { type: 'string' },
    worker: { type: 'string' }, csv: { type: 'string' }, lang: { type: 'string' }, raw: { type: 'boolean', default: false },
  }, USAGE);
  if (values.worker) return runWorker(values.worker, values.csv, values.lang, values.raw, values.port);
  const labels = parsePositiveInt(values.labels, 'labels', 1000);
  const big = parsePositiveInt(values.big, 'big', 100_000);
  const dir = mkdtempSync(join(tmpdir(), 'inkless-bench-'));
  try {
    const small = await writeCsv(join(dir, 'small.csv'), labels);
    process.stderr.write(`shipping workload: ${labels} labels, 4x6 in at 203 dpi, one core each\n`);
    const encoders = benchEncoders();
    for (const e of encoders) process.stdout.write(`encoder  ${e.symbology.padEnd(8)} inkless ${e.inklessMs.toFixed(3)} ms  bwip-js ${e.bwipMs.toFixed(3)} ms  (${(e.bwipMs / e.inklessMs).toFixed(1)}x)\n`);
    const inkless = spawnWorker('inkless', small);
    const peer = spawnWorker('peer', small);
    const large = values['skip-big'] ? undefined : spawnWorker('inkless', await writeCsv(join(dir, 'big.csv'), big));
    for (const r of [inkless, peer, ...(large ? [large] : [])]) printRow(r.who, r);
    const printers = values['skip-printers'] ? undefined : benchPrinters(small);
    const e2e = values['skip-e2e'] ? undefined : await benchEndToEnd(small, dir, labels);
    const studio = values['skip-studio'] ? undefined : await benchStudio();
    const server = values['skip-server'] ? undefined : await benchServer(parsePositiveInt(values.templates, 'templates', 100_000), rate(peer));
    const zpl = values['skip-zpl'] ? undefined : await benchZpl();
    const pdf = values['skip-pdf'] ? undefined : await benchPdf({ ...(values['pdf-long'] ? PDF_BENCH_LONG : PDF_BENCH_SHORT), log: (line) => process.stdout.write(`${line}\n`) });
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
      ...(printers ? { printers } : {}),
      ...(e2e ? { e2e } : {}),
      ...(studio ? { studio } : {}),
      ...(server ? { server } : {}),
      ...(zpl ? { zpl } : {}),
      ...(pdf ? { pdf } : {}),
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The studio's edit-to-preview latency while dragging, in headless Chromium (target p95 < 16 ms). */
async function benchStudio(): Promise<Record<string, unknown>> {
  const { runDragLatencyBench } = await import('@inkless/web/bench');
  const r = await runDragLatencyBench();
  process.stdout.write(`studio drag     ${r.steps} steps on ${r.label} (${r.labelDots})  edit-to-preview p50 ${r.toPaint.p50Ms} ms  p95 ${r.toPaint.p95Ms} ms (target < ${r.targetP95Ms})  settled p95 ${r.toSettled.p95Ms} ms\n`);
  return { label: r.label, steps: r.steps, edit_to_preview_p50_ms: r.toPaint.p50Ms, edit_to_preview_p95_ms: r.toPaint.p95Ms, settled_p95_ms: r.toSettled.p95Ms, target_p95_ms: r.targetP95Ms };
}

/**
 * The platform server on PGlite and PostgreSQL with `templates` templates: start-up, autocannon
 * requests/s and p99 per endpoint, search latency one at a time. The render endpoint is set beside
 * the peer's single-core label rate from this same run (the peer has no server).
 */
async function benchServer(templates: number, peerLabelsPerSecond: number): Promise<Record<string, unknown>> {
  const { runServerBench } = await import('@inkless/server/bench');
  // What `npm start` runs: the studio and preview pages beside the API, so its memory is the user's.
  const command = { bin: fileURLToPath(new URL('../../bin/inkless.js', import.meta.url)), args: ['serve'] };
  const figures = await runServerBench({ templates, command, log: (line) => process.stdout.write(`server  ${line}\n`) });
  const renderVsPeer = Object.fromEntries(Object.entries(figures.databases).map(([kind, d]) => [kind, round((d.endpoints['POST /api/render (shipping label, PNG)']?.requests_per_s ?? 0) / peerLabelsPerSecond)]));
  return { ...figures, render_requests_vs_peer_labels_per_s: renderVsPeer };
}

/** Per language: bytes per label and document-to-bytes labels/s, Inkless against the peer. */
function benchPrinters(csv: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const lang of PRINTER_LANGUAGES) {
    const ours = spawnWorker('inkless', csv, lang, false);
    const peer = spawnWorker('peer', csv, lang, true);
    printRow(`${lang}`, ours);
    printRow(`${lang} peer`, peer);
    out[lang] = {
      bytes_per_label: Math.round(ours.bytes / ours.labels),
      peer_bytes_per_label: Math.round(peer.bytes / peer.labels),
      bytes_ratio: round(peer.bytes / ours.bytes),
      labels_per_s: round(rate(ours)),
      peer_labels_per_s: round(rate(peer)),
      ratio: round(rate(ours) / rate(peer)),
    };
  }
  return out;
}

/** End-to-end rounds per contender; the figures are each one's median round. */
const E2E_ROUNDS = 3;

/**
 * Document to printed label, both contenders printing the same rows to a virtual TSPL printer
 * (discarding, pinned to core 1) over TCP on loopback, each run on a fresh printer whose label
 * count must equal the rows. Inkless is the real `inkless print` (a status query behind every
 * label, each reply confirming its label, the next label sent only after it); the peer streams
 * full-label bitmaps and asks for status once at the end. The contenders take turns, E2E_ROUNDS
 * runs each, and each is reported by its median run (every run's rate is in the JSON), so a busy
 * moment of the machine does not decide the ratio.
 */
async function benchEndToEnd(csv: string, dir: string, rows: number): Promise<Record<string, unknown>> {
  const run = async (who: 'e2e-inkless' | 'e2e-peer') => {
    const printer = await startBenchPrinter(join(dir, `${who}-printer.log`));
    let result: WorkerResult;
    try {
      result = spawnWorker(who, csv, undefined, false, ['--port', String(printer.port)]);
    } finally {
      const printed = await printer.stop();
      if (printed !== rows) throw new CliError('INKLESS_CLI_RENDER_FAILED', `bench ${who}: the printer decoded ${printed} labels, expected ${rows}`);
    }
    return result;
  };
  const runs: { ours: WorkerResult[]; peer: WorkerResult[] } = { ours: [], peer: [] };
  for (let round = 0; round < E2E_ROUNDS; round++) {
    runs.ours.push(await run('e2e-inkless'));
    runs.peer.push(await run('e2e-peer'));
  }
  const median = (results: WorkerResult[]) => [...results].sort((a, b) => rate(a) - rate(b))[results.length >> 1]!;
  const ours = median(runs.ours);
  const peer = median(runs.peer);
  printRow('e2e tspl', ours);
  printRow('e2e tspl peer', peer);
  const phases = (r: WorkerResult) => Object.fromEntries(Object.entries(r.phases ?? {}).map(([k, v]) => [k, k.endsWith('_bytes') ? v : round(v * 1000 / r.labels)]));
  process.stdout.write(`e2e ms/label  inkless ${JSON.stringify(phases(ours))}  peer ${JSON.stringify(phases(peer))}\n`);
  process.stdout.write(`e2e runs (labels/s, median used)  inkless ${runs.ours.map((r) => rate(r).toFixed(1)).join(' ')}  peer ${runs.peer.map((r) => rate(r).toFixed(1)).join(' ')}\n`);
  return {
    language: 'tspl',
    labels: rows,
    inkless_labels_per_s: round(rate(ours)),
    peer_labels_per_s: round(rate(peer)),
    ratio: round(rate(ours) / rate(peer)),
    rounds: E2E_ROUNDS,
    inkless_runs_labels_per_s: runs.ours.map((r) => round(rate(r))),
    peer_runs_labels_per_s: runs.peer.map((r) => round(rate(r))),
    bytes_per_label: Math.round(ours.bytes / ours.labels),
    peer_bytes_per_label: Math.round(peer.bytes / peer.labels),
    inkless_ms_per_label: phases(ours),
    peer_ms_per_label: phases(peer),
  };
}

function printRow(who: string, r: WorkerResult): void {
  const bytes = r.bytes ? `  ${String(Math.round(r.bytes / r.labels)).padStart(7)} bytes/label` : '';
  process.stdout.write(`${who.padEnd(12)} ${String(r.labels).padStart(7)} labels  ${rate(r).toFixed(1).padStart(8)} labels/s  ${(1000 / rate(r)).toFixed(2).padStart(7)} ms/label  peak RSS ${r.maxRssMb.toFixed(0)} MB${bytes}\n`);
}

async function writeCsv(path: string, count: number): Promise<string> {
  const out = createWriteStream(path);
  for (const line of shippingCsvLines(count)) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return path;
}

function spawnWorker(who: string, csv: string, lang?: string, raw = false, more: string[] = []): WorkerResult {
  const pin = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];
  const [cmd, ...pre] = [...pin, process.execPath];
  const extra = [...(lang ? ['--lang', lang] : []), ...(raw ? ['--raw'] : []), ...more];
  const r = spawnSync(cmd!, [...pre, BIN, 'bench', '--worker', who, '--csv', csv, ...extra], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new CliError('INKLESS_CLI_RENDER_FAILED', `bench worker ${who} ${lang ?? ''} failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const last = r.stdout.trim().split('\n').pop()!;
  return { who, ...(JSON.parse(last) as Omit<WorkerResult, 'who'>) };
}

/**
 * One contender in its own process. Each loads only its own code (the peer's canvas and bwip-js
 * stay out of Inkless's processes, as they are out of `inkless print`): a heap the size of what it
 * runs, for its collector to walk.
 */
async function runWorker(who: string, csv: string | undefined, lang: string | undefined, raw: boolean, port: string | undefined): Promise<number> {
  if (!csv) throw new CliError('INKLESS_CLI_USAGE', '--worker needs --csv', 2);
  if (who === 'e2e-inkless' || who === 'e2e-peer') {
    const result = who === 'e2e-peer'
      ? await (await import('../bench/e2e-peer-worker')).runPeerE2eWorker(csv, Number(port))
      : await (await import('../bench/e2e-inkless-worker')).runInklessE2eWorker(csv, Number(port));
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(`\n${JSON.stringify({ ...result, maxRssMb })}\n`);
    return 0;
  }
  const encode = labelEncoder(lang, raw);
  const result = who === 'peer'
    ? await (await import('../bench/peer-worker')).runPeerWorker(csv, encode)
    : await (await import('../bench/inkless-worker')).runInklessWorker(csv, encode);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ labels: result.labels, seconds: result.seconds, bytes: result.bytes, maxRssMb })}\n`);
  return 0;
}
