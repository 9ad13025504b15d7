import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bitmapFromPng } from '@inkless/label/output';
import { decodeBarcodes } from '../src/verify/zxing-decoder';
import { BIN, runCli } from './support/run-cli';
import { readJournal } from '../src/print/print-journal';
import { CONFIRM_WINDOW_LABELS } from '../src/print/stream-print-job';

// Acceptance: `inkless print` streams 1,000 shipping-like labels to the virtual printer (a real TCP
// server in a child process); every label comes out once, and a printer killed half-way through
// loses nothing: --resume finishes the job.

const ROWS = 1000;
const values = Array.from({ length: ROWS }, (_, i) => `SHP${String(i + 1).padStart(7, '0')}`);

function writeJob(): { dir: string; label: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-print-e2e-'));
  const label = join(dir, 'parcel.json');
  const data = join(dir, 'parcels.csv');
  writeFileSync(label, JSON.stringify({
    schemaVersion: 2,
    label: { widthMm: 50, heightMm: 30, dpi: 203 },
    elements: [
      { type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 5, text: '{{name}}, {{city}}', fontSizePt: 8, wrap: false, shrinkToFit: true },
      { type: 'barcode', xMm: 3, yMm: 9, widthMm: 44, heightMm: 18, symbology: 'code128', data: '{{tracking}}' },
    ],
  }));
  const lines = values.map((v, i) => `Customer ${i + 1},${v},City ${i % 97}`);
  writeFileSync(data, `name,tracking,city\n${lines.join('\n')}\n`);
  return { dir, label, data };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `inkless virtual-printer` and resolves once its port takes connections. */
async function startVirtualPrinter(out: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'virtual-printer', '--lang', 'tspl', '--out', out, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stdout!.resume();
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const until = Date.now() + 20_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > until) {
      await stop(child);
      throw new Error(`virtual printer did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const pngs = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.png')).sort();

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function removeTornPngs(dir: string): number {
  let torn = 0;
  for (const file of pngs(dir)) {
    try {
      bitmapFromPng(readFileSync(join(dir, file)));
    } catch {
      rmSync(join(dir, file));
      torn++;
    }
  }
  return torn;
}

/** The Code 128 payload of every PNG the printer wrote, one per file. */
async function decodeAll(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of pngs(dir)) {
    const symbols = await decodeBarcodes(bitmapFromPng(readFileSync(join(dir, file))), { formats: ['Code128'], tryHarder: false });
    expect(symbols.map((s) => s.format), file).toEqual(['Code128']);
    found.push(symbols[0]!.text);
  }
  return found;
}

const printArgs = (job: { label: string; data: string }, port: number) => ['print', job.label, '--data', job.data, '--printer', `tcp://127.0.0.1:${port}`, '--profile', 'generic-tspl-203'];

describe('inkless print to the virtual printer (end to end)', () => {
  it('prints 1,000 rows as 1,000 labels whose barcodes scan back to exactly the rows', async () => {
    const job = writeJob();
    const out = join(job.dir, 'out');
    const port = await findFreePort();
    const printer = await startVirtualPrinter(out, port);
    try {
      const run = await runCli([...printArgs(job, port), '--json'], { timeoutMs: 60_000 });
      expect(run.code, run.stderr).toBe(0);
      for (const line of run.stderr.trim().split('\n')) expect(JSON.parse(line)).toMatchObject({ event: expect.stringMatching(/^(progress|done)$/) });
      const summary = JSON.parse(run.stdout.trim().split('\n').pop()!) as { printed: number; labelsPerSecond: number; confirmedByPrinter: boolean };
      expect(summary).toMatchObject({ printed: ROWS, confirmedByPrinter: true });
      console.log(`inkless print: ${ROWS} labels to the virtual printer at ${summary.labelsPerSecond} labels/s`);
      await waitFor(() => pngs(out).length >= ROWS, 10_000);
      const found = await decodeAll(out);
      expect(found).toHaveLength(ROWS);
      expect([...found].sort()).toEqual(values);
    } finally {
      await stop(printer);
    }
  }, 90_000);

  it('survives the printer dying half-way: a clear message, then --resume prints the rest, nothing lost', async () => {
    const job = writeJob();
    const out = join(job.dir, 'out');
    const port = await findFreePort();
    const first = await startVirtualPrinter(out, port);
    const running = runCli([...printArgs(job, port), '--quiet'], { timeoutMs: 60_000 });
    await waitFor(() => pngs(out).length >= ROWS / 2, 30_000);
    await stop(first);
    const broken = await running;
    expect(broken.code).not.toBe(0);
    const gone = /inkless: printer tcp:\/\/127\.0\.0\.1:\d+ went away after label (\d+) of 1000 \(row (\d+)\); labels up to \1 are confirmed printed; run again with --resume to continue from label (\d+)/.exec(broken.stderr);
    expect(gone, broken.stderr).not.toBeNull();
    const confirmed = Number(gone![1]);
    expect(Number(gone![2])).toBe(confirmed + 1); // CSV row numbers count the header
    expect(Number(gone![3])).toBe(confirmed + 1);
    expect(confirmed).toBeGreaterThanOrEqual(ROWS / 2 - 1);
    expect(await readJournal(`${job.label}.inkless-print.jsonl`)).toMatchObject({ confirmedLabels: confirmed });
    // SIGKILL may cut the PNG being written, but it is written aside and renamed: no PNG in the folder is torn.
    const torn = removeTornPngs(out);
    expect(torn).toBe(0);
    const printedBeforeKill = pngs(out).length;

    console.log(`printer killed: ${printedBeforeKill} labels on disk, ${confirmed} confirmed`);
    const second = await startVirtualPrinter(out, port);
    try {
      const resumed = await runCli([...printArgs(job, port), '--resume', '--quiet'], { timeoutMs: 60_000 });
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      await waitFor(() => pngs(out).length >= printedBeforeKill + ROWS - confirmed, 10_000);
      const found = await decodeAll(out);
      // No gap: every row printed. A duplicate only where the transport cannot know: a label the
      // printer finished after the last reply it sent, just before it died. A label is sent only
      // once every label before it is confirmed (CONFIRM_WINDOW_LABELS = 1), so that is at most one
      // label, and only when the kill lands between its PNG and its reply (microseconds).
      expect(new Set(found)).toEqual(new Set(values));
      const counts = new Map<string, number>();
      for (const v of found) counts.set(v, (counts.get(v) ?? 0) + 1);
      const twice = [...counts].filter(([, n]) => n > 1).map(([v]) => values.indexOf(v) + 1);
      for (const labelNumber of twice) expect(labelNumber).toBeGreaterThan(confirmed);
      expect(twice.length).toBe(printedBeforeKill - confirmed);
      expect(twice.length).toBeLessThanOrEqual(CONFIRM_WINDOW_LABELS);
      console.log(`resumed: ${found.length} labels for ${ROWS} rows, ${twice.length} printed twice`);
      expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    } finally {
      await stop(second);
    }
  }, 90_000);

  it('refuses bad input with a clear message and a non-zero exit', async () => {
    const job = writeJob();
    const port = await findFreePort(); // closed: nothing listens there
    const unreachable = await runCli([...printArgs(job, port), '--quiet']);
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr).toMatch(new RegExp(`tcp://127\\.0\\.0\\.1:${port}.*\\(INKLESS_PRINTER_UNREACHABLE\\)`));

    const unknown = await runCli(['print', job.label, '--printer', `tcp://127.0.0.1:${port}`, '--profile', 'netum-label']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no printer profile "netum-label"; did you mean netum-label-203.*\(INKLESS_PRINTER_PROFILE_UNKNOWN\)/);

    const wide = await runCli(['print', job.label, '--data', job.data, '--printer', `tcp://127.0.0.1:${port}`, '--profile', 'netum-nt-1809']);
    expect(wide.code).toBe(2);
    expect(wide.stderr).toMatch(/label\.widthMm: the label is 50 mm .* at most 48 mm \(384 dots\)[\s\S]*cannot sense gap media[\s\S]*\(INKLESS_PRINTER_TOO_WIDE\)/);

    const csv = readFileSync(job.data, 'utf8').split('\n');
    csv[42] = 'Customer 42,"SHP0000042,City 1'; // an unclosed quote
    writeFileSync(job.data, csv.join('\n'));
    const malformed = await runCli([...printArgs(job, port), '--quiet']);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/parcels\.csv row 43: .*quote.*\(INKLESS_DATA_/);
    for (const run of [unreachable, unknown, wide, malformed]) expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 60_000);
});
