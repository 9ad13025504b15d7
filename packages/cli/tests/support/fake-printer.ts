import { decoders, TransportError, type PrinterLanguage, type Transport } from '@inkless/printers';
import type { Bitmap1 } from '@inkless/label';

/** An in-process printer: decodes what it is sent (the real decoder), answers status queries, can "die". */
export interface FakePrinter extends Transport {
  readonly labels: Bitmap1[];
  readonly writes: number;
  readonly queries: number;
  readonly bytes: number;
}

/** `dieAfterLabels`: the connection fails on the first write after that many decoded labels. */
export function createFakePrinter(language: PrinterLanguage, options: { dieAfterLabels?: number; noQuery?: boolean } = {}): FakePrinter {
  const decoder = decoders[language]();
  const labels: Bitmap1[] = [];
  let writes = 0;
  let queries = 0;
  let bytes = 0;
  let replies: Uint8Array[] = [];
  const take = (chunk: Uint8Array) => {
    for (const event of decoder.feed(chunk)) {
      if (event.kind === 'label') for (let i = 0; i < event.copies; i++) labels.push(event.bitmap);
      else replies.push(event.bytes);
    }
  };
  const gone = () => options.dieAfterLabels !== undefined && labels.length >= options.dieAfterLabels;
  const printer: FakePrinter = {
    description: 'fake://printer',
    get labels() { return labels; },
    get writes() { return writes; },
    get queries() { return queries; },
    get bytes() { return bytes; },
    open: async () => undefined,
    write: async (chunk) => {
      if (gone()) throw new TransportError('INKLESS_PRINTER_GONE', 'connection reset by peer');
      writes++;
      bytes += chunk.length;
      take(chunk);
    },
    close: async () => undefined,
  };
  if (!options.noQuery) {
    (printer as { query?: Transport['query'] }).query = async (request) => {
      if (gone()) throw new TransportError('INKLESS_PRINTER_GONE', 'connection reset by peer');
      queries++;
      replies = [];
      take(request);
      const reply = replies.shift();
      if (!reply) throw new TransportError('INKLESS_PRINTER_TIMEOUT', 'no reply');
      return reply;
    };
  }
  return printer;
}
