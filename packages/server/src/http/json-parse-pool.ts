import { Worker } from 'node:worker_threads';
import type { JsonBodyResult } from './json-text';
import type { JsonParseReply, JsonParseRequest } from './json-parse-worker';

const WORKER_URL = new URL('./json-parse-worker-entry.js', import.meta.url);

interface Pending {
  readonly bytes: Uint8Array;
  resolve(result: JsonBodyResult): void;
  reject(error: Error): void;
}

/**
 * One worker thread that reads large JSON bodies (decode, parse, check) so the event loop keeps
 * serving other requests meanwhile; the parsed value comes back by structured clone, which costs
 * the loop a fraction of JSON.parse. Started on first use, one body at a time, in arrival order.
 *
 * @example
 * const pool = new JsonParsePool();
 * const result = await pool.read(bytes);
 */
export class JsonParsePool {
  private worker: Worker | undefined;
  private ready = false;
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, Pending>();
  private nextId = 1;

  /** Reads one body in the worker. Rejects only when the worker itself fails (e.g. out of memory). */
  read(bytes: Uint8Array): Promise<JsonBodyResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ bytes, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the server is shutting down'));
    if (worker) await worker.terminate();
  }

  private pump(): void {
    if (!this.worker) this.spawn();
    if (!this.ready || this.running.size > 0) return;
    const next = this.queue.shift();
    if (!next) return;
    const id = this.nextId++;
    this.running.set(id, next);
    this.worker!.postMessage({ id, bytes: next.bytes } satisfies JsonParseRequest);
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: 512 } });
    worker.unref();
    this.worker = worker;
    this.ready = false;
    worker.on('message', (reply: JsonParseReply | { ready: true }) => {
      if ('ready' in reply) this.ready = true;
      else {
        const pending = this.running.get(reply.id);
        this.running.delete(reply.id);
        pending?.resolve(reply.result);
      }
      this.pump();
    });
    const retire = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(error);
      void worker.terminate();
    };
    worker.on('error', (error) => retire(new Error(`body-parse worker failed: ${error.message}`, { cause: error })));
    worker.on('exit', () => retire(new Error('body-parse worker stopped')));
  }

  private failAll(error: Error): void {
    for (const pending of [...this.running.values(), ...this.queue.splice(0)]) pending.reject(error);
    this.running.clear();
  }
}
