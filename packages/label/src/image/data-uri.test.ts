import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_SRC_CHARS, parseDataUri } from './data-uri';
import { codeOf } from './testing/fixtures';


describe('parseDataUri', () => {
  it('reads the media type (lower case) and the bytes', () => {
    const uri = parseDataUri('data:IMAGE/PNG;base64,aGk=');
    expect(uri.mediaType).toBe('image/png');
    expect([...uri.bytes]).toEqual([104, 105]);
  });

  it('accepts parameters before base64 and a missing media type', () => {
    expect(parseDataUri('data:image/jpeg;name=logo.jpg;base64,aGk=').mediaType).toBe('image/jpeg');
    expect(parseDataUri('data:;base64,aGk=').mediaType).toBe('');
  });

  it('rejects what is not a base64 data URI', () => {
    expect(codeOf(() => parseDataUri('https://example.com/logo.png'))).toBe('INKLESS_IMAGE_SRC_INVALID');
    expect(codeOf(() => parseDataUri('data:image/png,rawbytes'))).toBe('INKLESS_IMAGE_SRC_INVALID');
    expect(codeOf(() => parseDataUri(''))).toBe('INKLESS_IMAGE_SRC_INVALID');
  });

  it('says SVG is not supported yet', () => {
    expect(codeOf(() => parseDataUri('data:image/svg+xml;base64,PHN2Zy8+'))).toBe('INKLESS_IMAGE_SVG_UNSUPPORTED');
    expect(() => parseDataUri('data:image/svg+xml,<svg/>', 'elements[1].src')).toThrow('elements[1].src: SVG is not supported yet');
  });

  it('refuses a src over 20 MB before decoding it', () => {
    const huge = 'data:image/png;base64,' + 'A'.repeat(MAX_IMAGE_SRC_CHARS);
    expect(codeOf(() => parseDataUri(huge))).toBe('INKLESS_IMAGE_TOO_LARGE');
  });
});
