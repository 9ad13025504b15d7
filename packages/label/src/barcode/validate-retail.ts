import { computeGs1CheckDigit } from './check-digit';

/** A data problem found before encoding; the caller adds the path. */
export interface DataProblem {
  readonly code: string;
  readonly message: string;
}

export type Checked = { readonly ok: true; readonly digits: string } | { readonly ok: false; readonly problem: DataProblem };

/**
 * Checks an all-digit GS1 key (EAN-13, EAN-8, UPC-A, ITF-14): `bodyLength` digits, plus the check
 * digit either given (and verified) or computed. Returns the full digit string with check digit.
 */
export function checkDigitKey(label: string, data: string, bodyLength: number): Checked {
  if (!/^\d*$/.test(data)) {
    return { ok: false, problem: { code: 'INKLESS_BARCODE_CHARSET', message: `${label} allows only digits 0-9` } };
  }
  if (data.length !== bodyLength && data.length !== bodyLength + 1) {
    return { ok: false, problem: { code: 'INKLESS_BARCODE_LENGTH', message: `${label} needs ${bodyLength} or ${bodyLength + 1} digits, got ${data.length}` } };
  }
  const expected = computeGs1CheckDigit(data.slice(0, bodyLength));
  if (data.length === bodyLength + 1 && data.charCodeAt(bodyLength) - 48 !== expected) {
    return {
      ok: false,
      problem: { code: 'INKLESS_BARCODE_CHECK_DIGIT', message: `${label} check digit is ${data[bodyLength]}, expected ${expected} (or give ${bodyLength} digits and Inkless adds it)` },
    };
  }
  return { ok: true, digits: data.slice(0, bodyLength) + expected };
}

/** UPC-E (number system + 6 digits) expanded to the UPC-A body it stands for; its check digit is UPC-E's. */
export function expandUpceToUpca(body7: string): string {
  const ns = body7[0]!;
  const d = body7.slice(1, 7);
  const last = d[5]!;
  let mid: string;
  if (last <= '2') mid = `${d[0]}${d[1]}${last}0000${d[2]}${d[3]}${d[4]}`;
  else if (last === '3') mid = `${d[0]}${d[1]}${d[2]}00000${d[3]}${d[4]}`;
  else if (last === '4') mid = `${d[0]}${d[1]}${d[2]}${d[3]}00000${d[4]}`;
  else mid = `${d.slice(0, 5)}0000${last}`;
  return ns + mid;
}

/** UPC-E: 7 digits (number system 0 or 1 + 6) or 8 with the check digit. */
export function checkUpce(data: string): Checked {
  if (!/^\d*$/.test(data)) return { ok: false, problem: { code: 'INKLESS_BARCODE_CHARSET', message: 'UPC-E allows only digits 0-9' } };
  if (data.length !== 7 && data.length !== 8) {
    return { ok: false, problem: { code: 'INKLESS_BARCODE_LENGTH', message: `UPC-E needs 7 or 8 digits (number system 0 or 1, six digits, optional check digit), got ${data.length}` } };
  }
  if (data[0] !== '0' && data[0] !== '1') {
    return { ok: false, problem: { code: 'INKLESS_BARCODE_CHARSET', message: `UPC-E must start with number system 0 or 1, got ${data[0]}` } };
  }
  const expected = computeGs1CheckDigit(expandUpceToUpca(data.slice(0, 7)));
  if (data.length === 8 && data.charCodeAt(7) - 48 !== expected) {
    return { ok: false, problem: { code: 'INKLESS_BARCODE_CHECK_DIGIT', message: `UPC-E check digit is ${data[7]}, expected ${expected} (or give 7 digits and Inkless adds it)` } };
  }
  return { ok: true, digits: data.slice(0, 7) + expected };
}
