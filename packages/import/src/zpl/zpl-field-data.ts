// Field data as the printer reads it: ^FH hex escapes (`_1E` = byte 0x1E; the escape character is
// ^FH's parameter, `_` by default) and the encoding of ^CI (28 = UTF-8; the others are treated as
// Latin-1, which covers ^CI0's printable ASCII and ^CI27's code page 1252 letters).
import { decodeUtf8ByteString } from './zpl-bytes';

const UTF8 = 28;

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Raw field bytes (latin1 characters) to text: hex escapes first, then the character set. */
export function decodeFieldData(raw: string, hexEscape: string | undefined, charset: number): string {
  let bytes = raw;
  if (hexEscape !== undefined) {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
      const hi = hexDigit(raw.charCodeAt(i + 1));
      const lo = hexDigit(raw.charCodeAt(i + 2));
      if (raw[i] === hexEscape && hi >= 0 && lo >= 0) {
        out += String.fromCharCode(hi * 16 + lo);
        i += 2;
      } else out += raw[i];
    }
    bytes = out;
  }
  if (charset !== UTF8) return bytes;
  return decodeUtf8ByteString(bytes);
}

/** Comma-separated parameters, empty ones undefined (ZPL leaves a parameter out by leaving it blank). */
export function splitParams(params: string, delimiter = ','): (string | undefined)[] {
  return params.split(delimiter).map((p) => (p.trim() === '' ? undefined : p.trim()));
}

/** A whole-number parameter, or `fallback` when it is blank or not a number; clamped to [min, max]. */
export function intParam(value: string | undefined, fallback: number, min = -1_000_000, max = 1_000_000): number {
  if (value === undefined) return fallback;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** A Y/N parameter. */
export function yesNo(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const c = value[0]!.toUpperCase();
  return c === 'Y' ? true : c === 'N' ? false : fallback;
}
