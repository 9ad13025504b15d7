import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBitmap, fillRect } from '@inkless/label';
import { bitmapFromPng } from '@inkless/label/output';
import { drivers, type JobOptions } from '@inkless/printers';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from './support/run-cli';

const children: ChildProcess[] = [];
const servers: Server[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** Starts `inkless virtual-printer --port 0` and reads the port it printed. */
async function startVirtualPrinterCli(lang: string, out: string | undefined): Promise<{ child: ChildProcess; port: number; stdout: () => string; exit: Promise<number | null> }> {
  const child = spawn(process.execPath, [BIN, 'virtual-printer', '--lang', lang, ...(out === undefined ? ['--discard'] : ['--out', out]), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const until = Date.now() + 30_000;
  let match: RegExpExecArray | null = null;
  while (!(match = /tcp:\/\/127\.0\.0\.1:(\d+)/.exec(stdout))) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(`virtual printer did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { child, port: Number(match[1]), stdout: () => stdout, exit };
}

function sendBytes(port: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    socket.on('error', reject);
    socket.resume();
    socket.on('close', () => resolve());
  });
}

/** A printer that answers every status query with one byte. */
async function startStatusPrinter(reply: number): Promise<number> {
  const server = createServer((socket) => socket.on('data', () => socket.write(Uint8Array.of(reply))));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const job: JobOptions = { dpi: 203, widthMm: 25, heightMm: 15, headWidthDots: 832, media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 }, copies: 2 };

describe('inkless virtual-printer', () => {
  it('prints a TSPL job to PNGs, answers a probe, and stops on SIGTERM', async () => {
    const out = mkdtempSync(join(tmpdir(), 'inkless-vp-cli-'));
    const printer = await startVirtualPrinterCli('tspl', out);
    expect(printer.stdout()).toContain(`Virtual TSPL printer on tcp://127.0.0.1:${printer.port}, labels -> ${out}`);
    const bitmap = createBitmap(200, 120);
    fillRect(bitmap, 10, 20, 50, 30);
    const tspl = drivers.tspl;
    await sendBytes(printer.port, new Uint8Array([...tspl.startJob(job), ...tspl.encodeLabel(bitmap, job), ...tspl.endJob(job)]));
    const probe = await runCli(['printers', '--probe', `tcp://127.0.0.1:${printer.port}`, '--lang', 'tspl']);
    expect(probe.stderr).toBe('');
    expect(probe.stdout).toBe(`tcp://127.0.0.1:${printer.port} (tspl): ready [reply 00]\n`);
    expect(probe.code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    const back = bitmapFromPng(readFileSync(join(out, files[0]!)));
    expect(back.data).toEqual(bitmap.data);
    expect(printer.stdout()).toContain(`label 2: 200x120 dots -> ${join(out, files[1]!)}`);
    printer.child.kill('SIGTERM');
    expect(await printer.exit).toBe(0);
  });

  it('with --discard decodes and counts labels and answers status after them', async () => {
    const printer = await startVirtualPrinterCli('tspl', undefined);
    expect(printer.stdout()).toContain(`Virtual TSPL printer on tcp://127.0.0.1:${printer.port}, labels -> discarded`);
    const bitmap = createBitmap(200, 120);
    fillRect(bitmap, 10, 20, 50, 30);
    const tspl = drivers.tspl;
    await sendBytes(printer.port, new Uint8Array([...tspl.startJob(job), ...tspl.encodeLabel(bitmap, job), ...tspl.endJob(job)]));
    const probe = await runCli(['printers', '--probe', `tcp://127.0.0.1:${printer.port}`, '--lang', 'tspl']);
    expect(probe.stdout).toBe(`tcp://127.0.0.1:${printer.port} (tspl): ready [reply 00]\n`);
    expect(printer.stdout()).toContain('label 2: 200x120 dots (discarded)\n');
    printer.child.kill('SIGTERM');
    expect(await printer.exit).toBe(0);
    expect(printer.stdout()).toMatch(/\n2 label\(s\) printed\n$/);
    const both = await runCli(['virtual-printer', '--lang', 'tspl', '--discard', '--out', '/tmp/x']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--out DIR or --discard, not both');
  });

  it('refuses a missing or unknown language and a missing --out', async () => {
    const noLang = await runCli(['virtual-printer', '--out', '/tmp/x']);
    expect(noLang.code).toBe(2);
    expect(noLang.stderr).toContain('--lang must be one of tspl, zpl, escpos, cpcl');
    const badLang = await runCli(['virtual-printer', '--lang', 'pcl', '--out', '/tmp/x']);
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toContain('got "pcl"');
    const noOut = await runCli(['virtual-printer', '--lang', 'zpl']);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('needs --out DIR');
  });

  it('says so when the port is taken', async () => {
    const port = await startStatusPrinter(0);
    const run = await runCli(['virtual-printer', '--lang', 'tspl', '--out', mkdtempSync(join(tmpdir(), 'inkless-vp-cli-')), '--port', String(port)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
  });
});

describe('inkless printers', () => {
  it('lists the printer profiles with their ids', async () => {
    const run = await runCli(['printers']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^ID\s+LANGUAGE\s+RESOLUTION\s+WIDTH\s+TRANSPORTS\s+NAME$/);
    expect(run.stdout).toMatch(/\ngeneric-tspl-203\s+tspl\s+203 dpi/);
    expect(run.stdout).toMatch(/\n\d+ profiles\. Use an id with `inkless print --profile ID`\.\n$/);
  });

  it('exits 1 and names the problem when the printer is not ready', async () => {
    const port = await startStatusPrinter(0x05);
    const run = await runCli(['printers', '--probe', `tcp://127.0.0.1:${port}`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`tcp://127.0.0.1:${port} (tspl): not ready: head open, out of paper [reply 05]\n`);
  });

  it('exits 1 when the printer is unreachable, and 2 on an address it cannot read', async () => {
    const port = await startStatusPrinter(0);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const gone = await runCli(['printers', '--probe', `tcp://127.0.0.1:${port}`, '--json']);
    expect(gone.code).toBe(1);
    expect(JSON.parse(gone.stdout)).toMatchObject({ printer: `tcp://127.0.0.1:${port}`, reachable: false, code: 'INKLESS_PRINTER_UNREACHABLE' });
    const bad = await runCli(['printers', '--probe', 'lpt1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('(INKLESS_PRINTER_URI)');
  });
});
