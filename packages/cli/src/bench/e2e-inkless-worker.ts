import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Transport } from '@inkless/printers';
import { openTransport } from '@inkless/printers/node';
import { runPrint } from '../commands/print-command';

/** What an end-to-end worker measured: the clock ends at the printer's reply to the last status query. */
export interface E2eFigures {
  readonly labels: number;
  readonly seconds: number;
  readonly bytes: number;
  /** Where the time went, in seconds (what the worker can see from its side). */
  readonly phases: Record<string, number>;
}

const LABEL_PATH = fileURLToPath(new URL('./shipping-bench-label.json', import.meta.url));
const now = () => performance.now() / 1000;

/**
 * Inkless end to end: the real `inkless print LABEL --data CSV --printer tcp://127.0.0.1:PORT
 * --profile generic-tspl-203 --json --quiet`, run in this process so the clock is ours. It runs from
 * the call (before the label file is read: loading, compiling, the preflight pass over every row,
 * the journal) to the printer's reply to the final status query. Printing is as users get it: a
 * status query after every label confirms it (a round trip the printer answers once the label is
 * decoded) and the journal is written after each. A wrapper around the TCP transport splits the
 * time into setup (before the transport opens), writes, status round trips, and the rest (render,
 * encode, journal). `print --json`'s own labelsPerSecond counts only from open to close.
 */
export async function runInklessE2eWorker(csvPath: string, port: number): Promise<E2eFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-e2e-'));
  const timing = { openedAt: 0, lastReplyAt: 0, writeSeconds: 0, querySeconds: 0, bytes: 0, queries: 0 };
  const started = now();
  try {
    const code = await runPrint([LABEL_PATH, '--data', csvPath, '--printer', `tcp://127.0.0.1:${port}`, '--profile', 'generic-tspl-203', '--journal', join(dir, 'bench.journal'), '--json', '--quiet'], {
      openTransport: (uri) => timeTransport(openTransport(uri), timing),
    });
    if (code !== 0) throw new Error(`inkless print exited with ${code}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const streaming = timing.lastReplyAt - timing.openedAt;
  return {
    // One status query per label (print confirms each); the bench checks it against the printer's count.
    labels: timing.queries,
    seconds: timing.lastReplyAt - started,
    bytes: timing.bytes,
    phases: {
      setup_and_preflight: timing.openedAt - started,
      write: timing.writeSeconds,
      status_round_trips: timing.querySeconds,
      render_encode_journal: streaming - timing.writeSeconds - timing.querySeconds,
    },
  };
}

/** The transport, unchanged, with a stopwatch on each call. */
function timeTransport(inner: Transport, t: { openedAt: number; lastReplyAt: number; writeSeconds: number; querySeconds: number; bytes: number; queries: number }): Transport {
  const query = inner.query?.bind(inner);
  return {
    description: inner.description,
    open: async () => {
      await inner.open();
      t.openedAt = now();
    },
    write: async (bytes) => {
      const at = now();
      await inner.write(bytes);
      t.writeSeconds += now() - at;
      t.bytes += bytes.length;
    },
    ...(query ? {
      query: async (request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }) => {
        const at = now();
        const reply = await query(request, options);
        t.lastReplyAt = now();
        t.querySeconds += t.lastReplyAt - at;
        t.queries++;
        return reply;
      },
    } : {}),
    close: () => inner.close(),
  };
}
