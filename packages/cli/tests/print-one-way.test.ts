import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_STATUS_TIMEOUT_MS } from '@inkless/printers';
import { readJournal } from '../src/print/print-journal';
import { runCli } from './support/run-cli';
import { decodeCode128Labels, listPngs, startVirtualPrinterCli, waitFor, type VirtualPrinterCli } from './support/virtual-printer-cli';

// Issue 12, point 19: a printer that takes bytes and never answers a status query (a plain network
// print server), played by `inkless virtual-printer --silent` over a real socket.

const printers: VirtualPrinterCli[] = [];
afterEach(async () => {
  await Promise.all(printers.splice(0).map((p) => p.stop()));
});

const CODES = ['ONEWAY001', 'ONEWAY002', 'ONEWAY003', 'ONEWAY004'];

function writeJob(): { dir: string; label: string; data: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-one-way-'));
  const label = join(dir, 'tag.json');
  const data = join(dir, 'tags.csv');
  writeFileSync(label, JSON.stringify({
    schemaVersion: 2,
    label: { widthMm: 50, heightMm: 25, dpi: 203 },
    elements: [{ type: 'barcode', xMm: 3, yMm: 3, widthMm: 44, heightMm: 18, symbology: 'code128', data: '{{code}}' }],
  }));
  writeFileSync(data, `code\n${CODES.join('\n')}\n`);
  return { dir, label, data, out: join(dir, 'out') };
}

describe('inkless print to a printer that never answers status queries', () => {
  it('fails on the first label well before 60 s, suggesting --confirm written; then --resume --confirm written prints every label, saying they were written, not confirmed', async () => {
    const job = writeJob();
    const printer = await startVirtualPrinterCli('tspl', job.out, ['--silent']);
    printers.push(printer);
    expect(printer.stdout()).toContain('never answers status queries');
    const args = ['print', job.label, '--data', job.data, '--printer', `tcp://127.0.0.1:${printer.port}`, '--profile', 'generic-tspl-203'];

    const started = Date.now();
    const waited = await runCli([...args, '--quiet'], { timeoutMs: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(waited.code).toBe(2);
    expect(seconds).toBeGreaterThanOrEqual(FIRST_STATUS_TIMEOUT_MS / 1000);
    expect(seconds).toBeLessThan(45); // CLI start-up included; before, the first reply alone had 60 s
    expect(waited.stderr).toMatch(/^inkless: printer tcp:\/\/127\.0\.0\.1:\d+ took label 1 but did not answer the status query behind it within 10 s: it may be a one-way printer \(a plain network print server\) that never answers\. If label 1 came out, run again with --resume --confirm written: a label then counts as confirmed once its bytes are written, not confirmed by the printer/);
    expect(waited.stderr).toMatch(/\(INKLESS_PRINTER_TIMEOUT\)\n$/);
    expect(waited.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(await readJournal(`${job.label}.inkless-print.jsonl`)).toMatchObject({ confirmedLabels: 0, confirm: 'status' });
    await waitFor(() => listPngs(job.out).length === 1, 10_000); // label 1 did come out

    const resumed = await runCli([...args, '--resume', '--confirm', 'written'], { timeoutMs: 60_000 });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`^printed 4 label\\(s\\) to tcp://127\\.0\\.0\\.1:${printer.port} in [\\d.]+ s \\([\\d.]+ labels/s\\); written, not confirmed by the printer \\(--confirm written\\)\\n$`));
    await waitFor(() => listPngs(job.out).length === 5, 10_000);
    // Label 1 came out twice: once before the timeout, once on --resume, as the message said.
    expect(await decodeCode128Labels(job.out)).toEqual([CODES[0], ...CODES]);
  }, 90_000);

  it('prints with --confirm written from the start (no status query to wait for), JSON saying written, not confirmed by the printer', async () => {
    const job = writeJob();
    const printer = await startVirtualPrinterCli('tspl', job.out, ['--silent']);
    printers.push(printer);
    const run = await runCli(['print', job.label, '--data', job.data, '--printer', `tcp://127.0.0.1:${printer.port}`, '--profile', 'generic-tspl-203', '--confirm', 'written', '--json'], { timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').pop()!)).toMatchObject({ printed: 4, confirm: 'written', confirmedByPrinter: false });
    await waitFor(() => listPngs(job.out).length === 4, 10_000);
    expect(await decodeCode128Labels(job.out)).toEqual(CODES);
  }, 60_000);
});
