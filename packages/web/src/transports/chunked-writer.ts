/** Waits `ms` milliseconds; injected so tests check pacing without real time. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes `bytes` in pieces of at most `chunkBytes`, awaiting each piece (back-pressure: the next
 * piece waits until the medium took the previous one) and pausing `pacingMs` between pieces.
 * Cheap BLE modules have no flow control: the pause is what keeps their buffer from overflowing.
 */
export async function writeChunked(bytes: Uint8Array, chunkBytes: number, pacingMs: number, writeChunk: (chunk: Uint8Array) => Promise<void>, sleep: Sleep = realSleep): Promise<void> {
  const size = Math.max(1, Math.floor(chunkBytes));
  for (let at = 0; at < bytes.length; at += size) {
    if (at > 0 && pacingMs > 0) await sleep(pacingMs);
    await writeChunk(bytes.subarray(at, Math.min(bytes.length, at + size)));
  }
}
