import { TransportError } from '../transport';

/**
 * Gathers a printer's reply to one request: complete at `replyBytes` when the length is known,
 * else after `quietMs` without a byte (ZPL `~HS` is three lines of varying length).
 */
export class ReplyCollector {
  private readonly chunks: Uint8Array[] = [];
  private received = 0;
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private settle: { resolve(bytes: Uint8Array): void; reject(e: unknown): void } | undefined;
  private outcome: { bytes: Uint8Array } | { error: unknown } | undefined;

  constructor(private readonly description: string, private readonly replyBytes: number | undefined, private readonly quietMs: number) {}

  /** Takes bytes from the medium; ignored once the reply is complete. */
  push(chunk: Uint8Array): void {
    if (this.outcome) return;
    this.chunks.push(chunk);
    this.received += chunk.length;
    if (this.replyBytes !== undefined) {
      if (this.received >= this.replyBytes) this.finish({ bytes: this.joined().subarray(0, this.replyBytes) });
      return;
    }
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.finish({ bytes: this.joined() }), this.quietMs);
  }

  /** The medium closed: what arrived is the reply, if anything arrived. */
  end(error: TransportError): void {
    if (this.received > 0 && this.replyBytes === undefined) this.finish({ bytes: this.joined() });
    else this.finish({ error });
  }

  /** Waits for the reply; rejects with INKLESS_PRINTER_TIMEOUT after `timeoutMs`. */
  wait(timeoutMs: number): Promise<Uint8Array> {
    return new Promise<Uint8Array>((resolve, reject) => {
      this.settle = { resolve, reject };
      if (this.outcome) return this.deliver();
      this.deadline = setTimeout(() => this.finish(this.timeoutOutcome(timeoutMs)), timeoutMs);
    });
  }

  private timeoutOutcome(timeoutMs: number): { bytes: Uint8Array } | { error: unknown } {
    if (this.received > 0 && this.replyBytes === undefined) return { bytes: this.joined() };
    const got = this.replyBytes === undefined ? 'no reply' : `${this.received} of ${this.replyBytes} reply bytes`;
    const message = `printer ${this.description} did not answer the status query within ${timeoutMs} ms (${got}); check that it is on and speaks this language`;
    return { error: new TransportError('INKLESS_PRINTER_TIMEOUT', message) };
  }

  private finish(outcome: { bytes: Uint8Array } | { error: unknown }): void {
    if (this.outcome) return;
    this.outcome = outcome;
    clearTimeout(this.quietTimer);
    clearTimeout(this.deadline);
    this.deliver();
  }

  private deliver(): void {
    const { settle, outcome } = this;
    if (!settle || !outcome) return;
    if ('bytes' in outcome) settle.resolve(outcome.bytes);
    else settle.reject(outcome.error);
  }

  private joined(): Uint8Array {
    const out = new Uint8Array(this.received);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/**
 * The status-query side of a two-way transport (TCP, serial): one query at a time, incoming bytes
 * routed to it, and the query's end when the medium fails.
 */
export class QuerySlot {
  private current: ReplyCollector | undefined;

  constructor(private readonly description: string, private readonly quietMs: number) {}

  /** Bytes that arrived from the printer. */
  push(chunk: Uint8Array): void {
    this.current?.push(chunk);
  }

  /** The medium failed: the query in progress ends with the error. */
  end(error: TransportError): void {
    this.current?.end(error);
  }

  /** Sends `request` with `write` and waits for the reply. */
  async run(request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }, write: (bytes: Uint8Array) => Promise<void>): Promise<Uint8Array> {
    if (this.current) throw new Error(`${this.description}: one status query at a time`);
    const reply = new ReplyCollector(this.description, options.replyBytes, this.quietMs);
    this.current = reply;
    try {
      await write(request);
      return await reply.wait(options.timeoutMs);
    } finally {
      this.current = undefined;
    }
  }
}
