import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
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
 * status query follows every label and its reply confirms it (the printer answers once the label
 * is decoded; print sends a label only once the one before it is confirmed, drawing it meanwhile)
 * and each confirmation is appended to the journal. A wrapper around the TCP transport
 * times the job's phases: setup (before the transport opens), then, until the last reply, the time
 * the event loop sat idle waiting for the printer (replies, or a socket that would not take more)
 * and the time it worked (render, encode, writes, journal). `print --json`'s own labelsPerSecond
 * counts only from open to close.
 */
export async function runInklessE2eWorker(csvPath: string, port: number): Promise<E2eFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-e2e-'));
  const timing: Timing = { openedAt: 0, lastReplyAt: 0, bytes: 0, queries: 0, loopAtOpen: undefined, loopAtLastReply: undefined };
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
  const idle = timing.loopAtOpen && timing.loopAtLastReply ? performance.eventLoopUtilization(timing.loopAtLastReply, timing.loopAtOpen).idle / 1000 : 0;
  return {
    // One status query per label (print confirms each); the bench checks it against the printer's count.
    labels: timing.queries,
    seconds: timing.lastReplyAt - started,
    bytes: timing.bytes,
    phases: {
      setup_and_preflight: timing.openedAt - started,
      waiting_for_printer: idle,
      render_encode_write_journal: streaming - idle,
    },
  };
}

interface Timing {
  openedAt: number;
  lastReplyAt: number;
  bytes: number;
  queries: number;
  /** Event-loop time split (idle vs active) when the transport opened and at the last reply. */
  loopAtOpen: EventLoopUtilization | undefined;
  loopAtLastReply: EventLoopUtilization | undefined;
}

/** The transport, unchanged, with a stopwatch on open and on each reply. */
function timeTransport(inner: Transport, t: Timing): Transport {
  const query = inner.query?.bind(inner);
  return {
    description: inner.description,
    open: async () => {
      await inner.open();
      t.openedAt = now();
      t.loopAtOpen = performance.eventLoopUtilization();
    },
    write: async (bytes) => {
      await inner.write(bytes);
      t.bytes += bytes.length;
    },
    ...(query ? {
      query: async (request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }) => {
        t.bytes += request.length; // a label goes out with its status query behind it
        const reply = await query(request, options);
        t.lastReplyAt = now();
        t.loopAtLastReply = performance.eventLoopUtilization();
        t.queries++;
        return reply;
      },
    } : {}),
    close: () => inner.close(),
  };
}
