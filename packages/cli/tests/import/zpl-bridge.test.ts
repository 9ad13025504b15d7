import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/run-cli';
import { listPngs, startVirtualPrinterCli, waitFor, type VirtualPrinterCli } from '../support/virtual-printer-cli';
import { decodeLabelPngs, qrGraphicDownload, smallZpl } from './support/import-fixtures';

// The ZPL bridge, as shipping software sees it: a plain TCP client asks ~HS and sends ZPL; the
// labels come out of a TSPL printer (the virtual one), their barcodes reading as the ^FD contents.

interface BridgeChild {
  readonly child: ChildProcess;
  readonly port: number;
  log(): string;
}

async function startBridge(printerPort: number, extra: string[] = []): Promise<BridgeChild> {
  const child = spawn(process.execPath, [BIN, 'zpl-bridge', '--listen', '127.0.0.1:0', '--printer', `tcp://127.0.0.1:${printerPort}`, '--profile', 'generic-tspl-203', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(() => /tcp:\/\/127\.0\.0\.1:\d+/.test(out) || child.exitCode !== null, 60_000);
  const port = Number(/tcp:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
  if (!port) throw new Error(`bridge did not start: ${out}`);
  return { child, port, log: () => out };
}

/** Connects, writes `text`, half-closes and collects what the bridge answers until it closes. */
function send(port: number, text: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text, 'latin1'));
    const chunks: Buffer[] = [];
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

const out = mkdtempSync(join(tmpdir(), 'inkless-bridge-'));
let printer: VirtualPrinterCli;
let bridge: BridgeChild;

beforeAll(async () => {
  printer = await startVirtualPrinterCli('tspl', out);
  bridge = await startBridge(printer.port, ['--max-format-bytes', '200000']);
}, 120_000);

afterAll(async () => {
  if (bridge?.child.exitCode === null) bridge.child.kill('SIGKILL');
  await printer?.stop();
});

describe('inkless zpl-bridge', () => {
  it('answers ~HS with the three status strings of a ready printer', async () => {
    const reply = (await send(bridge.port, '~HS')).toString('latin1');
    const strings = [...reply.matchAll(/\x02([^\x03]*)\x03\r\n/g)].map((m) => m[1]!.split(','));
    expect(strings).toHaveLength(3);
    expect(strings[0]![1]).toBe('0'); // paper out
    expect(strings[0]![2]).toBe('0'); // paused
    expect(strings[1]![2]).toBe('0'); // head up
  }, 60_000);

  it('prints a ZPL job on the TSPL printer, its barcodes reading as the ^FD contents, one log line for the job', async () => {
    const before = listPngs(out).length;
    await send(bridge.port, smallZpl('BRIDGE1', 'bridge-qr-1'));
    await waitFor(() => listPngs(out).length >= before + 1, 120_000);
    const labels = await decodeLabelPngs(out);
    expect(labels.slice(before)).toEqual([['Code128:BRIDGE1', 'QRCode:bridge-qr-1']]);
    await waitFor(() => /job 1 .*1 label\(s\) -> tcp:\/\/127\.0\.0\.1:\d+ \(generic-tspl-203\)/.test(bridge.log()), 30_000);
  }, 180_000);

  it('keeps a ~DG graphic sent on one connection for the ^XG of a format on the next', async () => {
    const before = listPngs(out).length;
    await send(bridge.port, qrGraphicDownload('STORED', 'graphic-from-connection-1'));
    await waitFor(() => /stored graphic R:STORED\.GRF/.test(bridge.log()), 60_000);
    await send(bridge.port, '^XA^PW406^LL300^FO40,20^XGR:STORED.GRF,1,1^FS^FO250,40^BY2^BCN,60,N,N,N^FDXG2^FS^XZ');
    await waitFor(() => listPngs(out).length >= before + 1, 120_000);
    const labels = await decodeLabelPngs(out);
    expect(labels.slice(before)).toEqual([['Code128:XG2', 'QRCode:graphic-from-connection-1']]);
  }, 180_000);

  it('refuses a format over its size limit, saying so in the log, and prints the next one', async () => {
    const before = listPngs(out).length;
    await send(bridge.port, `^XA^FO10,10^FD${'X'.repeat(300_000)}^FS^XZ${smallZpl('AFTER', 'after-big')}`);
    await waitFor(() => listPngs(out).length >= before + 1, 120_000);
    expect(bridge.log()).toMatch(/format over 200000 bytes refused, nothing printed from it \(INKLESS_CLI_BRIDGE_FORMAT_TOO_LARGE\)/);
    expect((await decodeLabelPngs(out)).slice(before)).toEqual([['Code128:AFTER', 'QRCode:after-big']]);
  }, 180_000);

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => bridge.child.once('exit', (code) => resolve(code)));
    bridge.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(bridge.log()).toMatch(/stopped after \d+ job\(s\)/);
  }, 60_000);
});
