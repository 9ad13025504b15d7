import { parentPort } from 'node:worker_threads';
import { loadServerFonts } from './node-fonts';
import { runRenderTask, type RenderOutcome, type RenderTask } from './render-task';

/**
 * A render worker thread: takes `{ id, task }`, answers `{ id, outcome }` (or `{ id, crash }`
 * for an unexpected error), one task at a time. Says `{ ready: true }` once its modules are loaded,
 * so the pool's time limit measures rendering, not start-up.
 */
export interface WorkerRequest {
  readonly id: number;
  readonly task: RenderTask;
}
export type WorkerReply = { readonly ready: true } | { readonly id: number; readonly outcome: RenderOutcome } | { readonly id: number; readonly crash: string };

const port = parentPort;
if (port) {
  const fonts = loadServerFonts();
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerReply;
    let transfer: ArrayBuffer[] = [];
    try {
      const outcome = runRenderTask(request.task, fonts);
      if (outcome.ok) {
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
