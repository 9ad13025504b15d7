import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBitmap, fillRect } from '@inkless/label';
import { bitmapFromPng } from '@inkless/label/output';
import { afterEach, describe, expect, it } from 'vitest';
import type { DecodedEvent, JobDecoder } from '../job-options';
import { startVirtualPrinter, type VirtualPrinter } from './virtual-printer';

/**
 * A toy language, one command a line: `L <w> <h> <copies>` prints a w x h label with a filled
 * square in its corner, `?` asks for status (reply 0x00), `#...` is a comment, anything else is an error at its offset.
 */
function createLineDecoder(): JobDecoder {
  let pending = '';
  let consumed = 0;
  const take = (text: string): DecodedEvent[] => {
    pending += text;
    const events: DecodedEvent[] = [];
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, newline);
      const [cmd, w, h, copies] = line.split(' ');
      if (cmd === 'L') {
        const bitmap = createBitmap(Number(w), Number(h));
        fillRect(bitmap, 0, 0, 5, 5);
        events.push({ kind: 'label', bitmap, copies: Number(copies) });
      } else if (cmd?.startsWith('#')) {
        // a comment: padding for tests that need a big job
      } else if (cmd === '?') events.push({ kind: 'reply', bytes: new Uint8Array([0x00]) });
      else throw Object.assign(new Error(`unknown command "${line}"`), { offset: consumed });
      consumed += newline + 1;
      pending = pending.slice(newline + 1);
    }
    return events;
  };
  return { feed: (chunk) => take(new TextDecoder().decode(chunk)), end: () => take('') };
}

const printers: VirtualPrinter[] = [];
afterEach(async () => {
  await Promise.all(printers.splice(0).map((p) => p.close()));
});

async function start(outDir: string, lines: string[], warnings: string[] = []) {
  const printer = await startVirtualPrinter({ port: 0, language: 'tspl', outDir, createDecoder: createLineDecoder, log: (l) => lines.push(l), warn: (l) => warnings.push(l) });
  printers.push(printer);
  return printer;
}

/** Sends a job, returns every byte the printer answered and resolves when it closes the connection. */
function sendJob(port: number, job: string, onReply?: (bytes: Buffer) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const replies: Buffer[] = [];
    socket.on('data', (d) => {
      replies.push(d);
      onReply?.(d);
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(replies)));
    socket.end(job);
  });
}

