// Z64 graphic data: zlib deflate, then MIME base64, then a CRC over the base64 text.
// Wire format (ZPL II guide, "Introduction to B64 and Z64"): `:Z64:<base64>:<crc>`, where crc is
// CRC-16/CCITT (poly 0x1021, init 0: XMODEM) of the base64 characters, four hex digits.
import { zlibSync } from 'fflate';

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const Z64_PREFIX = ':Z64:';
/** zlib's default level: label rasters gain almost nothing from 9 at twice the time. */
const Z64_DEFLATE_LEVEL = 6;
const CRC16_POLY = 0x1021;

/** Standard base64 with '=' padding (written here: no atob/Buffer in the pure build). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += BASE64_ALPHABET[n >> 18]! + BASE64_ALPHABET[(n >> 12) & 63]! + BASE64_ALPHABET[(n >> 6) & 63]! + BASE64_ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${BASE64_ALPHABET[n >> 18]!}${BASE64_ALPHABET[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${BASE64_ALPHABET[n >> 18]!}${BASE64_ALPHABET[(n >> 12) & 63]!}${BASE64_ALPHABET[(n >> 6) & 63]!}=`;
  }
  return out;
}

/** CRC-16/XMODEM of an ASCII string, as ZPL wants it after Z64/B64 data. */
export function computeCrc16Xmodem(text: string): number {
  let crc = 0;
  for (let i = 0; i < text.length; i++) {
    crc ^= (text.charCodeAt(i) & 0xff) << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ CRC16_POLY) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** The `:Z64:…:crc` text of `^GFA` graphic data. Deterministic (fflate is pure JS). */
export function encodeZ64(bytes: Uint8Array): string {
  const base64 = encodeBase64(zlibSync(bytes, { level: Z64_DEFLATE_LEVEL }));
  return `${Z64_PREFIX}${base64}:${computeCrc16Xmodem(base64).toString(16).toUpperCase().padStart(4, '0')}`;
}
