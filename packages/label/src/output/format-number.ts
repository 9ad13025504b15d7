/**
 * Writes a number for SVG and PDF text the same way in every runtime: fixed decimals, no exponent,
 * no trailing zeros, no "-0". toFixed is locale-independent, unlike toLocaleString.
 */
export function formatNumber(value: number, decimals = 4): string {
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}
