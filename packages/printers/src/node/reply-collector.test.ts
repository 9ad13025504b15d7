import { describe, expect, it } from 'vitest';
import { TransportError } from '../transport';
import { QuerySlot } from './reply-collector';

/** A slot whose "medium" records what was written, in order. */
function setup(quietMs = 30) {
  const slot = new QuerySlot('fake://printer', quietMs);
  const written: string[] = [];
  const write = async (bytes: Uint8Array) => {
    written.push(String.fromCharCode(...bytes));
  };
  return { slot, written, write };
}

const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('QuerySlot', () => {
  it('pipelines known-length queries: sent at once, answered in order even when replies arrive together or split', async () => {
    const { slot, written, write } = setup();
    const a = slot.run(Uint8Array.of(0x61), { replyBytes: 1, timeoutMs: 1000 }, write);
    const b = slot.run(Uint8Array.of(0x62), { replyBytes: 2, timeoutMs: 1000 }, write);
    const c = slot.run(Uint8Array.of(0x63), { replyBytes: 1, timeoutMs: 1000 }, write);
    expect(written).toEqual(['a', 'b', 'c']); // all three went out before any reply
    slot.push(Uint8Array.of(0x31, 0x32)); // a's reply and half of b's
    slot.push(Uint8Array.of(0x33, 0x34, 0x35)); // the rest of b's, c's, and a stray byte nobody asked for
    expect([text(await a), text(await b), text(await c)]).toEqual(['1', '23', '4']);
  });

  it('sends a query of unknown length only after the replies before it, and holds later queries until it is done', async () => {
    const { slot, written, write } = setup();
    const first = slot.run(Uint8Array.of(0x61), { replyBytes: 1, timeoutMs: 1000 }, write);
    const hs = slot.run(new Uint8Array([0x7e, 0x48, 0x53]), { timeoutMs: 1000 }, write);
    const after = slot.run(Uint8Array.of(0x62), { replyBytes: 1, timeoutMs: 1000 }, write);
    await Promise.resolve();
    expect(written).toEqual(['a']);
    slot.push(Uint8Array.of(0x31));
    expect(text(await first)).toBe('1');
    expect(written).toEqual(['a', '~HS']);
    slot.push(new Uint8Array([0x41, 0x42]));
    slot.push(new Uint8Array([0x43]));
    expect(text(await hs)).toBe('ABC'); // ended by the quiet line
    expect(written).toEqual(['a', '~HS', 'b']);
    slot.push(Uint8Array.of(0x32));
    expect(text(await after)).toBe('2');
  });

  it('fails the queries behind one that timed out, and every query when the medium goes', async () => {
    const { slot, write } = setup();
    const a = slot.run(Uint8Array.of(0x61), { replyBytes: 1, timeoutMs: 30 }, write);
    const b = slot.run(Uint8Array.of(0x62), { replyBytes: 1, timeoutMs: 5000 }, write);
    await expect(a).rejects.toMatchObject({ code: 'INKLESS_PRINTER_TIMEOUT' });
    await expect(b).rejects.toMatchObject({ code: 'INKLESS_PRINTER_TIMEOUT' });

    const c = slot.run(Uint8Array.of(0x63), { replyBytes: 1, timeoutMs: 5000 }, write);
    const d = slot.run(Uint8Array.of(0x64), { replyBytes: 1, timeoutMs: 5000 }, write);
    slot.end(new TransportError('INKLESS_PRINTER_GONE', 'printer fake://printer closed the connection'));
    await expect(c).rejects.toMatchObject({ code: 'INKLESS_PRINTER_GONE' });
    await expect(d).rejects.toMatchObject({ code: 'INKLESS_PRINTER_GONE' });
  });

  it('fails a query whose request could not be written', async () => {
    const { slot } = setup();
    const broken = async () => {
      throw new TransportError('INKLESS_PRINTER_GONE', 'connection reset');
    };
    const a = slot.run(Uint8Array.of(0x61), { replyBytes: 1, timeoutMs: 5000 }, broken);
    await expect(a).rejects.toMatchObject({ code: 'INKLESS_PRINTER_GONE' });
  });
});
