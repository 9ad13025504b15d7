import {
  CODE128_CODE_A, CODE128_CODE_B, CODE128_CODE_C, CODE128_FNC1, CODE128_PATTERNS, CODE128_SHIFT, CODE128_START_A, CODE128_STOP,
} from './code128-patterns';

/** Marks an FNC1 in the input of {@link encodeCode128Codewords}; any other value is an ASCII code. */
export const FNC1 = -1;

const A = 0;
const B = 1;
const C = 2;
const INF = 1 << 28;
const SWITCH_TO = [CODE128_CODE_A, CODE128_CODE_B, CODE128_CODE_C];

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 48 && c <= 57;
}

function fitsSet(c: number, set: number): boolean {
  if (c === FNC1) return true;
  return set === A ? c >= 0 && c < 96 : c >= 32 && c < 128;
}

function valueInSet(c: number, set: number): number {
  if (c === FNC1) return CODE128_FNC1;
  return set === A && c < 32 ? c + 64 : c - 32;
}

/**
 * Code 128 codewords (start, data, check) with the fewest symbol characters: a small dynamic
 * program over positions x subsets A/B/C, with shifts and switches. Chars must be 0..127 or FNC1.
 */
export function encodeCode128Codewords(chars: readonly number[]): number[] {
  const n = chars.length;
  // best[i*3+s]: fewest codewords to encode chars[i..] when the current subset is s.
  const best = new Int32Array((n + 1) * 3);
  const choice = new Int8Array(n * 3);
  // direct[s]: cost of encoding the next unit in s, or INF.
  const direct = [0, 0, 0];
  for (let i = n - 1; i >= 0; i--) {
    const c = chars[i]!;
    const pair = isDigit(c) && isDigit(chars[i + 1]);
    for (let s = 0; s < 3; s++) {
      if (s === C) direct[s] = pair ? 1 + best[(i + 2) * 3 + C]! : c === FNC1 ? 1 + best[(i + 1) * 3 + C]! : INF;
      else direct[s] = fitsSet(c, s) ? 1 + best[(i + 1) * 3 + s]! : INF;
    }
    for (let s = 0; s < 3; s++) {
      let cost = direct[s]!;
      let pick = 0;
      if (s !== C && cost >= INF && fitsSet(c, 1 - s)) {
        cost = 2 + best[(i + 1) * 3 + s]!;
        pick = 1;
      }
      for (let t = 0; t < 3; t++) {
        if (t !== s && 1 + direct[t]! < cost) {
          cost = 1 + direct[t]!;
          pick = 2 + t;
        }
      }
      best[i * 3 + s] = cost;
      choice[i * 3 + s] = pick;
    }
  }
  let set = B;
  if (n > 0) {
    for (const s of [C, B, A]) if (best[s]! < best[set]!) set = s;
  }
  const out = [CODE128_START_A + set];
  for (let i = 0; i < n;) {
    const pick = choice[i * 3 + set]!;
    if (pick >= 2) {
      set = pick - 2;
      out.push(SWITCH_TO[set]!);
      continue;
    }
    const c = chars[i]!;
    if (pick === 1) {
      out.push(CODE128_SHIFT, valueInSet(c, 1 - set));
      i += 1;
    } else if (set === C && c !== FNC1) {
      out.push((c - 48) * 10 + chars[i + 1]! - 48);
      i += 2;
    } else {
      out.push(valueInSet(c, set));
      i += 1;
    }
  }
  let sum = out[0]!;
  for (let i = 1; i < out.length; i++) sum += i * out[i]!;
  out.push(sum % 103);
  return out;
}

/** Run widths in modules for codewords (start..check); the stop pattern is appended. */
export function code128Runs(codewords: readonly number[]): Uint8Array {
  const runs = new Uint8Array(codewords.length * 6 + 7);
  let k = 0;
  for (const cw of [...codewords, CODE128_STOP]) {
    const pattern = CODE128_PATTERNS[cw]!;
    for (let j = 0; j < pattern.length; j++) runs[k++] = pattern.charCodeAt(j) - 48;
  }
  return runs;
}
