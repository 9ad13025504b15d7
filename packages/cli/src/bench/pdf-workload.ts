// The PDF workload of `inkless bench`: a carrier-style shipping-label PDF (a Letter page, a 4x6 in
// label laid landscape in its top half: text, a Code 128, a PDF417) to TSPL bytes, side by side:
// Inkless (PDF engine, prepareLabels with and without the barcode check, TSPL driver) against the
// peer a user scripts today (pdftoppm -r 203 -mono, crop, turn, one naive BITMAP), each in its own
// process on one core; then peak memory printing a long PDF against a short one, pages streamed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeCarrierPdf } from '../../../import/tests/support/carrier-pdf';
import type { PdfContender, PdfWorkerResult } from './pdf-worker';

const WORKER = fileURLToPath(new URL('./pdf-worker.ts', import.meta.url));

export interface PdfBenchOptions {
  /** Pages (labels) of the speed runs without the barcode check, and of the peer's. */
  readonly pages: number;
  /** Pages of the speed run with the check (ZXing reads each label's region at twice the printer's dpi, and the label: slow). */
  readonly checkedPages: number;
  /** Pages of the short and the long memory runs. */
  readonly memoryPages: readonly [number, number];
  /** The memory runs' pipeline: without the check by default (it holds nothing across pages, and reading 1,000 pages takes long). */
  readonly memoryContender: PdfContender;
  readonly log: (line: string) => void;
}

/** The default run: well under a minute on two idle cores. `--pdf-long` asks for the sizes. */
export const PDF_BENCH_SHORT: Omit<PdfBenchOptions, 'log'> = { pages: 20, checkedPages: 5, memoryPages: [10, 100], memoryContender: 'inkless-no-check' };
export const PDF_BENCH_LONG: Omit<PdfBenchOptions, 'log'> = { pages: 50, checkedPages: 50, memoryPages: [10, 1000], memoryContender: 'inkless-no-check' };

/** A carrier-style Letter PDF of `pages` pages, one 4x6 in label (landscape, top half) on each. */
export function shippingLabelPdf(pages: number): Uint8Array {
  return makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector', pages }).bytes;
}

/** Node with tsx's loader, pinned to `core` when taskset is there. */
function workerCommand(core: number, who: PdfContender, pdf: string): [string, string[]] {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const pin = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', String(core)] : [];
  const [cmd, ...pre] = [...pin, process.execPath];
  return [cmd!, [...pre, '--import', tsx, WORKER, who, pdf]];
}

/** Runs one contender in its own process; resolves with its figures. */
export function runPdfContender(who: PdfContender, pdf: string, core = 0): Promise<PdfWorkerResult> {
  const [cmd, args] = workerCommand(core, who, pdf);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench pdf worker ${who} failed: ${err.trim().split('\n').slice(-3).join(' | ')}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as PdfWorkerResult);
    });
  });
}

const round = (n: number): number => Math.round(n * 100) / 100;
const perSecond = (r: PdfWorkerResult): number => r.labels / r.seconds;
const perCpuSecond = (r: PdfWorkerResult): number => r.labels / r.cpuSeconds;

function row(who: string, r: PdfWorkerResult): string {
  const ms = (s: number) => (s * 1000 / r.labels).toFixed(1);
  const phases = Object.entries(r.phases).filter(([, s]) => s > 0).map(([k, s]) => `${k} ${ms(s)}`).join(', ');
  const failures = r.checkFailures ? `  BARCODE CHECK FAILED on ${r.checkFailures} of ${r.labels} labels` : '';
  return `pdf ${who.padEnd(17)} ${String(r.labels).padStart(5)} labels  ${perSecond(r).toFixed(1).padStart(7)} labels/s  ${perCpuSecond(r).toFixed(1).padStart(7)} per cpu s  ${String(Math.round(r.bytes / r.labels)).padStart(7)} bytes/label  peak RSS ${r.maxRssMb.toFixed(0)} MB  (ms/label: ${phases})${failures}`;
}

