import type { Issue } from '../errors/issue';
import { joinPath } from '../errors/issue';

/** A bwip-js option value Inkless passes through: primitives only. */
export type BwipOptionValue = string | number | boolean;

/**
 * bwip-js options a document may set. Only encoding choices; drawing options (scale, height, text,
 * colours, padding, inkspread, rotation) are Inkless's own job, so they are not passed through.
 * `ratio` is Inkless's wide:narrow ratio for two-width symbologies.
 */
const ALLOWED: Readonly<Record<string, 'string' | 'number' | 'boolean'>> = {
  eclevel: 'string', version: 'string', columns: 'number', rows: 'number', format: 'string', layers: 'number',
  mode: 'number', segments: 'number', ccversion: 'string', cccolumns: 'number', includecheck: 'boolean',
  parse: 'boolean', parsefnc: 'boolean', securitylevel: 'number', rowmult: 'number', eci: 'string',
  fixedeclevel: 'boolean', dontlint: 'boolean', mask: 'number', ratio: 'number', custinfoenc: 'string',
};

/** Safe option text: short, no spaces or control characters (bwip-js also reads `key=value` strings). */
const SAFE_STRING = /^[A-Za-z0-9_.:+-]{1,32}$/;

/** Checks `options` against the allow-list; returns the clean options or issues at `path.key`. */
export function checkBarcodeOptions(options: Readonly<Record<string, unknown>> | undefined, path: string): { options: Record<string, BwipOptionValue>; issues: Issue[] } {
  const clean: Record<string, BwipOptionValue> = {};
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(options ?? {})) {
    const where = joinPath(path, key);
    const want = Object.hasOwn(ALLOWED, key) ? ALLOWED[key] : undefined;
    if (!want) {
      issues.push({ code: 'INKLESS_BARCODE_OPTION', path: where, message: `barcode option "${key}" is not allowed; allowed: ${Object.keys(ALLOWED).join(', ')}` });
    } else if (typeof value !== want || (typeof value === 'number' && !Number.isFinite(value)) || (typeof value === 'string' && !SAFE_STRING.test(value))) {
      issues.push({ code: 'INKLESS_BARCODE_OPTION', path: where, message: `barcode option "${key}" must be a ${want === 'string' ? 'short word (letters, digits, _ . : + -)' : want}` });
    } else if (key === 'ratio' && ((value as number) < 2 || (value as number) > 3)) {
      issues.push({ code: 'INKLESS_BARCODE_OPTION', path: where, message: 'barcode option "ratio" (wide:narrow) must be from 2 to 3' });
    } else {
      clean[key] = value as BwipOptionValue;
    }
  }
  return { options: clean, issues };
}
