// Byte helpers that need neither Node's Buffer nor the DOM (the package runs in both, and its
// tsconfig has neither). Text is held as "byte strings": one latin1 character per byte.

/** A JS string as UTF-8 bytes, returned as a byte string. */
export function utf8ByteString(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** UTF-8 bytes (a byte string) as text; a byte that starts no valid sequence stays as its latin1 character. */
export function decodeUtf8ByteString(bytes: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes.charCodeAt(i);
    const need = b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : 0;
    let c = need === 3 ? b & 7 : need === 2 ? b & 15 : b & 31;
    let ok = need > 0 && b < 0xf8 && i + need < bytes.length + 0;
    for (let k = 1; ok && k <= need; k++) {
      const n = bytes.charCodeAt(i + k);
      if ((n & 0xc0) !== 0x80) ok = false;
      else c = (c << 6) | (n & 63);
    }
    if (ok && c <= 0x10ffff) {
      out += String.fromCodePoint(c);
      i += need;
    } else out += bytes[i];
  }
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64[n >> 18]! + BASE64[(n >> 12) & 63]! + (b === undefined ? '=' : BASE64[(n >> 6) & 63]!) + (c === undefined ? '=' : BASE64[n & 63]!);
  }
  return out;
}
