/** GS1 mod-10 check digit of a digit string (EAN, UPC, ITF-14, GTIN, SSCC, GLN): weights 3,1,3,... from the right. */
export function computeGs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, w = 3; i >= 0; i--, w = 4 - w) sum += (digits.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the GS1 check digit of the others. */
export function hasValidGs1CheckDigit(digits: string): boolean {
  return computeGs1CheckDigit(digits.slice(0, -1)) === digits.charCodeAt(digits.length - 1) - 48;
}

/** Code 39 character set in value order: the mod-43 check character is CODE39_CHARS[sum % 43]. */
export const CODE39_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%';

/** Code 39 optional mod-43 check character. */
export function computeCode39Check(data: string): string {
  let sum = 0;
  for (const ch of data) sum += CODE39_CHARS.indexOf(ch);
  return CODE39_CHARS[sum % 43]!;
}
