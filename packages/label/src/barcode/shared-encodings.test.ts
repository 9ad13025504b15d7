import { describe, expect, it } from 'vitest';
import { encodeBarcode } from './encode-barcode';
import { shareEncodings } from './shared-encodings';

const request = { symbology: 'datamatrix', data: 'LOT 2026-11 SKU 42' };

function symbolOf(r: ReturnType<typeof encodeBarcode>) {
  if (!r.ok) throw new Error(r.issues[0]!.message);
  return r.value;
}

describe('shareEncodings', () => {
  it('encodes a request once within a run: the second call gets the same symbol', () => {
    shareEncodings(() => {
      const first = symbolOf(encodeBarcode(request, 'data'));
      expect(symbolOf(encodeBarcode({ ...request }, 'elements[3]'))).toBe(first);
      expect(shareEncodings(() => symbolOf(encodeBarcode(request)))).toBe(first);
    });
  });

  it('remembers nothing outside a run or from one run to the next', () => {
    const a = symbolOf(encodeBarcode(request));
    expect(symbolOf(encodeBarcode(request))).not.toBe(a);
    const inRun = shareEncodings(() => symbolOf(encodeBarcode(request)));
    expect(shareEncodings(() => symbolOf(encodeBarcode(request)))).not.toBe(inRun);
    expect(symbolOf(encodeBarcode(request))).toEqual(a);
  });

  it('does not share between requests that differ in data, options or error level', () => {
    shareEncodings(() => {
      const first = symbolOf(encodeBarcode(request));
      expect(symbolOf(encodeBarcode({ ...request, data: 'LOT 2026-11 SKU 43' }))).not.toBe(first);
      expect(symbolOf(encodeBarcode({ ...request, options: { format: 'rectangle' } }))).not.toBe(first);
      const micro = symbolOf(encodeBarcode({ symbology: 'qrcode', data: 'A1', qrErrorLevel: 'H' }));
      expect(symbolOf(encodeBarcode({ symbology: 'qrcode', data: 'A1', qrErrorLevel: 'L' }))).not.toEqual(micro);
    });
  });

  it('does not share failures: each keeps the path it was asked at', () => {
    shareEncodings(() => {
      const a = encodeBarcode({ symbology: 'ean13', data: 'ABC' }, 'elements[1]');
      const b = encodeBarcode({ symbology: 'ean13', data: 'ABC' }, 'elements[2]');
      expect(a.ok || b.ok).toBe(false);
      if (!a.ok && !b.ok) expect([a.issues[0]!.path, b.issues[0]!.path]).toEqual(['elements[1].data', 'elements[2].data']);
    });
  });
});
