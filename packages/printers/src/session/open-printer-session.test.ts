import { describe, expect, it } from 'vitest';
import { TransportError, type Transport } from '../transport';
import { openPrinterSession } from './open-printer-session';
import { createScriptedPrinter } from './scripted-printer';

const REQUEST = Uint8Array.of(0x55, 0x55, 0x01, 0x00, 0x01, 0xaa, 0xaa);
const ACK = Uint8Array.of(0x55, 0x55, 0x02, 0x01, 0x01, 0x02, 0xaa, 0xaa);
/** A whole packet has arrived once its `aa aa` trailer has. */
const wholePacket = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes.at(-1) === 0xaa && bytes.at(-2) === 0xaa;

async function rejectionOf(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(TransportError);
  return error as TransportError;
}

describe('openPrinterSession', () => {
  it('sends a request and receives its acknowledgement', async () => {
    const printer = createScriptedPrinter((written) => (written[2] === 0x01 ? [ACK] : []));
    const session = openPrinterSession(printer.transport);
    await session.send(REQUEST);
    expect([...(await session.receive({ timeoutMs: 1000, until: wholePacket }))]).toEqual([...ACK]);
    expect([...printer.received()]).toEqual([...REQUEST]);
  });

  it('times out with INKLESS_PRINTER_TIMEOUT when the printer stays silent, saying how long it waited', async () => {
    const printer = createScriptedPrinter(() => []);
    const session = openPrinterSession(printer.transport);
    await session.send(REQUEST);
    const error = await rejectionOf(session.receive({ timeoutMs: 30, until: wholePacket }));
    expect(error.code).toBe('INKLESS_PRINTER_TIMEOUT');
    expect(error.message).toBe('printer scripted-printer did not answer within 30 ms (nothing arrived); check that it is on, in range and speaks this language');
  });

  it('says how much of a reply arrived when it times out part way', async () => {
    const printer = createScriptedPrinter(() => [ACK.subarray(0, 3)]);
    const session = openPrinterSession(printer.transport);
    await session.send(REQUEST);
    const error = await rejectionOf(session.receive({ timeoutMs: 30, until: wholePacket }));
    expect(error.code).toBe('INKLESS_PRINTER_TIMEOUT');
    expect(error.message).toContain('(3 bytes arrived, not a complete reply)');
  });

  it('joins a reply split across chunks, and waits for its last piece', async () => {
    const printer = createScriptedPrinter(() => [ACK.subarray(0, 2), ACK.subarray(2, 5), ACK.subarray(5)]);
    const session = openPrinterSession(printer.transport);
    const seen: number[] = [];
    await session.send(REQUEST);
    const reply = await session.receive({ timeoutMs: 1000, until: (bytes) => (seen.push(bytes.length), wholePacket(bytes)) });
    expect([...reply]).toEqual([...ACK]);
    expect(seen).toEqual([0, 2, 5, 8]);
  });

  it('without until, the first bytes to arrive are the reply; the rest waits for the next receive', async () => {
    const printer = createScriptedPrinter(() => [Uint8Array.of(1), Uint8Array.of(2, 3)]);
    const session = openPrinterSession(printer.transport);
    await session.send(REQUEST);
    expect([...(await session.receive({ timeoutMs: 1000 }))]).toEqual([1]);
    expect([...(await session.receive({ timeoutMs: 1000 }))]).toEqual([2, 3]);
  });

  it('keeps what the printer said before anyone listened (an unsolicited status)', async () => {
    const printer = createScriptedPrinter();
    const session = openPrinterSession(printer.transport);
    printer.say(Uint8Array.of(0x04));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([...(await session.receive({ timeoutMs: 1 }))]).toEqual([0x04]);
  });

  it('fails a waiting receive with INKLESS_PRINTER_CLOSED when the session closes, and closes the transport', async () => {
    const printer = createScriptedPrinter(() => []);
    const session = openPrinterSession(printer.transport);
    const waiting = rejectionOf(session.receive({ timeoutMs: 5000 }));
    await session.close();
    const error = await waiting;
    expect(error.code).toBe('INKLESS_PRINTER_CLOSED');
    expect(error.message).toBe('the session with scripted-printer was closed while a reply was awaited');
    expect(printer.closed).toBe(true);
    expect((await rejectionOf(session.receive({ timeoutMs: 10 }))).code).toBe('INKLESS_PRINTER_CLOSED');
  });

  it('fails a waiting receive with INKLESS_PRINTER_GONE when the printer goes away', async () => {
    const printer = createScriptedPrinter(() => []);
    const session = openPrinterSession(printer.transport);
    const waiting = rejectionOf(session.receive({ timeoutMs: 5000 }));
    printer.hangUp();
    expect((await waiting).code).toBe('INKLESS_PRINTER_GONE');
    expect((await rejectionOf(session.send(REQUEST))).code).toBe('INKLESS_PRINTER_GONE');
  });

  it('refuses a second receive while one waits', async () => {
    const printer = createScriptedPrinter(() => []);
    const session = openPrinterSession(printer.transport);
    const first = session.receive({ timeoutMs: 50 });
    expect((await rejectionOf(session.receive({ timeoutMs: 50 }))).code).toBe('INKLESS_PRINTER_UNSUPPORTED');
    expect((await rejectionOf(first)).code).toBe('INKLESS_PRINTER_TIMEOUT');
  });

  it('sends over a one-way transport but says plainly that it cannot read replies', async () => {
    const written: Uint8Array[] = [];
    const oneWay: Transport = { description: 'file:///tmp/out.bin', open: async () => {}, write: async (bytes) => void written.push(bytes), close: async () => {} };
    const session = openPrinterSession(oneWay);
    await session.send(REQUEST);
    expect(written).toEqual([REQUEST]);
    const error = await rejectionOf(session.receive({ timeoutMs: 1000 }));
    expect(error.code).toBe('INKLESS_PRINTER_UNSUPPORTED');
    expect(error.message).toContain('file:///tmp/out.bin is one-way');
  });
});
