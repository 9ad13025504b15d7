import { findInputProblem, MAX_INPUT_DEPTH, type InputProblem } from './input-check';

/** The outcome of reading a JSON body: the value, or what is wrong with the bytes and where. */
export type JsonBodyResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly problem: InputProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes -> a checked JSON value: strict UTF-8 (a broken byte sequence is refused, not turned into
 * U+FFFD), JSON syntax, then the shared input rule. Pure, so it runs inline for small bodies and
 * in the body-parse worker for large ones with the same answers.
 */
export function readJsonBody(bytes: Uint8Array): JsonBodyResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problem: { path: '', message: 'the body is not valid UTF-8 text' } };
  }
  // Refused before JSON.parse: parsing millions of levels takes seconds even where it cannot overflow.
  if (exceedsDepth(bytes, MAX_INPUT_DEPTH)) return { ok: false, problem: { path: '', message: `nested more than ${MAX_INPUT_DEPTH} levels deep` } };
  if (text.trim() === '') return { ok: false, problem: { path: '', message: 'the body is empty: send a JSON value, e.g. {}' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: { path: '', message: `the body is not valid JSON: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 200)}` } };
  }
  const problem = findInputProblem(value);
  return problem ? { ok: false, problem } : { ok: true, value };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/** True when the JSON text opens more than `limit` arrays or objects inside each other (strings skipped). */
function exceedsDepth(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
    } else if (b === QUOTE) inString = true;
    else if (b === OPEN_BRACKET || b === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (b === CLOSE_BRACKET || b === CLOSE_BRACE) depth--;
  }
  return false;
}
