// A PrinterSession over a real TCP connection to a loopback "printer": what the transport's
// listen side delivers, and how it shares the socket with status queries.
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openPrinterSession } from '../session';
import { TransportError } from '../transport';
import { TcpTransport } from './tcp-transport';

const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

async function startPrinter(onSocket: (socket: Socket) => void): Promise<TcpTransport> {
  const server = createServer((socket) => {
    sockets.push(socket);
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const transport = new TcpTransport('127.0.0.1', (server.address() as AddressInfo).port);
  await transport.open();
  return transport;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PrinterSession over TcpTransport', () => {
  it('reads an acknowledgement the printer sends in two pieces', async () => {
    const transport = await startPrinter((socket) => {
      socket.on('data', async () => {
        socket.write(Buffer.from([0x55, 0x55, 0x02]));
        await pause(20);
        socket.write(Buffer.from([0x01, 0xaa, 0xaa]));
      });
    });
    const session = openPrinterSession(transport);
    await session.send(Uint8Array.of(0x55, 0x55, 0x01));
    const ack = await session.receive({ timeoutMs: 2000, until: (bytes) => bytes.length >= 6 });
    expect([...ack]).toEqual([0x55, 0x55, 0x02, 0x01, 0xaa, 0xaa]);
    await session.close();
  });

  it('leaves a status query its own reply: only bytes no query waits for reach the session', async () => {
    const transport = await startPrinter((socket) => {
      socket.on('data', (chunk) => socket.write(chunk[0] === 0x1b ? Buffer.from([0x00]) : Buffer.from('hello')));
    });
    const session = openPrinterSession(transport);
    expect([...(await transport.query(Uint8Array.of(0x1b, 0x21, 0x3f), { replyBytes: 1, timeoutMs: 2000 }))]).toEqual([0x00]);
    await session.send(Uint8Array.of(0x41));
    expect(Buffer.from(await session.receive({ timeoutMs: 2000, until: (bytes) => bytes.length >= 5 })).toString()).toBe('hello');
    await session.close();
  });

  it('fails a waiting receive with INKLESS_PRINTER_GONE when the printer hangs up', async () => {
    const transport = await startPrinter((socket) => setTimeout(() => socket.destroy(), 20));
    const session = openPrinterSession(transport);
    const error = await session.receive({ timeoutMs: 5000 }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_GONE');
    await session.close();
  });
});