describe('startVirtualPrinter', () => {
  it('writes one PNG per copy, named by run and sequence, and logs one line each', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'inkless-vp-'));
    const lines: string[] = [];
    const printer = await start(outDir, lines);
    await sendJob(printer.port, 'L 40 24 2\nL 16 8 1\n');
    const files = (await readdir(outDir)).sort();
    expect(files).toHaveLength(3);
    for (const f of files) expect(f).toMatch(/^label-\d+-\d{6}\.png$/);
    expect(lines).toEqual(files.map((f, i) => `label ${i + 1}: ${i < 2 ? '40x24' : '16x8'} dots -> ${join(outDir, f)}`));
    const back = bitmapFromPng(new Uint8Array(await readFile(join(outDir, files[0]!))));
    expect([back.width, back.height]).toEqual([40, 24]);
    const expected = createBitmap(40, 24);
    fillRect(expected, 0, 0, 5, 5);
    expect(back.data).toEqual(expected.data);
  });

  it('answers a status query only after every label before it is on disk', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'inkless-vp-'));
    const printer = await start(outDir, []);
    let filesAtReply = -1;
    const replies = await sendJob(printer.port, 'L 1600 2400 6\n?\n', () => {
      void readdir(outDir).then((f) => (filesAtReply = f.length));
    });
    await new Promise((r) => setTimeout(r, 50));
    expect([...replies]).toEqual([0x00]);
    expect(filesAtReply).toBe(6);
  });

  it('reports a decode error with its byte offset, closes that connection and keeps serving', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'inkless-vp-'));
    const warnings: string[] = [];
    const lines: string[] = [];
    const printer = await start(outDir, lines, warnings);
    const socket = connect(printer.port, '127.0.0.1');
    const closed = new Promise((resolve) => socket.on('close', resolve));
    socket.write('L 8 8 1\n');
    while (lines.length === 0) await new Promise((r) => setTimeout(r, 5));
    socket.end('BOGUS\nL 8 8 1\n');
    await closed;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^connection 1: cannot read TSPL at byte 8: unknown command "BOGUS"; connection closed$/);
    expect(lines).toHaveLength(1);
    const replies = await sendJob(printer.port, 'L 8 8 1\n?\n');
    expect([...replies]).toEqual([0x00]);
    expect(lines).toHaveLength(2);
  });

  it('keeps the labels of earlier runs when restarted on the same folder', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'inkless-vp-'));
    for (let run = 0; run < 3; run++) {
      const printer = await start(outDir, []);
      await sendJob(printer.port, 'L 8 8 2\n');
      await printer.close();
      printers.pop();
    }
    expect(await readdir(outDir)).toHaveLength(6);
  });

  it('stops reading while labels are written, so a fast client waits instead of filling memory', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'inkless-vp-'));
    const lines: string[] = [];
    const printer = await start(outDir, lines);
    const socket = connect(printer.port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write(`${'L 800 1200 1\n'.repeat(300)}#${'#'.repeat(40 * 1024 * 1024)}\n`);
    while (lines.length < 5) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 100));
    // Still printing: most of the job must still sit on the client's side.
    expect(lines.length).toBeLessThan(300);
    expect(socket.writableLength).toBeGreaterThan(20 * 1024 * 1024);
    socket.destroy();
  });

  it('without an outDir decodes and counts every copy (no PNG path) and still answers status in order', async () => {
    const lines: string[] = [];
    const seen: (string | undefined)[] = [];
    const printer = await startVirtualPrinter({ port: 0, language: 'tspl', createDecoder: createLineDecoder, log: (l) => lines.push(l), warn: () => {}, onLabel: (l) => seen.push(l.path) });
    printers.push(printer);
    let labelsAtReply = -1;
    const replies = await sendJob(printer.port, 'L 1600 2400 3\nL 16 8 1\n?\n', () => (labelsAtReply = printer.labels()));
    expect([...replies]).toEqual([0x00]);
    expect(labelsAtReply).toBe(4);
    expect(printer.labels()).toBe(4);
    expect(seen).toEqual([undefined, undefined, undefined, undefined]);
    expect(lines).toEqual(['label 1: 1600x2400 dots (discarded)', 'label 2: 1600x2400 dots (discarded)', 'label 3: 1600x2400 dots (discarded)', 'label 4: 16x8 dots (discarded)']);
  });

  it('when silent, prints every label but never answers a status query, like a one-way print server', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'inkless-vp-'));
    const lines: string[] = [];
    const printer = await startVirtualPrinter({ port: 0, language: 'tspl', outDir, silent: true, createDecoder: createLineDecoder, log: (l) => lines.push(l), warn: () => {} });
    printers.push(printer);
    const replies = await sendJob(printer.port, 'L 16 8 1\n?\nL 16 8 2\n?\n');
    expect([...replies]).toEqual([]);
    expect(printer.labels()).toBe(3);
    expect(await readdir(outDir)).toHaveLength(3);
  });

  it('closes a connection whose decoder cannot be created, with a message', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'inkless-vp-'));
    const warnings: string[] = [];
    const printer = await startVirtualPrinter({ port: 0, language: 'zpl', outDir, createDecoder: () => { throw new Error('zpl decoder not written yet'); }, log: () => {}, warn: (l) => warnings.push(l) });
    printers.push(printer);
    await sendJob(printer.port, '^XA^XZ');
    expect(warnings).toEqual(['connection 1: no ZPL decoder: zpl decoder not written yet; connection closed']);
  });
});
