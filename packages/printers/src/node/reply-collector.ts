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

  /** Called once when the reply is complete (with no error) or has failed: the query slot moves on. */
  onFinish: ((error: unknown) => void) | undefined;

  constructor(private readonly description: string, readonly replyBytes: number | undefined, private readonly quietMs: number) {}

  /** True once the reply is complete or has failed. */
  get finished(): boolean {
    return this.outcome !== undefined;
  }

  /**
   * Takes bytes from the medium and returns those beyond this reply (the next query's, when
   * queries are pipelined); a reply of unknown length takes everything.
   */
  push(chunk: Uint8Array): Uint8Array {
    if (this.outcome) return chunk;
    if (this.replyBytes === undefined) {
      this.chunks.push(chunk);
      this.received += chunk.length;
      clearTimeout(this.quietTimer);
      this.quietTimer = setTimeout(() => this.finish({ bytes: this.joined() }), this.quietMs);
      return chunk.subarray(chunk.length);
    }
    const take = Math.min(chunk.length, this.replyBytes - this.received);
    this.chunks.push(chunk.subarray(0, take));
    this.received += take;
    if (this.received >= this.replyBytes) this.finish({ bytes: this.joined() });
    return chunk.subarray(take);
  }

  /** The medium closed, or an earlier reply went wrong: what arrived is the reply, if anything arrived. */
  end(error: unknown): void {
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
    this.onFinish?.('error' in outcome ? outcome.error : undefined);
  }

  private deliver(): void {
    const { settle, outcome } = this;
    if (!settle || !outcome) return;
    if ('bytes' in outcome) settle.resolve(outcome.bytes);
    else settle.reject(outcome.error);
  }

  private joined(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!.slice();
    const out = new Uint8Array(this.received);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** A query waiting for its turn to be sent. */
interface QueuedQuery {
  readonly request: Uint8Array;
  readonly options: { readonly replyBytes?: number; readonly timeoutMs: number };
  write(bytes: Uint8Array): Promise<void>;
  resolve(reply: Uint8Array): void;
  reject(e: unknown): void;
}

/**
 * The status-query side of a two-way transport (TCP, serial). Printers answer in the order they
 * were asked, so queries whose reply length is known are pipelined: each is sent at once, its
 * collector waits in a queue, incoming bytes fill the oldest first, and what is left over goes on
 * to the next. A query of unknown length (ZPL `~HS`, ended by a quiet line) runs alone: it is sent
 * once the queries before it are answered, and the ones after it wait for it. When a reply fails
 * (timeout, medium gone), every reply queued behind it fails with the same error: a late answer
 * would otherwise be taken for the next query's.
 */
export class QuerySlot {
  /** Collectors of queries sent and not yet answered, oldest first. */
  private readonly waiting: ReplyCollector[] = [];
  /** Queries not sent yet because an unknown-length query runs or waits to run. */
  private readonly queued: QueuedQuery[] = [];
  private aloneRunning = false;

  constructor(private readonly description: string, private readonly quietMs: number) {}

  /** Bytes that arrived from the printer; returns those no query was waiting for (unsolicited). */
  push(chunk: Uint8Array): Uint8Array {
    let rest = chunk;
    while (rest.length > 0 && this.waiting.length > 0) rest = this.waiting[0]!.push(rest);
    return rest;
  }

  /** The medium failed: every query in progress ends with the error. */
  end(error: TransportError): void {
    for (const reply of this.waiting.splice(0)) reply.end(error);
  }

  /**
   * Sends `request` with `write` and waits for its reply. A known-length query's request is handed
   * to `write` before this returns (unless an unknown-length query holds the line). Callers ask
   * only once their own writes have completed: a write still going out in slices would take the
   * request in between.
   */
  run(request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }, write: (bytes: Uint8Array) => Promise<void>): Promise<Uint8Array> {
    return new Promise<Uint8Array>((resolve, reject) => {
      this.queued.push({ request, options, write, resolve, reject });
      this.sendQueued();
    });
  }

  /** Sends queued queries in order for as long as the line is free for them. */
  private sendQueued(): void {
    while (this.queued.length > 0 && !this.aloneRunning) {
      const alone = this.queued[0]!.options.replyBytes === undefined;
      if (alone && this.waiting.length > 0) return;
      const query = this.queued.shift()!;
      this.aloneRunning = alone;
      const reply = new ReplyCollector(this.description, query.options.replyBytes, this.quietMs);
      reply.onFinish = (error) => this.finished(reply, error);
      this.waiting.push(reply);
      query.write(query.request).then(
        () => reply.wait(query.options.timeoutMs).then(query.resolve, query.reject),
        (e: unknown) => {
          reply.end(e);
          query.reject(e);
        },
      );
    }
  }

  /** Takes a finished reply out of the queue (after a failure, with the replies behind it) and sends what waited. */
  private finished(reply: ReplyCollector, error: unknown): void {
    const at = this.waiting.indexOf(reply);
    if (at >= 0) {
      const gone = error === undefined ? this.waiting.splice(at, 1) : this.waiting.splice(at);
      for (const later of gone) if (later !== reply) later.end(error);
    }
    if (reply.replyBytes === undefined) this.aloneRunning = false;
    this.sendQueued();
  }
}