/** Figures of one contender for the summary JSON. */
function figures(r: PdfWorkerResult): Record<string, number> {
  return { labels: r.labels, labels_per_s: round(perSecond(r)), labels_per_cpu_s: round(perCpuSecond(r)), bytes_per_label: Math.round(r.bytes / r.labels), peak_rss_mb: round(r.maxRssMb), check_failures: r.checkFailures };
}

/**
 * Speed side by side (one after the other on core 0), then memory (the short and the long PDF at
 * once, one on each core: memory does not care). Prints one line per run; returns the figures.
 */
export async function benchPdf(options: PdfBenchOptions): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-bench-pdf-'));
  try {
    const write = (name: string, pages: number): string => {
      const path = join(dir, name);
      writeFileSync(path, shippingLabelPdf(pages));
      return path;
    };
    const speedPdf = write('speed.pdf', options.pages);
    const checkedPdf = options.checkedPages === options.pages ? speedPdf : write('checked.pdf', options.checkedPages);
    options.log(`pdf workload: Letter page, 4x6 in label in its top half (text, Code 128, PDF417) to TSPL at 203 dpi, one core each`);
    const peer = await runPdfContender('peer', speedPdf);
    options.log(row('peer (pdftoppm)', peer));
    const unchecked = await runPdfContender('inkless-no-check', speedPdf);
    options.log(row('inkless, no check', unchecked));
    const checked = await runPdfContender('inkless-check', checkedPdf);
    options.log(row('inkless, checked', checked));
    options.log(`pdf ratio to the peer (labels/s)  checked ${(perSecond(checked) / perSecond(peer)).toFixed(2)}x  no check ${(perSecond(unchecked) / perSecond(peer)).toFixed(2)}x  (per cpu s: ${(perCpuSecond(checked) / perCpuSecond(peer)).toFixed(2)}x, ${(perCpuSecond(unchecked) / perCpuSecond(peer)).toFixed(2)}x; target 3x)`);
    const [shortPages, longPages] = options.memoryPages;
    const shortPdf = write('short.pdf', shortPages);
    const longPdf = write('long.pdf', longPages);
    const [short, long] = await Promise.all([runPdfContender(options.memoryContender, shortPdf, 0), runPdfContender(options.memoryContender, longPdf, 1)]);
    options.log(`pdf memory (${options.memoryContender}, streamed)  ${short.labels} pages ${short.maxRssMb.toFixed(0)} MB  ${long.labels} pages ${long.maxRssMb.toFixed(0)} MB  ratio ${(long.maxRssMb / short.maxRssMb).toFixed(2)} (target at most 1.5)`);
    return {
      peer: figures(peer),
      inkless_checked: figures(checked),
      inkless_no_check: figures(unchecked),
      ratio_checked: round(perSecond(checked) / perSecond(peer)),
      ratio_no_check: round(perSecond(unchecked) / perSecond(peer)),
      ratio_checked_cpu: round(perCpuSecond(checked) / perCpuSecond(peer)),
      ratio_no_check_cpu: round(perCpuSecond(unchecked) / perCpuSecond(peer)),
      memory: { short_pages: short.labels, short_peak_rss_mb: round(short.maxRssMb), long_pages: long.labels, long_peak_rss_mb: round(long.maxRssMb), rss_ratio: round(long.maxRssMb / short.maxRssMb) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Standalone: [--long] [--memory-check] (the memory runs with the barcode check on).
  const sizes = process.argv.includes('--long') ? PDF_BENCH_LONG : PDF_BENCH_SHORT;
  const memoryContender: PdfContender = process.argv.includes('--memory-check') ? 'inkless-check' : sizes.memoryContender;
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  process.stdout.write(`${JSON.stringify(await benchPdf({ ...sizes, memoryContender, log }))}\n`);
}
