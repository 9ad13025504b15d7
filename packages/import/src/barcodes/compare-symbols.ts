import { InklessError } from '@inkless/label';
import type { FoundSymbol } from './found-symbol';

/** Every symbol on the source, and whether each still reads the same on the label as printed. */
export interface BarcodeCheck {
  readonly before: readonly FoundSymbol[];
  readonly after: readonly FoundSymbol[];
  /** Read on the source, not on the label. */
  readonly lost: readonly FoundSymbol[];
  /** Read on both, with other content on the label. */
  readonly changed: readonly { before: FoundSymbol; after: FoundSymbol }[];
  readonly ok: boolean;
}

/**
 * Pairs the symbols read before (source) and after (label): same format and text first; then a
 * leftover of the same format counts as changed; the rest are lost. Extra symbols after are ignored.
 */
export function compareSymbols(before: readonly FoundSymbol[], after: readonly FoundSymbol[]): BarcodeCheck {
  const unused = [...after];
  const take = (match: (s: FoundSymbol) => boolean): FoundSymbol | undefined => {
    const i = unused.findIndex(match);
    return i < 0 ? undefined : unused.splice(i, 1)[0];
  };
  const pending = before.filter((b) => !take((a) => a.format === b.format && a.text === b.text));
  const changed: { before: FoundSymbol; after: FoundSymbol }[] = [];
  const lost: FoundSymbol[] = [];
  for (const b of pending) {
    const a = take((s) => s.format === b.format);
    if (a) changed.push({ before: b, after: a });
    else lost.push(b);
  }
  return { before, after, lost, changed, ok: lost.length === 0 && changed.length === 0 };
}

function shorten(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text);
}

/** Where a symbol sits on the page, in mm from the top-left (one decimal). */
function where(symbol: FoundSymbol, sourceDpi: number): string {
  const mm = (px: number): string => (px * 25.4 / sourceDpi).toFixed(1);
  return `${mm(symbol.box.x)} mm from the left, ${mm(symbol.box.y)} mm from the top`;
}

/**
 * The error a host throws when a check fails (unless --force): what symbol, where on the page (mm from the top-left, page number).
 *
 * @example
 * if (!check.ok && !force) throw barcodeCheckError(check, { pageNumber: 1, sourceDpi: 406 });
 */
export function barcodeCheckError(check: BarcodeCheck, at: { pageNumber: number; sourceDpi: number }): InklessError {
  const path = `page ${at.pageNumber}`;
  const issues = [
    ...check.lost.map((s) => ({
      code: 'INKLESS_IMPORT_BARCODE_LOST',
      path,
      message: `the ${s.format} barcode ${shorten(s.text)} at ${where(s, at.sourceDpi)} no longer scans on the label as printed; try --fit actual or a printer with more dots, or --force to print anyway`,
    })),
    ...check.changed.map(({ before, after }) => ({
      code: 'INKLESS_IMPORT_BARCODE_CHANGED',
      path,
      message: `the ${before.format} barcode ${shorten(before.text)} at ${where(before, at.sourceDpi)} scans as ${shorten(after.text)} on the label as printed; use --force to print anyway`,
    })),
  ];
  if (issues.length === 0) throw new RangeError('barcodeCheckError needs a failed check');
  return InklessError.fromIssues(issues);
}
