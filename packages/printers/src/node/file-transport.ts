import { createWriteStream, type WriteStream } from 'node:fs';
import { TransportError, type Transport } from '../transport';
import { createUnreachableError, describeSystemError } from './describe-system-error';

/**
 * Printer bytes into a file (appended, created when missing) or to standard output: for a printer
 * device node (`file:///dev/usb/lp0`), for saving a job to send later, and for piping (`file:-`).
 *
 * @example
 * const out = new FileTransport('/dev/usb/lp0');
 */
export class FileTransport implements Transport {
  readonly description: string;
  private stream: WriteStream | undefined;
  private failure: TransportError | undefined;

  /** `path` is a file path, or `-` for standard output. */
  constructor(readonly path: string) {
    this.description = path === '-' ? 'stdout' : `file://${path}`;
  }

  async open(): Promise<void> {
    if (this.path === '-') return;
    const stream = createWriteStream(this.path, { flags: 'a' });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (e) => reject(createUnreachableError(this.description, e, 'check that the folder exists and that you may write there')));
    });
    stream.on('error', (e) => {
      this.failure ??= new TransportError('INKLESS_PRINTER_GONE', `cannot write to ${this.description}: ${describeSystemError(e)}; check the disk or device`, { cause: e });
    });
    this.stream = stream;
  }

  write(bytes: Uint8Array): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const target = this.path === '-' ? process.stdout : this.stream;
    if (!target) return Promise.reject(new TransportError('INKLESS_PRINTER_GONE', `${this.description} is not open; open() it before writing`));
    return new Promise<void>((resolve, reject) => {
      target.write(bytes, (e) => {
        if (!e) return resolve();
        reject(this.failure ?? new TransportError('INKLESS_PRINTER_GONE', `cannot write to ${this.description}: ${describeSystemError(e)}`, { cause: e }));
      });
    });
  }

  async close(): Promise<void> {
    const stream = this.stream;
    this.stream = undefined;
    if (!stream || stream.destroyed) return;
    await new Promise<void>((resolve) => stream.end(() => resolve()));
    if (this.failure) throw this.failure;
  }
}
