import type { CellValue } from 'exceljs';

/** What a cell holds once turned into label text, or why it cannot be. */
export type CellText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30); // serial 0 in the 1900 date system

/**
 * Turns an exceljs cell value into the text a label prints: numbers to 15 significant digits (as
 * Excel shows them, so 0.1+0.2 is `0.3`), dates as ISO `yyyy-mm-dd` (plus `Thh:mm:ss` when they have
 * a time), rich text joined, formulas as their cached result, true/false as words.
 */
export function convertCell(value: CellValue | undefined, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return { ok: true, text: '' };
  if (typeof value === 'string') return { ok: true, text: value };
  if (typeof value === 'number') return { ok: true, text: isDateFormat(numFmt) ? formatDate(serialToDate(value)) : formatNumber(value) };
  if (typeof value === 'boolean') return { ok: true, text: value ? 'true' : 'false' };
  if (value instanceof Date) return { ok: true, text: formatDate(value) };
  if ('error' in value) return { ok: false, problem: `holds the Excel error ${String(value.error)}; fix the formula or the value` };
  if ('richText' in value) return { ok: true, text: value.richText.map((run) => run.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined) return { ok: false, problem: 'holds a formula without a saved result; open and save the file in Excel' };
    if (typeof result === 'object' && result !== null && 'error' in result) return { ok: false, problem: `holds the Excel error ${String((result as { error: unknown }).error)}; fix the formula` };
    return convertCell(result as CellValue, numFmt);
  }
  if ('text' in value) return convertCell((value as { text: CellValue }).text, numFmt);
  return { ok: false, problem: 'holds a value the reader does not understand; type it as plain text' };
}

/** 15 significant digits, trailing zeros dropped: what Excel shows in a General cell. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** ISO date, with the time only when it is not midnight (to the nearest second). */
export function formatDate(date: Date): string {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH_MS + serial * DAY_MS);
}

/** True for number formats that show a date or time (d, m, y, h, s outside quotes and [colour] tags). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (numFmt === undefined || numFmt === '' || numFmt === 'General') return false;
  const bare = numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}
