import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InklessError } from '../errors/inkless-error';
import { decodeBase64 } from './base64';

const bytesOf = (s: string): number[] => [...decodeBase64(s)];

describe('decodeBase64', () => {
  it('decodes padded, unpadded and URL-safe text', () => {
    expect(bytesOf('aGk=')).toEqual([104, 105]);
    expect(bytesOf('aGk')).toEqual([104, 105]);
    expect(bytesOf('aGVsbG8=')).toEqual([...'hello'].map((c) => c.charCodeAt(0)));
    expect(bytesOf('-_8=')).toEqual([0xfb, 0xff]);
    expect(bytesOf('+/8=')).toEqual([0xfb, 0xff]);
    expect(bytesOf('')).toEqual([]);
  });

  it('skips line breaks and spaces', () => {
    expect(bytesOf('aGVs\r\nbG8=\n')).toEqual([...'hello'].map((c) => c.charCodeAt(0)));
  });

  it('starts at an offset (the payload of a data URI)', () => {
    expect([...decodeBase64('data:,aGk=', 6)]).toEqual([104, 105]);
  });

  it('agrees with Buffer on random bytes, in both alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const b64 = Buffer.from(bytes).toString('base64');
        expect([...decodeBase64(b64)]).toEqual([...bytes]);
        expect([...decodeBase64(Buffer.from(bytes).toString('base64url'))]).toEqual([...bytes]);
      }),
    );
  });

  it('rejects foreign characters with the position', () => {
    expect(() => decodeBase64('aG*k', 0, 'elements[0].src')).toThrow('elements[0].src: base64 has character "*" at position 2');
    expect(() => decodeBase64('aGk=aGk=')).toThrow(/after "=" padding/);
    expect(() => decodeBase64('aGé=')).toThrow(InklessError);
  });

  it('rejects a dangling single character (truncated data)', () => {
    try {
      decodeBase64('aGVsb');
      expect.unreachable();
    } catch (e) {
      expect((e as InklessError).code).toBe('INKLESS_IMAGE_SRC_INVALID');
    }
  });
});
