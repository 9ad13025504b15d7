/** Longest Accept-Language header read: anything longer is not a browser's. */
const MAX_HEADER_LENGTH = 500;

/**
 * The primary language subtag of the most preferred entry of an Accept-Language header
 * (`de-CH,de;q=0.9,en;q=0.8` -> `de`), or '' when there is none. Only the language is kept, not
 * the region or the full list: the list is distinctive enough to help single a browser out.
 */
export function readPrimaryLanguage(header: string | undefined): string {
  if (!header || header.length > MAX_HEADER_LENGTH) return '';
  let best = '';
  let bestQ = 0;
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().split(';');
    const q = readQuality(params);
    const language = /^([A-Za-z]{2,3})(?:-|$)/.exec(range.trim())?.[1];
    if (language && q > bestQ) {
      best = language.toLowerCase();
      bestQ = q;
    }
  }
  return best;
}

function readQuality(params: readonly string[]): number {
  for (const p of params) {
    const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(p);
    if (m) return Number(m[1]);
  }
  return 1;
}
