import { spawn, type ChildProcess } from 'node:child_process';
import { TransportError, type Transport } from '../transport';
import { describeSystemError, readErrorCode } from './describe-system-error';

export interface CupsTransportOptions {
  /** The `lp` program (tests point it at a stand-in). */
  readonly lpCommand?: string;
}

/**
 * A CUPS raw queue: the job goes to `lp -d QUEUE -o raw` on its standard input, so CUPS handles
 * the printer's connection (USB, network) and queueing. Set up a queue with
 * `lpadmin -p LABELS -E -v socket://HOST:9100 -m raw` (CUPS 2.3+ warns, it still works).
 */
export class CupsTransport implements Transport {
  readonly description: string;
  private readonly lpCommand: string;
  private child: ChildProcess | undefined;
  private exited: Promise<{ code: number | null; stderr: string }> | undefined;
  private failure: TransportError | undefined;

  constructor(readonly queue: string, options: CupsTransportOptions = {}) {
    this.description = `cups://${queue}`;
    this.lpCommand = options.lpCommand ?? 'lp';
  }

  async open(): Promise<void> {
    const child = spawn(this.lpCommand, ['-d', this.queue, '-o', 'raw'], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin!.on('error', (e) => (this.failure ??= this.lpFailed(describeSystemError(e), stderr)));
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (e) => {
        if (readErrorCode(e) === 'ENOENT') {
          const message = `cannot print to ${this.description}: the CUPS "${this.lpCommand}" command is not installed; install CUPS (cups-client) or print straight to the printer (tcp://, usb://, serial://)`;
          reject(new TransportError('INKLESS_PRINTER_UNSUPPORTED', message, { cause: e }));
        } else reject(new TransportError('INKLESS_PRINTER_UNREACHABLE', `cannot start "${this.lpCommand}" for ${this.description}: ${describeSystemError(e)}`, { cause: e }));
      });
    });
    this.exited = new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
    this.child = child;
  }

  write(bytes: Uint8Array): Promise<void> {
    const stdin = this.child?.stdin;
    if (this.failure) return Promise.reject(this.failure);
    if (!stdin) return Promise.reject(new TransportError('INKLESS_PRINTER_GONE', `${this.description} is not open; open() it before writing`));
    return new Promise<void>((resolve, reject) => {
      stdin.write(bytes, (e) => (e ? reject(this.failure ?? this.lpFailed(describeSystemError(e), '')) : resolve()));
    });
  }

  /** Ends the job and waits for `lp`: CUPS has queued it when this resolves. */
  async close(): Promise<void> {
    const { child, exited } = this;
    this.child = undefined;
    if (!child || !exited) return;
    child.stdin!.end();
    const { code, stderr } = await exited;
    if (code !== 0) throw this.lpFailed(`lp exited with code ${code}`, stderr);
    if (this.failure) throw this.failure;
  }

  private lpFailed(why: string, stderr: string): TransportError {
    const said = stderr.trim() ? `: ${stderr.trim()}` : '';
    return new TransportError('INKLESS_PRINTER_UNREACHABLE', `CUPS did not take the job for ${this.description} (${why})${said}; check the queue name with \`lpstat -p\``);
  }
}
