// ZPL "alternative compression scheme" (ACS) for ASCII hex graphic data (ZPL II guide, ^GF):
//   G..Y = repeat the next hex digit 1..19 times, g..z = 20..400 times (they add: "hJ" = 43),
//   ','  = fill the rest of the row with 0, '!' = fill the rest of the row with 1 (not emitted),
//   ':'  = this row equals the previous one.
// Readable and far smaller than plain hex for label rasters; Z64 is smaller still.
import { encodeHex } from '../shared/encode-hex';

/** 'G' counts 1, so a count n in 1..19 is 'F' + n; 'g' counts 20, so 20*k is 'f' + k. */
const ONES_BASE = 'F'.charCodeAt(0);
const TWENTIES_BASE = 'f'.charCodeAt(0);
/** The largest count one prefix pair can say: 'z' (400) + 'Y' (19). */
const MAX_REPEAT = 419;
const FILL_ZERO = ',';
const REPEAT_ROW = ':';

/** The repeat prefix for `count` digits (count >= 2). */
function formatRepeat(count: number): string {
  const twenties = Math.floor(count / 20);
  const ones = count % 20;
  return (twenties ? String.fromCharCode(TWENTIES_BASE + twenties) : '') + (ones ? String.fromCharCode(ONES_BASE + ones) : '');
}

/**
 * One row's hex digits, run-length coded, with a trailing run of 0 replaced by ','. A trailing run
 * of F stays a counted run: zebrash (our ZPL oracle) draws '!' wrongly, and it saves one byte.
 */
function encodeAcsRow(hex: string): string {
  let end = hex.length;
  let tail = '';
  if (hex[end - 1] === '0') {
    while (end > 0 && hex[end - 1] === '0') end--;
    tail = FILL_ZERO;
  }
  let out = '';
  for (let i = 0; i < end; ) {
    let run = 1;
    while (i + run < end && hex[i + run] === hex[i] && run < MAX_REPEAT) run++;
    out += run > 2 ? formatRepeat(run) + hex[i]! : hex.slice(i, i + run);
    i += run;
  }
  return out + tail;
}

/** ACS-compressed hex of `bytes` laid out in rows of `bytesPerRow`. */
export function encodeAcs(bytes: Uint8Array, bytesPerRow: number): string {
  let out = '';
  let previous: string | undefined;
  for (let at = 0; at < bytes.length; at += bytesPerRow) {
    const hex = encodeHex(bytes.subarray(at, at + bytesPerRow));
    out += hex === previous ? REPEAT_ROW : encodeAcsRow(hex);
    previous = hex;
  }
  return out;
}
