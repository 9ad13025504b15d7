// Reads the data of a ZPL `^GFA` field, written from the ZPL II guide (^GF; "Introduction to B64
// and Z64"), not from the driver:
//   plain hex     two hex digits per byte, 1 = black, MSB = left; CR/LF may appear anywhere
//   ACS           G..Y repeat the next digit 1..19 times, g..z 20..400 times (counts add up),
//                 ',' rest of the row 0, '!' rest of the row 1, ':' copy the previous row
//   :B64:d:crc    base64 of the bytes;  :Z64:d:crc  base64 of zlib-deflated bytes.
//                 crc = CRC-16/CCITT (0x1021, init 0) of the base64 text d, 4 hex digits;
//                 a mismatch is an aborted download.
import { InklessError } from '@inkless/label';
import { unzlibSync } from 'fflate';

const BASE64_VALUES = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeError(message: string): InklessError {
  return new InklessError('INKLESS_PRINTER_DECODE', message);
}

/** CRC-16/CCITT with init 0, MSB first, one bit at a time. */
function crc16(text: string): number {
  let crc = 0;
  for (let i = 0; i < text.length; i++) {
    for (let bit = 7; bit >= 0; bit--) {
      const feedback = ((crc >> 15) ^ (text.charCodeAt(i) >> bit)) & 1;
      crc = (crc << 1) & 0xffff;
      if (feedback) crc ^= 0x1021;
    }
  }
  return crc;
}

function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let at = 0;
  for (const c of clean) {
    const v = BASE64_VALUES.get(c);
    if (v === undefined) throw decodeError(`^GF base64 data has a "${c}", which is not base64`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

/** `:Z64:` / `:B64:` data: CRC checked, then base64 (and inflate) into `totalBytes`. */
function decodeEncoded(data: string, totalBytes: number): Uint8Array {
  const compressed = data.startsWith(':Z64:');
  const end = data.lastIndexOf(':');
  const body = data.slice(5, end > 4 ? end : data.length);
  const crcText = end > 4 ? data.slice(end + 1).trim() : '';
  if (!/^[0-9a-fA-F]{4}$/.test(crcText)) throw decodeError(`^GF ${compressed ? 'Z64' : 'B64'} data must end with ":" and a 4-digit CRC`);
  const expected = parseInt(crcText, 16);
  const actual = crc16(body);
  if (expected !== actual) {
    throw decodeError(`^GF data CRC is ${crcText}, but the data gives ${actual.toString(16).padStart(4, '0')}: the graphic was damaged on the way`);
  }
  const bytes = decodeBase64(body);
  if (!compressed) return fitBytes(bytes, totalBytes);
  let inflated: Uint8Array;
  try {
    inflated = unzlibSync(bytes, { out: new Uint8Array(totalBytes) });
  } catch (cause) {
    throw new InklessError('INKLESS_PRINTER_DECODE', '^GF Z64 data does not inflate (not zlib data, or longer than the declared size)', { cause });
  }
  return fitBytes(inflated, totalBytes);
}

function fitBytes(bytes: Uint8Array, totalBytes: number): Uint8Array {
  if (bytes.length === totalBytes) return bytes;
  const out = new Uint8Array(totalBytes);
  out.set(bytes.subarray(0, totalBytes));
  return out;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Plain or ACS-compressed hex into `totalBytes` bytes of rows `bytesPerRow` wide. */
function decodeAcsHex(data: string, totalBytes: number, bytesPerRow: number): Uint8Array {
  const out = new Uint8Array(totalBytes);
  const nibblesPerRow = bytesPerRow * 2;
  const rows = totalBytes / bytesPerRow;
  let row = 0;
  let nibble = 0;
  let repeat = 0;
  const nextRow = (): void => {
    row++;
    nibble = 0;
  };
  for (let i = 0; i < data.length && row < rows; i++) {
    const c = data.charCodeAt(i);
    const ch = data[i]!;
    const value = hexValue(c);
    if (value >= 0) {
      for (let n = Math.max(1, repeat); n > 0 && row < rows; n--) {
        const at = row * bytesPerRow + (nibble >> 1);
        out[at] = out[at]! | (nibble & 1 ? value : value << 4);
        if (++nibble === nibblesPerRow) nextRow();
      }
      repeat = 0;
    } else if (ch >= 'G' && ch <= 'Y') repeat += c - 70;
    else if (ch >= 'g' && ch <= 'z') repeat += (c - 102) * 20;
    else if (ch === ',') nextRow();
    else if (ch === '!') {
      for (; nibble < nibblesPerRow; nibble++) out[row * bytesPerRow + (nibble >> 1)]! |= nibble & 1 ? 0x0f : 0xf0;
      nextRow();
    } else if (ch === ':') {
      if (row > 0) out.copyWithin(row * bytesPerRow, (row - 1) * bytesPerRow, row * bytesPerRow);
      nextRow();
    } else if (ch !== '\r' && ch !== '\n' && ch !== ' ') throw decodeError(`^GF hex data has a "${ch}", which is neither hex nor ACS`);
  }
  return out;
}

/** The bytes of one `^GFA` field (`totalBytes` = rows x `bytesPerRow`). */
export function decodeGraphicData(data: string, totalBytes: number, bytesPerRow: number): Uint8Array {
  if (data.startsWith(':Z64:') || data.startsWith(':B64:')) return decodeEncoded(data, totalBytes);
  return decodeAcsHex(data, totalBytes, bytesPerRow);
}
