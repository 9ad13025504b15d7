import { InklessError } from '../errors/inkless-error';

/** Value of each base64 character (standard and URL-safe alphabets), -1 for anything else. */
const VALUES = buildValues();

function buildValues(): Int8Array {
  const values = new Int8Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i;
  values['-'.charCodeAt(0)] = 62;
  values['_'.charCodeAt(0)] = 63;
  return values;
}

/** Whitespace that pasted data URIs often carry (line breaks every 76 chars); it is skipped. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Decodes base64 without atob or Buffer, so the engine stays pure and the browser and Node read
 * the same bytes. Accepts both alphabets, optional `=` padding and whitespace.
 *
 * @example
 * decodeBase64('aGk='); // Uint8Array [104, 105]
 */
export function decodeBase64(text: string, start = 0, path = ''): Uint8Array {
  const out = new Uint8Array(Math.floor(((text.length - start) * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let padding = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 0x3d) {
      padding++;
      continue;
    }
    const v = c < 128 ? VALUES[c]! : -1;
    if (v < 0 || padding > 0) {
      const what = v < 0 ? `character ${JSON.stringify(text[i])}` : 'data after "=" padding';
      throw new InklessError('INKLESS_IMAGE_SRC_INVALID', `base64 has ${what} at position ${i}; re-export the image as a data URI`, { path });
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  if (bits === 6 || padding > 2) {
    throw new InklessError('INKLESS_IMAGE_SRC_INVALID', 'base64 ends in the middle of a byte (truncated data?)', { path });
  }
  return out.subarray(0, n);
}
