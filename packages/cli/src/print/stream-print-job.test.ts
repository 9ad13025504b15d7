import { describe, expect, it } from 'vitest';
import { createBitmap, type CompiledLabel, type LabelInstance } from '@inkless/label';
import { drivers, type JobOptions, type Transport } from '@inkless/printers';
import { streamPrintJob } from './stream-print-job';
import type { PrintLabel } from './print-labels';

/** Labels 1..n, one per row. */
async function* labelsOf(n: number): AsyncIterable<PrintLabel> {
  for (let i = 1; i <= n; i++) yield { labelNumber: i, rowNumber: i + 1, copyIndex: 0, instance: { row: { n: String(i) } } };
}

/**
 * A job whose label drawing, writes, queries and replies are written down in order; the printer
 * answers each status query `replyMs` later. The stubs stand for the engine and the wire only: what
 * is under test is the order streamPrintJob does things in.
 */
function recordedJob(n: number, replyMs: number, confirmWindow?: number) {
  const events: string[] = [];
  let label = 0;
  const compiled = {
    render: (instance: LabelInstance) => {
      events.push(`draw ${instance.row!['n']}`);
      return { ok: true, value: { bitmap: createBitmap(16, 8), warnings: [] } };
    },
  } as unknown as CompiledLabel;
  const transport: Transport = {
    description: 'recorder',
    open: async () => {},
    write: async (bytes) => {
      if (bytes.length > 0 && bytes[0] === 0x43) events.push(`write ${++label}`); // "CLS": a label written on its own
    },
    query: async (request) => {
      if (request[0] === 0x43) events.push(`send ${++label}`); // a label with its status query behind it
      const asked = label;
      await new Promise((r) => setTimeout(r, replyMs));
      events.push(`reply ${asked}`);
      return Uint8Array.of(0);
    },
    close: async () => {},
  };
  const options = { widthMm: 2, heightMm: 1, dpi: 203, headWidthDots: 832, copies: 1, media: { type: 'gap', gapMm: 2, offsetMm: 0 } } as unknown as JobOptions;
  const run = () => streamPrintJob({
    compiled, driver: drivers.tspl, transport, options, labels: labelsOf(n), totalLabels: n, skipLabels: 0, perCopy: false,
    progress: { tick: () => {}, done: () => {} },
    onConfirmed: async (k) => void events.push(`confirmed ${k}`),
    ...(confirmWindow === undefined ? {} : { confirmWindow }),
  });
  return { events, run };
}

describe('streamPrintJob', () => {
  it('draws the next label while the printer works on the last one, and sends it only once that one is confirmed', async () => {
    const { events, run } = recordedJob(3, 5);
    expect(await run()).toEqual({ sent: 3, confirmed: 3, queried: true });
    expect(events).toEqual([
      'draw 1', 'send 1',
      'draw 2', 'reply 1', 'confirmed 1', 'send 2',
      'draw 3', 'reply 2', 'confirmed 2', 'send 3',
      'reply 3', 'confirmed 3',
    ]);
  });

  it('with a wider window, sends ahead of the replies, never more than the window unconfirmed', async () => {
    const { events, run } = recordedJob(4, 5, 2);
    await run();
    const sentBeforeReply1 = events.slice(0, events.indexOf('reply 1')).filter((e) => e.startsWith('send'));
    expect(sentBeforeReply1).toEqual(['send 1', 'send 2']);
    expect(events.indexOf('send 3')).toBeGreaterThan(events.indexOf('confirmed 1'));
  });
});
