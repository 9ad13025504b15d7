// A printer's side of a conversation, scripted, in memory: the test double conversational
// languages (and the session itself) are tested against. It plays the PRINTER, not Inkless code.
import { TransportError, type ReplyListener, type Transport } from '../transport';
import { hostTimers } from './host-timers';

/** What the printer answers to one write: the chunks it sends back, in order; `[]` = stays silent. */
export type ScriptedAnswer = (written: Uint8Array) => readonly Uint8Array[];

/** The scripted printer and the transport a session opens over it. */
export interface ScriptedPrinter {
  /** A two-way transport (write, listen) connected to this printer. */
  readonly transport: Transport;
  /** Every byte the host wrote, in order, as one array. */
  received(): Uint8Array;
  /** The printer speaks unasked (a status change, a lid opened): each chunk arrives on its own. */
  say(...chunks: Uint8Array[]): void;
  /** The printer goes away: listeners end with INKLESS_PRINTER_GONE, later writes fail. */
  hangUp(): void;
  /** True once the host closed the transport. */
  readonly closed: boolean;
}

/**
 * A printer that answers each write with `answer(written)`. Chunks arrive one per timer turn, so
 * a reply split across chunks really arrives in pieces.
 *
 * @example
 * const printer = createScriptedPrinter((written) => (written[0] === 0x55 ? [ACK] : []));
 * const session = openPrinterSession(printer.transport);
 */
export function createScriptedPrinter(answer: ScriptedAnswer = () => [], description = 'scripted-printer'): ScriptedPrinter {
  const writes: Uint8Array[] = [];
  const listeners = new Set<ReplyListener>();
  let gone = false;
  let closed = false;
  /** Chunks are delivered strictly in order, each a timer turn after the previous one. */
  let delivery = Promise.resolve();

  function deliver(chunks: readonly Uint8Array[]): void {
    for (const chunk of chunks) {
      delivery = delivery.then(() => new Promise<void>((resolve) => hostTimers.setTimeout(resolve, 0))).then(() => {
        if (gone || closed) return;
        for (const listener of listeners) listener.data(chunk.slice());
      });
    }
  }

  const transport: Transport = {
    description,
    open: async () => {},
    async write(bytes) {
      if (gone) throw new TransportError('INKLESS_PRINTER_GONE', `printer ${description} went away`);
      writes.push(bytes.slice());
      deliver(answer(bytes));
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      listeners.clear();
    },
  };

  return {
    transport,
    received() {
      const out = new Uint8Array(writes.reduce((sum, w) => sum + w.length, 0));
      let at = 0;
      for (const w of writes) {
        out.set(w, at);
        at += w.length;
      }
      return out;
    },
    say: (...chunks) => deliver(chunks),
    hangUp() {
      gone = true;
      const error = new TransportError('INKLESS_PRINTER_GONE', `printer ${description} went away`);
      for (const listener of listeners) listener.end(error);
      listeners.clear();
    },
    get closed() {
      return closed;
    },
  };
}
