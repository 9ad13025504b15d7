import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { IppTransport } from './ipp-transport';

const ipp = createRequire(import.meta.url)('ipp') as {
  parse(b: Buffer): { operation?: string; 'operation-attributes-tag'?: Record<string, unknown> };
  serialize(m: Record<string, unknown>): Buffer;
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A tiny IPP responder on loopback: records each request body, answers with `status`. */
async function startResponder(status: string, bodies: Buffer[]): Promise<number> {
  const server = createServer((req: IncomingMessage, res) => {
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      bodies.push(Buffer.concat(parts));
      res.writeHead(200, { 'Content-Type': 'application/ipp' });
      res.end(ipp.serialize({ statusCode: status, id: 1, 'operation-attributes-tag': { 'attributes-charset': 'utf-8', 'attributes-natural-language': 'en' } }));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('IppTransport', () => {
  it('sends the whole job as one Print-Job with a raw document format', async () => {
    const bodies: Buffer[] = [];
    const port = await startResponder('successful-ok', bodies);
    const printer = new IppTransport(`ipp://127.0.0.1:${port}/printers/LABELS`);
    await printer.open();
    const job = [new Uint8Array([0x5e, 0x58, 0x41]), new Uint8Array([0x00, 0xff, 0x80]), new TextEncoder().encode('^XZ')];
    for (const part of job) await printer.write(part);
    await printer.close();
    expect(bodies).toHaveLength(1);
    const request = ipp.parse(bodies[0]!);
    expect(request.operation).toBe('Print-Job');
    expect(request['operation-attributes-tag']).toMatchObject({ 'document-format': 'application/octet-stream', 'printer-uri': `ipp://127.0.0.1:${port}/printers/LABELS` });
    const data = Buffer.concat(job);
    expect(Buffer.compare(bodies[0]!.subarray(bodies[0]!.length - data.length), data)).toBe(0);
  });

  it('reports the IPP status when the job is refused', async () => {
    const port = await startResponder('client-error-document-format-not-supported', []);
    const printer = new IppTransport(`ipp://127.0.0.1:${port}/printers/LABELS`);
    await printer.open();
    await printer.write(new Uint8Array(20));
    const error = await printer.close().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).code).toBe('INKLESS_PRINTER_UNSUPPORTED');
    expect((error as TransportError).message).toContain('client-error-document-format-not-supported');
  });

  it('says the printer is unreachable when nothing listens', async () => {
    const port = await startResponder('successful-ok', []);
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const printer = new IppTransport(`ipp://127.0.0.1:${port}/printers/LABELS`);
    await printer.open();
    await printer.write(new Uint8Array(20));
    await expect(printer.close()).rejects.toMatchObject({ code: 'INKLESS_PRINTER_UNREACHABLE' });
  });

  it('refuses a job over the size it holds in memory', async () => {
    const printer = new IppTransport('ipp://127.0.0.1:1/printers/x', { maxJobBytes: 10 });
    await printer.open();
    await expect(printer.write(new Uint8Array(11))).rejects.toMatchObject({ code: 'INKLESS_PRINTER_UNSUPPORTED' });
  });
});
