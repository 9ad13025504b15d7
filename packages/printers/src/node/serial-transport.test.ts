import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { SerialTransport } from './serial-transport';

const hasSocat = spawnSync('socat', ['-V']).status === 0;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill();
});

/** A pseudo-terminal pair from socat: the transport opens `host`, the test plays the printer on `printer`. */
async function createPtyPair(): Promise<{ host: string; printer: SerialPort }> {
  const dir = await mkdtemp(join(tmpdir(), 'inkless-pty-'));
  const host = join(dir, 'host');
  const printerPath = join(dir, 'printer');
  children.push(spawn('socat', [`pty,raw,echo=0,link=${host}`, `pty,raw,echo=0,link=${printerPath}`], { stdio: 'ignore' }));
  for (let i = 0; i < 200 && !(existsSync(host) && existsSync(printerPath)); i++) await new Promise((r) => setTimeout(r, 10));
  const printer = new SerialPort({ path: printerPath, baudRate: 9600, autoOpen: false });
  await new Promise<void>((resolve, reject) => printer.open((e) => (e ? reject(e) : resolve())));
  return { host, printer };
}

describe('SerialTransport', () => {
  it('says a missing device is unreachable, naming it and what to check', async () => {
    const error = await new SerialTransport('/dev/ttyINKLESS9', 9600).open().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_UNREACHABLE');
    expect((error as TransportError).message).toContain('serial:///dev/ttyINKLESS9?baud=9600');
    expect((error as TransportError).message).toContain('no such device');
  });

  it.skipIf(!hasSocat)('writes a job in order through a pseudo-terminal', async () => {
    const { host, printer } = await createPtyPair();
    const received: Buffer[] = [];
    printer.on('data', (d: Buffer) => received.push(d));
    const transport = new SerialTransport(host, 115200);
    await transport.open();
    const job = new Uint8Array(20_000).map((_, i) => (i * 7) & 0xff);
    await transport.write(job.subarray(0, 5000));
    await transport.write(job.subarray(5000));
    for (let i = 0; i < 200 && Buffer.concat(received).length < job.length; i++) await new Promise((r) => setTimeout(r, 10));
    expect(Buffer.compare(Buffer.concat(received), Buffer.from(job))).toBe(0);
    await transport.close();
    await new Promise<void>((resolve) => printer.close(() => resolve()));
  });

  it.skipIf(!hasSocat)('asks for status and reads the reply', async () => {
    const { host, printer } = await createPtyPair();
    printer.on('data', (d: Buffer) => {
      if (d.includes(Buffer.from([0x1b, 0x21, 0x3f]))) printer.write(Buffer.from([0x20]));
    });
    const transport = new SerialTransport(host, 9600);
    await transport.open();
    expect([...(await transport.query(new Uint8Array([0x1b, 0x21, 0x3f]), { replyBytes: 1, timeoutMs: 2000 }))]).toEqual([0x20]);
    await expect(transport.query(new Uint8Array([0x00]), { replyBytes: 1, timeoutMs: 100 })).rejects.toMatchObject({ code: 'INKLESS_PRINTER_TIMEOUT' });
    await transport.close();
    await new Promise<void>((resolve) => printer.close(() => resolve()));
  });
});
