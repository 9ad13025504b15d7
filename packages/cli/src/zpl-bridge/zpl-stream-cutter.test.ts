import { describe, expect, it } from 'vitest';
import { ZplStore } from './zpl-store';
import { ZplStreamCutter, type ZplPiece } from './zpl-stream-cutter';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);

/** Feeds `input` in slices of `step` bytes (commands split across reads, as TCP does). */
function cutAll(input: string, step: number, max = 1 << 20): ZplPiece[] {
  const cutter = new ZplStreamCutter(max);
  const out: ZplPiece[] = [];
  for (let i = 0; i < input.length; i += step) out.push(...cutter.push(bytes(input.slice(i, i + step))));
  out.push(...cutter.end());
  return out;
}

function summary(pieces: ZplPiece[]): string[] {
  return pieces.map((p) => (p.kind === 'format' || p.kind === 'definition' ? `${p.kind}@${p.offset}:${text(p.bytes)}` : p.kind === 'ignored' ? `ignored@${p.offset}:${p.command}` : `${p.kind}@${p.offset}`));
}

describe('ZplStreamCutter', () => {
  const stream = '~HS\r\n~DGR:BOX.GRF,2,1,FF00\r\n^XA^FO10,10^XGR:BOX.GRF^FS^XZ\r\n~JA^XA^FDx~HS^FS^XZ';
  const expected = [
    'host-status@0',
    'definition@5:~DGR:BOX.GRF,2,1,FF00\r\n',
    'format@28:^XA^FO10,10^XGR:BOX.GRF^FS^XZ',
    'ignored@59:~JA',
    'host-status@69',
    'format@62:^XA^FDx~HS^FS^XZ',
  ];

  it.each([1, 2, 3, 7, 1000])('cuts formats, downloads and status queries the same whatever the read size (%i bytes)', (step) => {
    expect(summary(cutAll(stream, step))).toEqual(expected);
  });

  it('refuses a format over the limit without keeping it, and goes on with the next one', () => {
    const big = `^XA^FD${'A'.repeat(5000)}^FS^XZ^XA^FDok^FS^XZ`;
    const cutter = new ZplStreamCutter(1000);
    const pieces: ZplPiece[] = [];
    for (let i = 0; i < big.length; i += 100) pieces.push(...cutter.push(bytes(big.slice(i, i + 100))));
    expect(summary(pieces)).toEqual(['refused@0', `format@${big.length - 14}:^XA^FDok^FS^XZ`]);
    // Memory stayed near the limit: the refused format was never held whole.
    expect((cutter as unknown as { buffer: Uint8Array }).buffer.length).toBeLessThanOrEqual(4096);
  });

  it('an unterminated format at the end of the connection is not a format', () => {
    expect(summary(cutAll('^XA^FDhalf', 4))).toEqual([]);
  });
});

describe('ZplStore', () => {
  it('keeps graphics and templates by name, the newest download of a name replacing the old', () => {
    const store = new ZplStore(1 << 20);
    expect(store.keep(bytes('~DGLOGO,2,1,FF00'))).toEqual(['graphic R:LOGO.GRF']);
    expect(store.keep(bytes('~DGR:LOGO.GRF,2,1,00FF'))).toEqual(['graphic R:LOGO.GRF']);
    expect(store.keep(bytes('^XA^DFR:SHIP.ZPL^FS^FO0,0^FN1^FS^XZ'))).toEqual(['format R:SHIP.ZPL']);
    expect(ZplStore.storesOnly(bytes('^XA^DFR:SHIP.ZPL^FS^XZ'))).toBe(true);
    expect(ZplStore.storesOnly(bytes('^XA^XFR:SHIP.ZPL^FS^FN1^FDx^FS^XZ'))).toBe(false);
    expect(store.size).toBe(2);
    expect(text(store.prefix())).toBe('~DGR:LOGO.GRF,2,1,00FF^XA^DFR:SHIP.ZPL^FS^FO0,0^FN1^FS^XZ');
  });

  it('forgets the oldest definitions when full', () => {
    const store = new ZplStore(30);
    store.keep(bytes('~DGA,2,1,FF00'));
    store.keep(bytes('~DGB,2,1,FF00'));
    store.keep(bytes('~DGC,2,1,FF00'));
    expect(text(store.prefix())).toBe('~DGB,2,1,FF00~DGC,2,1,FF00');
  });
});
