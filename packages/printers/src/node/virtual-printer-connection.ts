import type { Socket } from 'node:net';
import type { DecodedEvent, JobDecoder } from '../job-options';

/** What one connection needs from its server: where labels go and where to say things. */
export interface ConnectionContext {
  readonly id: number;
  readonly languageName: string;
  /** Writes one label (all its copies) to disk; resolves once every file is written. */
  printLabel(event: Extract<DecodedEvent, { kind: 'label' }>, connection: number): Promise<void>;
  /** True when nothing keeps a label's bitmap once printLabel is done, so the decoder may reuse it. */
  readonly recycleBitmaps: boolean;
  /** True when status queries go unanswered (a one-way printer). */
  readonly silent: boolean;
  warn(line: string): void;
}

/**
 * One client of the virtual printer, served strictly in order: the socket is paused while a chunk
 * is decoded and its labels are written, so memory stays at one chunk plus the decoder's state, and
 * a status reply leaves only after every label before it is on disk (what a resuming client relies on).
 */
export function serveConnection(socket: Socket, decoder: JobDecoder, context: ConnectionContext): Promise<void> {
  let offset = 0;
  let work = Promise.resolve();
  let failed = false;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));

  const run = async (decode: () => DecodedEvent[], chunkBytes: number) => {
    if (failed) return;
    let events: DecodedEvent[];
    try {
      events = decode();
    } catch (e) {
      return fail(e, offsetOf(e, offset, chunkBytes));
    }
    offset += chunkBytes;
    for (const event of events) {
      if (failed) return;
      if (event.kind === 'reply') {
        if (!socket.destroyed && !context.silent) socket.write(event.bytes);
        continue;
      }
      try {
        await context.printLabel(event, context.id);
      } catch (e) {
        return fail(e, `label after byte ${offset}`);
      }
      // Every event of this chunk is handled before the next is decoded, so the bitmap is free.
      if (context.recycleBitmaps) decoder.recycle?.(event.bitmap);
    }
  };

  const fail = (e: unknown, where: string) => {
    failed = true;
    const message = e instanceof Error ? e.message : String(e);
    const code = (e as { code?: unknown } | null)?.code;
    context.warn(`connection ${context.id}: cannot read ${context.languageName} at ${where}: ${message}${typeof code === 'string' ? ` (${code})` : ''}; connection closed`);
    socket.destroy();
  };

  socket.on('data', (chunk: Buffer) => {
    socket.pause();
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
    work = work.then(() => run(() => decoder.feed(bytes), bytes.length)).then(() => {
      if (!socket.destroyed) socket.resume();
    });
  });
  socket.on('end', () => {
    work = work.then(() => run(() => decoder.end(), 0)).then(() => {
      if (!socket.destroyed) socket.end();
    });
  });
  socket.on('error', () => socket.destroy());
  socket.on('close', () => void work.then(done));
  return finished;
}

/** "byte N": the decoder's own offset in the stream when its error carries one, else the chunk's. */
function offsetOf(e: unknown, chunkStart: number, chunkBytes: number): string {
  const own = (e as { offset?: unknown } | null)?.offset;
  if (typeof own === 'number') return `byte ${own}`;
  return chunkBytes > 0 ? `byte ${chunkStart} (in the ${chunkBytes} bytes received there)` : `the end of the job (byte ${chunkStart})`;
}
