import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../http/api-error';
import type { ImportOutcome } from '../import/import-types';
import type { PoolOutcome, PoolTask, RenderOutcome } from './render-task';
import type { WorkerReply, WorkerRequest } from './render-worker';

/** Limits of the render workers; read at each dispatch, so tests and operators can change them live. */
export interface RenderSettings {
  /** Longest one render may take before its worker is terminated (503 INKLESS_RENDER_TIMEOUT). */
  timeoutMs: number;
  /** Longest one import (a PDF's chosen pages, a picture, a ZPL file) may take (422 INKLESS_API_FILE_TOO_SLOW). */
  importTimeoutMs: number;
  /** Longest a render may wait for a free worker (503 INKLESS_RENDER_BUSY). */
  queueTimeoutMs: number;
  /** Renders waiting beyond this many are refused at once (503 INKLESS_RENDER_BUSY). */
  maxQueued: number;
  /** Worker threads; started on first use, replaced when one is terminated. */
  workers: number;
  /** Heap of one worker; a label needing more fails instead of taking the server down. */
  workerHeapMb: number;
}

/**
 * Defaults for a small server: a label renders in 1-20 ms, so 5 s is a runaway document; a PDF
 * page is rendered, read for barcodes twice and fitted in 1-2.5 s on a busy 2-core machine, so
 * the 20 pages one import may hold fit in 2 minutes with room to spare.
 */
export function defaultRenderSettings(): RenderSettings {
  return { timeoutMs: 5_000, importTimeoutMs: 120_000, queueTimeoutMs: 10_000, maxQueued: 256, workers: Math.max(1, Math.min(4, availableParallelism())), workerHeapMb: 512 };
}

const WORKER_URL = new URL('./render-worker-entry.js', import.meta.url);

interface Job {
  readonly id: number;
  readonly task: PoolTask;
  resolve(outcome: RenderOutcome | ImportOutcome): void;
  reject(error: Error): void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  job: Job | undefined;
}

/**
 * A few worker threads that render labels off the event loop, each render under a time limit:
 * a worker that overruns is terminated and replaced, so no document can hold the server.
 *
 * @example
 * const pool = new RenderPool(defaultRenderSettings());
 * const outcome = await pool.run({ kind: 'label', document, format: 'png', nowMs: Date.now() });
 */
export class RenderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly settings: RenderSettings) {}

  /** Runs one task; rejects with ApiErrors when it is too slow (503, 422 for an import) or the pool too busy (503). */
  run<T extends PoolTask>(task: T): Promise<PoolOutcome<T>> {
    if (this.closed) return Promise.reject(new ApiError('INKLESS_RENDER_BUSY', 'the server is shutting down; try again in a moment', { retryAfterSeconds: 1 }));
    if (this.queue.length >= this.settings.maxQueued) {
      return Promise.reject(new ApiError('INKLESS_RENDER_BUSY', `${this.queue.length} renders are waiting already; try again in a moment`, { retryAfterSeconds: 1 }));
    }
    return new Promise<PoolOutcome<T>>((resolve, reject) => {
      const job: Job = { id: this.nextId++, task, resolve: resolve as (outcome: RenderOutcome | ImportOutcome) => void, reject };
      job.timer = setTimeout(() => this.expireQueued(job), this.settings.queueTimeoutMs);
      this.queue.push(job);
      this.pump();
    });
  }

  /** Renders waiting for a worker (background thumbnails step aside when there are many). */
  get waiting(): number {
    return this.queue.length;
  }

  /** Stops every worker; renders still waiting or running fail with 503. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.fail(job, new ApiError('INKLESS_RENDER_BUSY', 'the server is shutting down', { retryAfterSeconds: 1 }));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      if (slot.job) this.fail(slot.job, new ApiError('INKLESS_RENDER_BUSY', 'the server is shutting down', { retryAfterSeconds: 1 }));
      slot.job = undefined;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.job) this.dispatch(slot, this.queue.shift()!);
    }
    // Start more workers (up to the limit) for what still waits; each takes work once it says ready.
    const starting = this.slots.filter((s) => !s.ready).length;
    for (let i = starting; i < this.queue.length && this.slots.length < this.settings.workers; i++) this.spawn();
  }

  private dispatch(slot: Slot, job: Job): void {
    clearTimeout(job.timer);
    slot.job = job;
    const limit = timeLimit(job.task, this.settings);
    job.timer = setTimeout(() => {
      this.fail(job, limit.error());
      this.retire(slot);
    }, limit.ms);
    slot.worker.postMessage({ id: job.id, task: job.task } satisfies WorkerRequest);
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.settings.workerHeapMb } });
    // An idle pool never keeps the process alive; a running render's timer does.
    worker.unref();
    const slot: Slot = { worker, ready: false, job: undefined };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = undefined;
      if ('crash' in reply) this.fail(job, new Error(`render worker failed: ${reply.crash}`));
      else this.finish(job, reply.outcome);
      this.pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.job) this.fail(slot.job, describeWorkerError(error));
      // A worker that cannot even start would fail again: tell the waiting renders instead of looping.
      if (!slot.ready) for (const job of this.queue.splice(0)) this.fail(job, new Error(`render worker did not start: ${error.message}`));
      this.retire(slot);
    });
    worker.on('exit', () => {
      if (slot.job) this.fail(slot.job, new Error('render worker stopped'));
      this.retire(slot);
    });
  }

  /** Takes a worker out of service (terminating it if it still runs) and starts work on the rest. */
  private retire(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    slot.job = undefined;
    void slot.worker.terminate();
    this.pump();
  }

  private expireQueued(job: Job): void {
    const at = this.queue.indexOf(job);
    if (at < 0) return;
    this.queue.splice(at, 1);
    this.fail(job, new ApiError('INKLESS_RENDER_BUSY', `no render worker was free for ${this.settings.queueTimeoutMs} ms; try again in a moment`, { retryAfterSeconds: 1 }));
  }

  private finish(job: Job, outcome: RenderOutcome | ImportOutcome): void {
    clearTimeout(job.timer);
    job.resolve(outcome);
  }

  private fail(job: Job, error: Error): void {
    clearTimeout(job.timer);
    job.reject(error);
  }
}

/** How long a task may run, and the error when it overruns: a render is the server's 503, an import the file's 422. */
function timeLimit(task: PoolTask, settings: RenderSettings): { ms: number; error(): ApiError } {
  if (task.kind === 'import') {
    const ms = settings.importTimeoutMs;
    return { ms, error: () => new ApiError('INKLESS_API_FILE_TOO_SLOW', `importing "${task.options.fileName.slice(0, 80)}" took longer than ${ms / 1000} s, this server's limit per request; import fewer pages at once ("pages", e.g. "1-5")`, { path: 'file' }) };
  }
  const ms = settings.timeoutMs;
  return { ms, error: () => new ApiError('INKLESS_RENDER_TIMEOUT', `rendering took longer than ${ms} ms, this server's limit per label; simplify the label (fewer or smaller images and barcodes, a lower dpi)`) };
}

function describeWorkerError(error: Error & { code?: string }): Error {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new ApiError('INKLESS_RENDER_FAILED', 'the label needs more memory than this server allows per render; use smaller images or a smaller label');
  }
  return new Error(`render worker failed: ${error.message}`);
}
