// Plain uppercase hex, two digits per byte: ZPL's uncompressed `^GFA` data and CPCL's `EG` data.

const HEX_DIGITS = '0123456789ABCDEF';

/** Two uppercase hex digits per byte, no separators (`[0x0f, 0xa0]` -> `'0FA0'`). */
export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX_DIGITS[b >> 4]! + HEX_DIGITS[b & 15]!;
  return out;
}
