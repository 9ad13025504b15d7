import { describe, expect, it } from 'vitest';
import { createBitmap, fillRect, type CompiledLabel, type LabelInstance } from '@inkless/label';
import { drivers, FIRST_STATUS_TIMEOUT_MS, TransportError, type ConfirmMode, type JobOptions, type Transport } from '@inkless/printers';
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
function recordedJob(n: number, replyMs: number, confirmWindow?: number, confirm: ConfirmMode = 'status') {
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
    compiled, driver: drivers.tspl, transport, options, labels: labelsOf(n), totalLabels: n, skipLabels: 0, perCopy: false, confirm,
    progress: { tick: () => {}, done: () => {} },
    onConfirmed: async (k) => void events.push(`confirmed ${k}`),
    ...(confirmWindow === undefined ? {} : { confirmWindow }),
  });
  return { events, run };
}

describe('streamPrintJob', () => {
  it('draws the next label while the printer works on the last one, and sends it only once that one is confirmed', async () => {
    const { events, run } = recordedJob(3, 5);
    expect(await run()).toEqual({ sent: 3, confirmed: 3, confirm: 'status' });
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

/**
 * A printer that takes every byte and never answers: each status query fails with the transport's
 * own timeout error once its deadline passes. Records the deadline each query was given.
 */
function silentJob(n: number, firstReplyTimeoutMs: number) {
  const deadlines: number[] = [];
  const confirmedLabels: number[] = [];
  const transport: Transport = {
    description: 'tcp://192.0.2.7:9100',
    open: async () => {},
    write: async () => {},
    query: async (_request, options) => {
      deadlines.push(options.timeoutMs);
      await new Promise((r) => setTimeout(r, Math.min(options.timeoutMs, firstReplyTimeoutMs)));
      throw new TransportError('INKLESS_PRINTER_TIMEOUT', `did not answer the status query within ${options.timeoutMs} ms (no reply)`);
    },
    close: async () => {},
  };
  const compiled = { render: () => ({ ok: true, value: { bitmap: createBitmap(16, 8), warnings: [] } }) } as unknown as CompiledLabel;
  const options = { widthMm: 2, heightMm: 1, dpi: 203, headWidthDots: 832, copies: 1, media: { type: 'gap', gapMm: 2, offsetMm: 0 } } as unknown as JobOptions;
  const run = (confirm: ConfirmMode, timeoutMs?: number) => streamPrintJob({
    compiled, driver: drivers.tspl, transport, options, labels: labelsOf(n), totalLabels: n, skipLabels: 0, perCopy: false, confirm,
    progress: { tick: () => {}, done: () => {} },
    onConfirmed: async (k) => void confirmedLabels.push(k),
    ...(timeoutMs === undefined ? {} : { firstReplyTimeoutMs: timeoutMs }),
  });
  return { deadlines, confirmedLabels, run };
}

describe('streamPrintJob and printers that never answer', () => {
  it('gives the first status reply FIRST_STATUS_TIMEOUT_MS, far less than the usual 60 s, then says the printer may be one-way and how to print to it', async () => {
    expect(FIRST_STATUS_TIMEOUT_MS).toBeLessThanOrEqual(10_000);
    const { deadlines, confirmedLabels, run } = silentJob(3, 20);
    const failure = await run('status').then(() => undefined, (e: unknown) => e as TransportError);
    expect(deadlines).toEqual([FIRST_STATUS_TIMEOUT_MS]);
    expect(confirmedLabels).toEqual([]);
    expect(failure).toBeInstanceOf(TransportError);
    expect(failure!.code).toBe('INKLESS_PRINTER_TIMEOUT');
    expect(failure!.message).toMatch(/^printer tcp:\/\/192\.0\.2\.7:9100 took label 1 but did not answer the status query behind it within 10 s: it may be a one-way printer \(a plain network print server\)/);
    expect(failure!.message).toContain('run again with --resume --confirm written: a label then counts as confirmed once its bytes are written, not confirmed by the printer');
  });

  it('with confirm written sends no status query and confirms each label once its bytes are written', async () => {
    const { deadlines, confirmedLabels, run } = silentJob(3, 20);
    expect(await run('written')).toEqual({ sent: 3, confirmed: 3, confirm: 'written' });
    expect(deadlines).toEqual([]);
    expect(confirmedLabels).toEqual([1, 2, 3]);
  });

  it('in written mode writes and confirms each label in turn, even where the transport could ask', async () => {
    const { events, run } = recordedJob(2, 5, undefined, 'written');
    expect(await run()).toEqual({ sent: 2, confirmed: 2, confirm: 'written' });
    expect(events).toEqual(['draw 1', 'write 1', 'confirmed 1', 'draw 2', 'write 2', 'confirmed 2']);
  });
});

describe('streamPrintJob with labels drawn elsewhere (imported pages)', () => {
  it('prints what draw gives, and when draw fails stops after confirming the labels before it, saying why', async () => {
    const written: number[] = [];
    const confirmedLabels: number[] = [];
    const transport: Transport = {
      description: 'recorder',
      open: async () => {},
      write: async () => {},
      query: async (request) => {
        written.push(request.length);
        return Uint8Array.of(0);
      },
      close: async () => {},
    };
    const options = { widthMm: 10, heightMm: 1, dpi: 203, headWidthDots: 832, copies: 1, media: { type: 'gap', gapMm: 2, offsetMm: 0 } } as unknown as JobOptions;
    const failure = await streamPrintJob({
      draw: (label) => {
        if (label.labelNumber === 3) throw new Error('page 3: the Code 128 "1Z999" no longer decodes');
        const bitmap = createBitmap(80, 8);
        fillRect(bitmap, 0, 0, 8 * label.labelNumber, 8);
        return bitmap;
      },
      driver: drivers.tspl, transport, options, labels: labelsOf(4), totalLabels: 4, skipLabels: 0, perCopy: false, confirm: 'status',
      progress: { tick: () => {}, done: () => {} },
      onConfirmed: async (k) => void confirmedLabels.push(k),
    }).then(() => undefined, (e: unknown) => e as Error & { code: string });
    expect(confirmedLabels).toEqual([1, 2]);
    expect(failure?.code).toBe('INKLESS_CLI_RENDER_FAILED');
    expect(failure?.message).toContain('label 3 could not be made, so printing stopped:\n  page 3: the Code 128 "1Z999" no longer decodes');
    expect(failure?.message).toContain('labels up to 2 were sent');
    // Labels 1 and 2 went out (each with its status query), with 8 and 16 dots of ink; label 4 was never drawn.
    expect(written).toHaveLength(2);
    expect(written[1]).toBeGreaterThan(written[0]!);
  });
});
