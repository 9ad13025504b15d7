import type { SerialPort } from 'serialport';
import { TransportError, type ReplyListener, type Transport } from '../transport';
import { createUnreachableError, describeSystemError } from './describe-system-error';
import { QuerySlot } from './reply-collector';
import { ReplyListeners } from './reply-listeners';

export interface SerialTransportOptions {
  /** How long one slice of a write may take to leave the port (a slow baud rate needs more). */
  readonly writeTimeoutMs?: number;
  /** A reply of unknown length ends after this much silence. */
  readonly quietMs?: number;
}

/** Slices keep a timeout meaningful at 9600 baud (4 KiB is about 4 s there). */
const SLICE_BYTES = 4096;

/**
 * A serial port: USB-serial adapters, and Bluetooth SPP printers once paired (`/dev/rfcomm0`,
 * `COM5`, where the baud rate is ignored). Each write waits until the bytes left the port
 * (tcdrain), which is the only flow control most of these printers have.
 *
 * @example
 * const printer = new SerialTransport('/dev/ttyUSB0', 9600);
 */
export class SerialTransport implements Transport {
  readonly description: string;
  private readonly writeTimeoutMs: number;
  private readonly queries: QuerySlot;
  /** Who reads what the printer sends unasked (a PrinterSession). */
  private readonly listeners = new ReplyListeners();
  private port: SerialPort | undefined;
  private failure: TransportError | undefined;

  constructor(readonly path: string, readonly baudRate = 9600, options: SerialTransportOptions = {}) {
    this.description = `serial://${path}?baud=${baudRate}`;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 30_000;
    this.queries = new QuerySlot(this.description, options.quietMs ?? 150);
  }

  async open(): Promise<void> {
    const { SerialPort } = await import('serialport');
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => {
      port.open((e) => (e ? reject(createUnreachableError(this.description, e, this.hint(e))) : resolve()));
    });
    port.on('data', (chunk: Buffer) => this.listeners.data(this.queries.push(new Uint8Array(chunk))));
    port.on('error', (e) => this.fail(e));
    port.on('close', () => this.fail(new Error('the port closed (unplugged or switched off?)')));
    this.port = port;
  }

  async write(bytes: Uint8Array): Promise<void> {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) await this.writeSlice(bytes.subarray(at, at + SLICE_BYTES));
  }

  query(request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }): Promise<Uint8Array> {
    return this.queries.run(request, options, (bytes) => this.write(bytes));
  }

  /** Bytes no status query is waiting for go to `listener` (see `Transport.listen`). */
  listen(listener: ReplyListener): () => void {
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    if (!port?.isOpen) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }

  private writeSlice(slice: Uint8Array): Promise<void> {
    const port = this.port;
    if (this.failure) return Promise.reject(this.failure);
    if (!port) return Promise.reject(new TransportError('INKLESS_PRINTER_GONE', `printer ${this.description} is not open; open() it before writing`));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new TransportError('INKLESS_PRINTER_TIMEOUT', `printer ${this.description} took no data for ${this.writeTimeoutMs} ms; check it for paper, an open head, or a wrong baud rate`));
      }, this.writeTimeoutMs);
      const done = (e: Error | null | undefined) => {
        clearTimeout(timer);
        if (e) reject(this.failure ?? this.goneError(e));
        else resolve();
      };
      port.write(Buffer.from(slice.buffer, slice.byteOffset, slice.length), (e) => (e ? done(e) : port.drain(done)));
    });
  }

  private fail(e: Error): void {
    this.failure ??= this.goneError(e);
    this.queries.end(this.failure);
    this.listeners.end(this.failure);
  }

  private goneError(e: Error): TransportError {
    return new TransportError('INKLESS_PRINTER_GONE', `printer ${this.description} went away: ${describeSystemError(e)}; check the cable or the pairing, then print the remaining labels again`, { cause: e });
  }

  private hint(e: Error): string {
    if (/permission|EACCES/i.test(e.message)) return 'you may not open it: on Linux add yourself to the "dialout" group and log in again';
    if (/no such file|ENOENT/i.test(e.message)) return 'no such device: check the cable, pairing (rfcomm bind) and the path (ls /dev/tty* /dev/rfcomm*)';
    return 'check the cable, the pairing and the device path';
  }
}
