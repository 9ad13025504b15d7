import { findInputProblem, type InputProblem } from './input-check';

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
