import type { Issue } from '../errors/issue';
import { computeGs1CheckDigit } from './check-digit';
import { GS1_AIS, GS1_CSET82, isPredefinedLengthAi, type Gs1Part } from './gs1-ais';

/** One parsed element string: `(01)09501101530003` is `{ ai: '01', value: '09501101530003' }`. */
export interface Gs1Element {
  readonly ai: string;
  readonly value: string;
}

export type Gs1ParseResult = { readonly ok: true; readonly elements: readonly Gs1Element[] } | { readonly ok: false; readonly issues: Issue[] };

/**
 * Parses and checks `(01)09501101530003(17)250101(10)ABC` against the AI table: lengths, digits,
 * character set 82, check digits and dates. Issues carry `path` and say what to fix.
 */
export function parseGs1(input: string, path: string): Gs1ParseResult {
  const issue = (code: string, message: string): Gs1ParseResult => ({ ok: false, issues: [{ code, path, message }] });
  if (!input.startsWith('(')) {
    return issue('INKLESS_BARCODE_GS1_SYNTAX', 'GS1 data must be written as (AI)value, e.g. (01)09501101530003(10)ABC');
  }
  const elements: Gs1Element[] = [];
  const issues: Issue[] = [];
  let pos = 0;
  while (pos < input.length) {
    const close = input.indexOf(')', pos);
    const ai = close < 0 ? '' : input.slice(pos + 1, close);
    if (input[pos] !== '(' || close < 0 || !/^\d{2,4}$/.test(ai)) {
      return issue('INKLESS_BARCODE_GS1_SYNTAX', `GS1 data has a malformed AI at character ${pos + 1}: write (AI)value with a 2-4 digit AI`);
    }
    const next = input.indexOf('(', close + 1);
    const value = input.slice(close + 1, next < 0 ? input.length : next);
    elements.push({ ai, value });
    pos = next < 0 ? input.length : next;
  }
  for (const el of elements) {
    const message = checkGs1Element(el);
    if (message) issues.push({ code: message.code, path, message: message.text });
  }
  return issues.length ? { ok: false, issues } : { ok: true, elements };
}

function checkGs1Element({ ai, value }: Gs1Element): { code: string; text: string } | undefined {
  const spec = GS1_AIS.get(ai);
  if (!spec) return { code: 'INKLESS_BARCODE_GS1_AI_UNKNOWN', text: `GS1 AI (${ai}) is not a known application identifier` };
  const fixed = spec.parts.reduce((sum, p) => sum + (p.min === p.max ? p.max : 0), 0);
  const maxTotal = spec.parts.reduce((sum, p) => sum + p.max, 0);
  const minTotal = spec.parts.reduce((sum, p) => sum + p.min, 0);
  const isFixed = minTotal === maxTotal;
  if (value.length < minTotal || value.length > maxTotal) {
    const want = isFixed ? `${fixed} ${spec.parts.every((p) => p.fmt === 'n') ? 'digits' : 'characters'}` : `${minTotal} to ${maxTotal} characters`;
    return { code: 'INKLESS_BARCODE_GS1_AI_LENGTH', text: `GS1 AI (${ai}) needs ${want}, got ${value.length}` };
  }
  let at = 0;
  for (let i = 0; i < spec.parts.length; i++) {
    const part = spec.parts[i]!;
    const len = part.min === part.max || i === spec.parts.length - 1 ? Math.min(part.max, value.length - at) : part.max;
    const text = value.slice(at, at + len);
    at += len;
    const problem = checkPart(ai, part, text);
    if (problem) return problem;
  }
  return undefined;
}

function checkPart(ai: string, part: Gs1Part, text: string): { code: string; text: string } | undefined {
  if (part.fmt === 'n' && !/^\d*$/.test(text)) {
    return { code: 'INKLESS_BARCODE_GS1_AI_CHARSET', text: `GS1 AI (${ai}) allows only digits, got "${text}"` };
  }
  if (part.fmt === 'x' && !GS1_CSET82.test(text)) {
    const bad = [...text].find((ch) => !GS1_CSET82.test(ch));
    return { code: 'INKLESS_BARCODE_GS1_AI_CHARSET', text: `GS1 AI (${ai}) cannot hold the character "${bad}" (GS1 allows A-Z a-z 0-9 and !"%&'()*+,-./:;<=>?_)` };
  }
  if (part.check) {
    const expected = computeGs1CheckDigit(text.slice(0, -1));
    if (String(expected) !== text.slice(-1)) {
      return { code: 'INKLESS_BARCODE_GS1_AI_CHECK_DIGIT', text: `GS1 AI (${ai}) has check digit ${text.slice(-1)}, expected ${expected}` };
    }
  }
  if (part.date) {
    const month = Number(text.slice(2, 4));
    const day = Number(text.slice(4, 6));
    if (month < 1 || month > 12 || day > 31) {
      return { code: 'INKLESS_BARCODE_GS1_AI_DATE', text: `GS1 AI (${ai}) needs a date as YYMMDD, got "${text}"` };
    }
  }
  return undefined;
}

/** Human-readable interpretation: `(01)09501101530003(10)ABC`. */
export function formatGs1Hri(elements: readonly Gs1Element[]): string {
  return elements.map((el) => `(${el.ai})${el.value}`).join('');
}

/**
 * The element strings in encoding order with FNC1 separators: `FNC1` marks where a separator goes
 * (after every variable-length AI except the last). The leading FNC1 is the caller's to add.
 */
export function joinGs1ForEncoding(elements: readonly Gs1Element[], fnc1: string): string {
  let out = '';
  elements.forEach((el, i) => {
    out += el.ai + el.value;
    if (i < elements.length - 1 && !isPredefinedLengthAi(el.ai)) out += fnc1;
  });
  return out;
}
