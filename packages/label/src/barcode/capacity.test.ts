import { describe, expect, it } from 'vitest';
import { encodeBarcode, type BarcodeRequest } from './encode-barcode';

/** The symbol's side in modules, or the code and message of the first issue. */
function outcome(request: BarcodeRequest): string {
  const r = encodeBarcode(request, 'el');
  if (!r.ok) return `${r.issues[0]!.code} ${r.issues[0]!.path}: ${r.issues[0]!.message}`;
  return r.value.kind === 'matrix' ? `${r.value.width}x${r.value.height}` : r.value.kind;
}

describe('barcode capacity: the standard limits of each symbology, said in the message', () => {
  const L = { symbology: 'qrcode', qrErrorLevel: 'L' } as const;

  it('QR Code version 40-L holds 7,089 digits; one more is refused with the limit', () => {
    expect(outcome({ ...L, data: '7'.repeat(7089) })).toBe('177x177');
    expect(outcome({ ...L, data: '7'.repeat(7090) })).toBe('INKLESS_BARCODE_TOO_LONG el.data: QR Code holds at most 7,089 digits at error correction L; this data is 7,090 digits');
  });

  it('QR Code version 40-L holds 4,296 alphanumeric characters; one more is refused with the limit', () => {
    expect(outcome({ ...L, data: 'AB-12 '.repeat(716) })).toBe('177x177');
    expect(outcome({ ...L, data: `${'AB-12 '.repeat(716)}Z` })).toBe('INKLESS_BARCODE_TOO_LONG el.data: QR Code holds at most 4,296 characters (capital letters, digits, spaces and $%*+-./:) at error correction L; this data is 4,297 characters');
  });

  it('QR Code version 40-L holds 2,953 bytes of UTF-8; one more is refused with the limit and the characters', () => {
    expect(outcome({ ...L, data: 'é'.repeat(1476) + 'a' })).toBe('177x177');
    expect(outcome({ ...L, data: 'é'.repeat(1477) })).toBe('INKLESS_BARCODE_TOO_LONG el.data: QR Code holds at most 2,953 bytes at error correction L; this data is 2,954 bytes (1,477 characters in UTF-8)');
  });

  it('QR Code at a higher error correction says its own limit and how much L holds', () => {
    expect(outcome({ symbology: 'qrcode', data: 'a'.repeat(2331) })).toBe('177x177');
    expect(outcome({ symbology: 'qrcode', data: 'a'.repeat(2332) })).toBe('INKLESS_BARCODE_TOO_LONG el.data: QR Code holds at most 2,331 bytes at error correction M; this data is 2,332 bytes; error correction L holds more (2,953)');
  });

  it('Data Matrix 144x144 holds 3,116 digits and 2,335 letters; more is refused with its limits', () => {
    const limits = 'Data Matrix holds at most 3,116 digits, or 2,335 letters, digits and spaces, or 1,556 bytes (at its largest size, 144x144)';
    expect(outcome({ symbology: 'datamatrix', data: '4'.repeat(3116) })).toBe('144x144');
    expect(outcome({ symbology: 'datamatrix', data: '4'.repeat(3117) })).toBe(`INKLESS_BARCODE_TOO_LONG el.data: ${limits}; this data is 3,117 digits`);
    expect(outcome({ symbology: 'datamatrix', data: 'A'.repeat(2335) })).toBe('144x144');
    expect(outcome({ symbology: 'datamatrix', data: 'A'.repeat(2336) })).toBe(`INKLESS_BARCODE_TOO_LONG el.data: ${limits}; this data is 2,336 characters (2,336 bytes in UTF-8)`);
  });

  it('Aztec Code, PDF417 and MaxiCode say their limits too', () => {
    expect(outcome({ symbology: 'azteccode', data: '1'.repeat(3833) })).toBe('INKLESS_BARCODE_TOO_LONG el.data: Aztec Code holds at most 3,832 digits, or 3,067 capital letters and spaces, or 1,914 bytes (at its largest size, 32 layers); this data is 3,833 digits');
    expect(outcome({ symbology: 'pdf417', data: '1'.repeat(2711) })).toMatch(/^INKLESS_BARCODE_TOO_LONG el.data: PDF417 holds at most 2,710 digits, or 1,850 .* or 1,108 bytes .*; this data is 2,711 digits$/);
    expect(outcome({ symbology: 'maxicode', data: 'A'.repeat(94) })).toBe('INKLESS_BARCODE_TOO_LONG el.data: MaxiCode holds at most 138 digits, or 93 characters of other kinds (in its one fixed size); this data is 94 characters (94 bytes in UTF-8)');
  });

  it('GS1 QR Code says the QR limits at its error correction when the encoder refuses the data', () => {
    const data = (n: number) => Array.from({ length: n }, () => `(91)${'ABCDEFGHIJ'.repeat(9)}`).join('');
    expect(outcome({ symbology: 'gs1qrcode', data: data(10), qrErrorLevel: 'H' })).toMatch(/^\d+x\d+$/);
    expect(outcome({ symbology: 'gs1qrcode', data: data(20), qrErrorLevel: 'H' })).toBe(
      'INKLESS_BARCODE_TOO_LONG el.data: GS1 QR Code holds at most 3,057 digits, or 1,852 capital letters, digits, spaces and $%*+-./:, or 1,273 bytes (at version 40, its largest size, with error correction H); this data is 1,880 characters (1,880 bytes in UTF-8)',
    );
  });

  it('keeps one overall bound above every symbology, said in characters', () => {
    expect(outcome({ symbology: 'code39', data: 'A'.repeat(8001) })).toBe('INKLESS_BARCODE_TOO_LONG el.data: barcode data is 8,001 characters; no barcode holds more than 8,000');
    expect(outcome({ symbology: 'code128', data: 'A'.repeat(81) })).toMatch(/^INKLESS_BARCODE_TOO_LONG el.data: Code 128 holds at most 80 characters .*; this data is 81 characters/);
  });
});
