import type { ReplyListener, TransportError } from '../transport';

/**
 * The `listen` side of a two-way transport: bytes no status query is waiting for go to every
 * listener, and the medium's failure ends them. Once ended, a new listener is ended at once, so a
 * session opened on a dead connection fails its first receive instead of waiting.
 */
export class ReplyListeners {
  private readonly listeners = new Set<ReplyListener>();
  private ended: TransportError | undefined;

  /** Adds a listener; the returned function removes it. */
  add(listener: ReplyListener): () => void {
    if (this.ended) {
      listener.end(this.ended);
      return () => {};
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Bytes from the printer (nothing happens for an empty chunk). */
  data(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    for (const listener of this.listeners) listener.data(bytes);
  }

  /** The medium failed or closed: every listener ends with `error`, once. */
  end(error: TransportError): void {
    if (this.ended) return;
    this.ended = error;
    for (const listener of this.listeners) listener.end(error);
    this.listeners.clear();
  }
}
