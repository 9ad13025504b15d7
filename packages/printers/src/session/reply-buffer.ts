import { TransportError } from '../transport';
import { hostTimers } from './host-timers';
import type { ReceiveOptions } from './printer-session';

/** A receive in progress. */
interface Waiter {
  readonly until: (bytes: Uint8Array) => boolean;
  readonly timer: unknown;
  resolve(bytes: Uint8Array): void;
  reject(error: TransportError): void;
}

const anyByte = (bytes: Uint8Array): boolean => bytes.length > 0;

/**
 * The printer's side of a session, buffered: bytes arrive in chunks of any size, `receive` takes
 * them as one reply once its `until` holds. Bytes that arrive with no receive waiting are kept for
 * the next one (a printer may answer before the caller starts listening).
 */
export class ReplyBuffer {
  private pending = new Uint8Array(0);
  private waiter: Waiter | undefined;
  /** Set once the medium failed or the session closed: every later receive fails with it. */
  private ended: TransportError | undefined;

  constructor(private readonly description: string) {}

  /** Bytes from the printer. */
  push(bytes: Uint8Array): void {
    if (this.ended || bytes.length === 0) return;
    const joined = new Uint8Array(this.pending.length + bytes.length);
    joined.set(this.pending);
    joined.set(bytes, this.pending.length);
    this.pending = joined;
    this.settle();
  }

  /** The medium failed or the session closed: the waiting receive and every later one fail with `error`. */
  end(error: TransportError): void {
    if (this.ended) return;
    this.ended = error;
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) {
      hostTimers.clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }

  /** Waits for a complete reply (see `PrinterSession.receive`). */
  receive(options: ReceiveOptions): Promise<Uint8Array> {
    if (this.ended) return Promise.reject(this.ended);
    if (this.waiter) {
      return Promise.reject(new TransportError('INKLESS_PRINTER_UNSUPPORTED', `a reply from ${this.description} is already awaited; wait for it before asking for the next`));
    }
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = hostTimers.setTimeout(() => this.timeOut(options.timeoutMs), options.timeoutMs);
      this.waiter = { until: options.until ?? anyByte, timer, resolve, reject };
      this.settle();
    });
  }

  /** Hands the buffered bytes to the waiting receive once they form a reply. */
  private settle(): void {
    const waiter = this.waiter;
    if (!waiter || !waiter.until(this.pending)) return;
    this.waiter = undefined;
    hostTimers.clearTimeout(waiter.timer);
    const reply = this.pending;
    this.pending = new Uint8Array(0);
    waiter.resolve(reply);
  }

  private timeOut(timeoutMs: number): void {
    const waiter = this.waiter;
    if (!waiter) return;
    this.waiter = undefined;
    const got = this.pending.length === 0 ? 'nothing arrived' : `${this.pending.length} bytes arrived, not a complete reply`;
    waiter.reject(new TransportError('INKLESS_PRINTER_TIMEOUT', `printer ${this.description} did not answer within ${timeoutMs} ms (${got}); check that it is on, in range and speaks this language`));
  }
}
