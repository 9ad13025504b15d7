import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createRequire } from 'node:module';
import { TransportError, type Transport } from '../transport';
import { createUnreachableError } from './describe-system-error';

export interface IppTransportOptions {
  /** How long the whole Print-Job request may take. */
  readonly timeoutMs?: number;
  /** IPP sends the job in one request, so it is held in memory up to this size. */
  readonly maxJobBytes?: number;
  /** `document-format`: `application/octet-stream` for a raw queue, `application/vnd.cups-raw` for CUPS. */
  readonly documentFormat?: string;
}

/** The parts of the `ipp` package (CommonJS, untyped) used here. */
interface IppModule {
  serialize(message: Record<string, unknown>): Buffer;
  parse(body: Buffer): { statusCode?: string };
}
const loadIpp = () => createRequire(import.meta.url)('ipp') as IppModule;

/**
 * IPP Print-Job with the printer language as the document (`ipp://host:631/printers/QUEUE`): for a
 * CUPS raw queue or a print server. IPP Everywhere printers do not take ZPL or TSPL. The job is
 * sent when the transport closes, since Print-Job carries the whole document.
 */
export class IppTransport implements Transport {
  readonly description: string;
  private readonly timeoutMs: number;
  private readonly maxJobBytes: number;
  private readonly documentFormat: string;
  private chunks: Uint8Array[] | undefined;
  private size = 0;

  constructor(readonly url: string, options: IppTransportOptions = {}) {
    this.description = url;
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.maxJobBytes = options.maxJobBytes ?? 64 * 1024 * 1024;
    this.documentFormat = options.documentFormat ?? 'application/octet-stream';
  }

  async open(): Promise<void> {
    this.chunks = [];
    this.size = 0;
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.chunks) throw new TransportError('INKLESS_PRINTER_GONE', `${this.description} is not open; open() it before writing`);
    this.size += bytes.length;
    if (this.size > this.maxJobBytes) throw new TransportError('INKLESS_PRINTER_UNSUPPORTED', `the job for ${this.description} is over ${this.maxJobBytes} bytes, too big for one IPP request; print fewer labels at a time or use tcp://`);
    this.chunks.push(bytes.slice());
  }

  /** Sends the Print-Job; resolves when the printer or server accepted it. */
  async close(): Promise<void> {
    const chunks = this.chunks;
    this.chunks = undefined;
    if (!chunks || this.size === 0) return;
    const ipp = loadIpp();
    const body = ipp.serialize({
      operation: 'Print-Job',
      'operation-attributes-tag': {
        'attributes-charset': 'utf-8',
        'attributes-natural-language': 'en',
        'printer-uri': this.url.replace(/^http/, 'ipp'),
        'requesting-user-name': 'inkless',
        'job-name': 'inkless labels',
        'document-format': this.documentFormat,
      },
      data: Buffer.concat(chunks),
    });
    const reply = await this.post(body);
    const status = ipp.parse(reply).statusCode ?? 'unknown status';
    if (status.startsWith('successful')) return;
    const code = /format|attributes-or-values/.test(status) ? 'INKLESS_PRINTER_UNSUPPORTED' : 'INKLESS_PRINTER_UNREACHABLE';
    throw new TransportError(code, `printer ${this.description} refused the job: ${status}; check the queue path and that it is a raw queue`);
  }

  private post(body: Buffer): Promise<Buffer> {
    const target = new URL(this.url.replace(/^ipp(s?):/, 'http$1:'));
    if (!target.port) target.port = '631';
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Buffer>((resolve, reject) => {
      const req = send(target, { method: 'POST', headers: { 'Content-Type': 'application/ipp', 'Content-Length': body.length } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => {
          if (res.statusCode === 200) return resolve(Buffer.concat(parts));
          reject(new TransportError('INKLESS_PRINTER_UNREACHABLE', `printer ${this.description} answered HTTP ${res.statusCode}; check the queue path (e.g. /printers/QUEUE)`));
        });
      });
      req.setTimeout(this.timeoutMs, () => {
        req.destroy();
        reject(new TransportError('INKLESS_PRINTER_TIMEOUT', `printer ${this.description} did not answer within ${this.timeoutMs} ms`));
      });
      req.on('error', (e) => reject(createUnreachableError(this.description, e, 'check that the print server is running and the address is right')));
      req.end(body);
    });
  }
}
