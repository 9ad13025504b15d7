import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { TcpTransport } from './tcp-transport';

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A loopback server; `onSocket` plays the printer. */
async function startServer(onSocket: (socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => {
    sockets.push(socket);
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A server that keeps everything it receives, per connection. */
async function startRecorder(): Promise<{ port: number; received: Promise<Buffer> }> {
  let done: (b: Buffer) => void = () => {};
  const received = new Promise<Buffer>((resolve) => (done = resolve));
  const port = await startServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => {
      done(Buffer.concat(chunks));
      socket.end();
    });
  });
  return { port, received };
}

function patternBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

async function expectTransportError(promise: Promise<unknown>, code: string): Promise<TransportError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  expect((error as TransportError).code).toBe(code);
  return error as TransportError;
}

describe('TcpTransport', () => {
  it('delivers every write in order and half-closes at the end', async () => {
    const { port, received } = await startRecorder();
    const transport = new TcpTransport('127.0.0.1', port);
    await transport.open();
    const parts = [patternBytes(10, 1), patternBytes(200_000, 2), patternBytes(3, 3)];
    for (const part of parts) await transport.write(part);
    await transport.close();
    expect(Buffer.compare(await received, Buffer.concat(parts))).toBe(0);
    expect(transport.description).toBe(`tcp://127.0.0.1:${port}`);
  });

  it('holds writes back while the printer does not read, and finishes when it does', async () => {
    let printerSocket: Socket | undefined;
    const chunks: Buffer[] = [];
    let ended: () => void = () => {};
    const allIn = new Promise<void>((resolve) => (ended = resolve));
    const port = await startServer((socket) => {
      printerSocket = socket;
      socket.pause();
      socket.on('data', (c) => chunks.push(c));
      socket.on('end', () => {
        ended();
        socket.end();
      });
    });
    const transport = new TcpTransport('127.0.0.1', port, { writeTimeoutMs: 10_000 });
    await transport.open();
    const job = patternBytes(48 * 1024 * 1024, 7);
    let taken = 0;
    const writing = (async () => {
      for (let at = 0; at < job.length; at += 1024 * 1024) {
        await transport.write(job.subarray(at, at + 1024 * 1024));
        taken = at + 1024 * 1024;
      }
    })();
    await new Promise((r) => setTimeout(r, 400));
    const takenWhilePaused = taken;
    expect(takenWhilePaused).toBeLessThan(job.length / 2);
    await new Promise((r) => setTimeout(r, 200));
    expect(taken).toBe(takenWhilePaused);
    printerSocket!.resume();
    await writing;
    await transport.close();
    await allIn;
    expect(Buffer.compare(Buffer.concat(chunks), Buffer.from(job))).toBe(0);
  });

  it('says the printer is gone when it closes the connection in the middle of a job', async () => {
    const port = await startServer((socket) => {
      let got = 0;
      socket.on('data', (c) => {
        got += c.length;
        if (got > 100_000) socket.destroy();
      });
    });
    const transport = new TcpTransport('127.0.0.1', port);
    await transport.open();
    const error = await expectTransportError((async () => {
      for (let i = 0; i < 2000; i++) await transport.write(patternBytes(64 * 1024, i));
    })(), 'INKLESS_PRINTER_GONE');
    expect(error.message).toContain(`tcp://127.0.0.1:${port}`);
    expect(error.message).toMatch(/after \d+ bytes/);
    await expectTransportError(transport.write(new Uint8Array(1)), 'INKLESS_PRINTER_GONE');
    await transport.close();
  });

  it('says the printer is unreachable when nothing listens on the port', async () => {
    const port = await startServer(() => {});
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const error = await expectTransportError(new TcpTransport('127.0.0.1', port).open(), 'INKLESS_PRINTER_UNREACHABLE');
    expect(error.message).toContain('connection refused');
    expect(error.message).toContain(`tcp://127.0.0.1:${port}`);
  });

  it('times out a write the printer never takes', async () => {
    const port = await startServer((socket) => socket.pause());
    const transport = new TcpTransport('127.0.0.1', port, { writeTimeoutMs: 300 });
    await transport.open();
    const started = Date.now();
    const error = await expectTransportError((async () => {
      for (let i = 0; i < 10_000; i++) await transport.write(patternBytes(256 * 1024, i));
    })(), 'INKLESS_PRINTER_TIMEOUT');
    expect(error.message).toContain('took no data for 300 ms');
    expect(Date.now() - started).toBeLessThan(8000);
    await transport.close();
  });

  const python = spawnSync('python3', ['-c', 'print(1)']).status === 0;
  it.skipIf(!python)('times out a connection the printer never accepts (full backlog)', async () => {
    // A listener with backlog 0 that never accepts: after one queued connection, SYNs are dropped.
    const child = spawn('python3', ['-c', 'import socket,time\ns=socket.socket();s.bind(("127.0.0.1",0));s.listen(0);print(s.getsockname()[1],flush=True);time.sleep(30)']);
    try {
      const port = Number(await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString()))));
      const first = new TcpTransport('127.0.0.1', port, { connectTimeoutMs: 2000, closeTimeoutMs: 10 });
      await first.open();
      const second = new TcpTransport('127.0.0.1', port, { connectTimeoutMs: 300 });
      const error = await expectTransportError(second.open(), 'INKLESS_PRINTER_TIMEOUT');
      expect(error.message).toContain('did not accept a connection within 300 ms');
      await first.close().catch(() => {});
    } finally {
      child.kill();
    }
  });

  it('sends a status query and returns a fixed-length reply', async () => {
    const port = await startServer((socket) => {
      socket.on('data', (c) => {
        if (c.includes(Buffer.from([0x1b, 0x21, 0x3f]))) socket.write(Buffer.from([0x04]));
      });
    });
    const transport = new TcpTransport('127.0.0.1', port);
    await transport.open();
    const reply = await transport.query(new Uint8Array([0x1b, 0x21, 0x3f]), { replyBytes: 1, timeoutMs: 2000 });
    expect([...reply]).toEqual([0x04]);
    await transport.close();
  });

  it('collects a reply of unknown length until the line goes quiet', async () => {
    const port = await startServer((socket) => {
      socket.on('data', () => {
        socket.write('\x02030,0,0\x03\r\n');
        setTimeout(() => socket.write('\x02001,0,0\x03\r\n'), 30);
      });
    });
    const transport = new TcpTransport('127.0.0.1', port, { quietMs: 100 });
    await transport.open();
    const reply = await transport.query(new TextEncoder().encode('~HS'), { timeoutMs: 2000 });
    expect(new TextDecoder().decode(reply)).toBe('\x02030,0,0\x03\r\n\x02001,0,0\x03\r\n');
    await transport.close();
  });

  it('times out a status query nobody answers', async () => {
    const port = await startServer((socket) => socket.resume());
    const transport = new TcpTransport('127.0.0.1', port);
    await transport.open();
    const error = await expectTransportError(transport.query(new Uint8Array([0x10, 0x04, 0x01]), { replyBytes: 1, timeoutMs: 200 }), 'INKLESS_PRINTER_TIMEOUT');
    expect(error.message).toContain('0 of 1 reply bytes');
    await transport.close();
  });
});
