import { TransportError, type Transport } from '../transport';
import type { PrinterSession } from './printer-session';
import { ReplyBuffer } from './reply-buffer';

/**
 * Runs a conversation over an open transport: `send` is its `write`, `receive` reads what its
 * `listen` delivers. A transport without `listen` (a file, CUPS, a one-way print server) still
 * sends, and every `receive` fails with INKLESS_PRINTER_UNSUPPORTED, so a byte-stream job runs
 * unchanged and a conversational one stops with a clear message instead of waiting.
 *
 * @example
 * const session = openPrinterSession(transport);
 * await session.send(request);
 * const reply = await session.receive({ timeoutMs: 2000 });
 */
export function openPrinterSession(transport: Transport): PrinterSession {
  const replies = new ReplyBuffer(transport.description);
  const stopListening = transport.listen?.({ data: (bytes) => replies.push(bytes), end: (error) => replies.end(error) });
  if (!stopListening) {
    replies.end(new TransportError('INKLESS_PRINTER_UNSUPPORTED', `${transport.description} is one-way: Inkless can send to it but not read its replies; use a tcp://, serial:// or Bluetooth connection`));
  }
  return {
    description: transport.description,
    send: (bytes) => transport.write(bytes),
    receive: (options) => replies.receive(options),
    async close() {
      replies.end(new TransportError('INKLESS_PRINTER_CLOSED', `the session with ${transport.description} was closed while a reply was awaited`));
      stopListening?.();
      await transport.close();
    },
  };
}
