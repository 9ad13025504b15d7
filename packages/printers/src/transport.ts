/**
 * How bytes reach a printer. One interface for every medium: raw TCP, serial (USB-serial and
 * Bluetooth SPP), USB printer class, CUPS/IPP, files, and in the browser WebUSB, Web Serial and
 * Web Bluetooth. Implementations live at the edges (`src/node/`, the web package).
 */
export interface Transport {
  /** For messages: `tcp://192.0.2.7:9100`, `serial:///dev/ttyUSB0`. */
  readonly description: string;
  open(): Promise<void>;
  /**
   * Sends bytes. Resolves when the medium has taken them (back-pressure: callers await each write),
   * rejects with a TransportError when the printer is gone.
   */
  write(bytes: Uint8Array): Promise<void>;
  /** Sends a request and waits for a reply (status queries); absent where the medium is one-way. */
  query?(request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }): Promise<Uint8Array>;
  /**
   * Hands every byte the printer sends to `listener` until the returned function is called: how a
   * conversational language (NIIMBOT, Brother QL) reads acknowledgements it did not ask for with
   * `query`. Absent where the medium is one-way or answers only queries.
   */
  listen?(listener: ReplyListener): () => void;
  close(): Promise<void>;
}

/** Receives what a printer sends on its own (see `Transport.listen`). */
export interface ReplyListener {
  /** Bytes as they arrive: a reply may come split over several calls. */
  data(bytes: Uint8Array): void;
  /** The medium closed or failed; no more data follows. */
  end(error: TransportError): void;
}

/** Codes of transport failures (documented in docs/errors.md through the printers registry). */
export type TransportErrorCode =
  | 'INKLESS_PRINTER_UNREACHABLE'
  | 'INKLESS_PRINTER_TIMEOUT'
  | 'INKLESS_PRINTER_GONE'
  | 'INKLESS_PRINTER_URI'
  | 'INKLESS_PRINTER_UNSUPPORTED'
  | 'INKLESS_PRINTER_CLOSED';

/** A transport failure users can act on: what happened, to which printer. */
export class TransportError extends Error {
  constructor(readonly code: TransportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TransportError';
  }
}
