import { connect, type Socket } from 'node:net';
import { TransportError, type ReplyListener, type Transport } from '../transport';
import { createUnreachableError, describeSystemError } from './describe-system-error';
import { QuerySlot } from './reply-collector';
import { ReplyListeners } from './reply-listeners';

export interface TcpTransportOptions {
  /** How long the printer may take to accept the connection. */
  readonly connectTimeoutMs?: number;
  /** How long one 64 KiB slice of a write may wait for the printer to take it (it is busy or paused). */
  readonly writeTimeoutMs?: number;
  /** How long `close()` waits for the printer to close its side after ours. */
  readonly closeTimeoutMs?: number;
  /** A reply of unknown length ends after this much silence. */
  readonly quietMs?: number;
}

/** Writes are sliced so the write timeout measures progress, not the size of the job. */
const SLICE_BYTES = 64 * 1024;

/**
 * Raw TCP to port 9100 (AppSocket/JetDirect): the job's bytes as they are, status replies on the
 * same socket, and a half-close at the end so the printer sees the whole job before we go.
 *
 * @example
 * const printer = new TcpTransport('192.0.2.7', 9100);
 * await printer.open();
 * await printer.write(bytes);
 * await printer.close();
 */
export class TcpTransport implements Transport {
  readonly description: string;
  private readonly connectTimeoutMs: number;
  private readonly writeTimeoutMs: number;
  private readonly closeTimeoutMs: number;
  private readonly queries: QuerySlot;
  /** Who reads what the printer sends unasked (a PrinterSession). */
  private readonly listeners = new ReplyListeners();
  private socket: Socket | undefined;
  private failure: TransportError | undefined;
  private closing = false;
  /** Bytes the printer has taken in this connection, for the message when it goes away. */
  private sentBytes = 0;
  /** Writes in flight: their timeout and how to fail them when the connection does. */
  private readonly pending = new Set<{ readonly timer: ReturnType<typeof setTimeout>; readonly reject: (e: TransportError) => void }>();

  constructor(readonly host: string, readonly port: number, options: TcpTransportOptions = {}) {
    this.description = `tcp://${host.includes(':') ? `[${host}]` : host}:${port}`;
    this.connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    this.writeTimeoutMs = options.writeTimeoutMs ?? 30_000;
    this.closeTimeoutMs = options.closeTimeoutMs ?? 10_000;
    this.queries = new QuerySlot(this.description, options.quietMs ?? 150);
  }

  open(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      const timer = setTimeout(() => {
        socket.destroy();
        const message = `printer ${this.description} did not accept a connection within ${this.connectTimeoutMs} ms; check that it is on, on this network, and that the address is right`;
        reject(new TransportError('INKLESS_PRINTER_TIMEOUT', message));
      }, this.connectTimeoutMs);
      const onError = (e: Error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(createUnreachableError(this.description, e, 'check that the printer is on and that the address and port are right'));
      };
      socket.once('error', onError);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.off('error', onError);
        this.attach(socket);
        resolve();
      });
    });
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
    const socket = this.socket;
    this.closing = true;
    if (!socket || socket.destroyed) return;
    if (this.failure) {
      socket.destroy();
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => socket.destroy(), this.closeTimeoutMs);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.end();
    });
  }

  private attach(socket: Socket): void {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.listeners.data(this.queries.push(new Uint8Array(chunk))));
    socket.on('error', (e) => this.fail(e));
    socket.on('end', () => this.fail('closed the connection'));
    socket.on('close', () => this.fail('closed the connection'));
  }

  private writeSlice(slice: Uint8Array): Promise<void> {
    const socket = this.socket;
    if (this.failure) return Promise.reject(this.failure);
    if (!socket || this.closing) return Promise.reject(new TransportError('INKLESS_PRINTER_GONE', `printer ${this.description} is not open; open() it before writing`));
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const message = `printer ${this.description} took no data for ${this.writeTimeoutMs} ms after ${this.sentBytes} bytes; check it for paper, an open head or a pause, then print the remaining labels again`;
        this.fail(new TransportError('INKLESS_PRINTER_TIMEOUT', message));
        socket.destroy();
      }, this.writeTimeoutMs);
      const inFlight = { timer, reject };
      this.pending.add(inFlight);
      socket.write(slice, (e) => {
        clearTimeout(timer);
        this.pending.delete(inFlight);
        if (e) return reject(this.failure ?? this.goneError(e));
        this.sentBytes += slice.length;
        resolve();
      });
    });
  }

  /** Records the first failure and rejects everything in flight with it. */
  private fail(reason: TransportError | Error | string): void {
    if (!this.failure && !this.closing) this.failure = reason instanceof TransportError ? reason : this.goneError(reason);
    const error = this.failure ?? this.goneError(reason);
    for (const write of this.pending) {
      clearTimeout(write.timer);
      write.reject(error);
    }
    this.pending.clear();
    this.queries.end(error);
    this.listeners.end(error);
  }

  private goneError(reason: Error | string): TransportError {
    const why = typeof reason === 'string' ? reason : `the connection broke: ${describeSystemError(reason)}`;
    const message = `printer ${this.description} ${why} after ${this.sentBytes} bytes; check the printer (paper, head, errors), then print the remaining labels again`;
    return new TransportError('INKLESS_PRINTER_GONE', message, typeof reason === 'string' ? undefined : { cause: reason });
  }
}
