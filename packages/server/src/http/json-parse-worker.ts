import { parentPort } from 'node:worker_threads';
import { readJsonBody, type JsonBodyResult } from './json-text';

/** A body to read, by the id its answer carries back. */
export interface JsonParseRequest {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export interface JsonParseReply {
  readonly id: number;
  readonly result: JsonBodyResult;
}

// The worker side of json-parse-pool.ts: reads one body per message, off the server's event loop.
parentPort!.on('message', (request: JsonParseRequest) => {
  parentPort!.postMessage({ id: request.id, result: readJsonBody(request.bytes) } satisfies JsonParseReply);
});
parentPort!.postMessage({ ready: true });
