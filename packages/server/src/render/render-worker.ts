import { parentPort } from 'node:worker_threads';
import type { FontSet } from '@inkless/label';
import type { ImportOutcome, ImportTask } from '../import/import-types';
import { loadServerFonts } from './node-fonts';
import { runRenderTask, type PoolTask, type RenderOutcome } from './render-task';

/**
 * A render worker thread: takes `{ id, task }`, answers `{ id, outcome }` (or `{ id, crash }`
 * for an unexpected error), one task at a time. Says `{ ready: true }` once its modules are loaded,
 * so the pool's time limit measures rendering, not start-up.
 */
export interface WorkerRequest {
  readonly id: number;
  readonly task: PoolTask;
}
export type WorkerReply = { readonly ready: true } | { readonly id: number; readonly outcome: RenderOutcome | ImportOutcome } | { readonly id: number; readonly crash: string };

/** The import code (PDF engine, ZXing, the ZPL interpreter) loads on a worker's first import, so render workers start as fast as before. */
async function runImport(task: ImportTask, fonts: FontSet): Promise<ImportOutcome> {
  const { runImportTask } = await import('../import/run-import-task');
  return runImportTask(task, fonts);
}

const port = parentPort;
if (port) {
  const fonts = loadServerFonts();
  // One task at a time: the pool sends the next only after this one's reply, so an import's
  // await does not let two tasks share the worker.
  port.on('message', async (request: WorkerRequest) => {
    let reply: WorkerReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const task = request.task;
      const outcome = task.kind === 'import' ? await runImport(task, fonts) : runRenderTask(task, fonts);
      if (!('bytes' in outcome)) {
        reply = { id: request.id, outcome };
      } else if (outcome.ok) {
        // Hand the bytes over without a copy when they own their whole buffer.
        const whole = outcome.bytes.byteOffset === 0 && outcome.bytes.byteLength === outcome.bytes.buffer.byteLength;
        const bytes = whole ? outcome.bytes : outcome.bytes.slice();
        transfer = [bytes.buffer as ArrayBuffer];
        reply = { id: request.id, outcome: { ...outcome, bytes } };
      } else {
        reply = { id: request.id, outcome };
      }
    } catch (e) {
      reply = { id: request.id, crash: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply, transfer);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
