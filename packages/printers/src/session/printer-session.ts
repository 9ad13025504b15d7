/** How long to wait for a reply, and when what has arrived is a whole reply. */
export interface ReceiveOptions {
  /** Give up after this long with INKLESS_PRINTER_TIMEOUT. */
  readonly timeoutMs: number;
  /**
   * True once `bytes` (everything received since the last reply was taken) is a complete reply,
   * e.g. a whole NIIMBOT packet. Without it, the first bytes that arrive are the reply.
   */
  readonly until?: (bytes: Uint8Array) => boolean;
}

/**
 * One conversation with a printer over any transport (TCP, serial, BLE, a browser transport, the
 * virtual printer, a scripted test peer). Conversational languages (NIIMBOT, Brother QL, DYMO)
 * send a packet and wait for its answer; byte-stream languages only `send`.
 *
 * @example
 * await session.send(packet);
 * const ack = await session.receive({ timeoutMs: 2000, until: (bytes) => bytes.length >= 8 });
 * await session.close();
 */
export interface PrinterSession {
  /** For messages, the transport's description (`tcp://192.0.2.7:9100`). */
  readonly description: string;
  /** Sends bytes; resolves when the medium has taken them, rejects with a TransportError. */
  send(bytes: Uint8Array): Promise<void>;
  /**
   * Resolves with the bytes the printer sent since the last reply was taken, once `until` holds;
   * rejects with a TransportError: INKLESS_PRINTER_TIMEOUT, INKLESS_PRINTER_GONE (the medium
   * failed), INKLESS_PRINTER_CLOSED (the session was closed) or INKLESS_PRINTER_UNSUPPORTED (a
   * one-way medium, or a second receive while one waits).
   */
  receive(options: ReceiveOptions): Promise<Uint8Array>;
  /** Ends the conversation: a waiting receive fails with INKLESS_PRINTER_CLOSED; closes the transport. */
  close(): Promise<void>;
}
