import { InklessError } from '../errors/inkless-error';
import type { SerialVariable } from './variable-defs';

/**
 * The number a serial counter prints on one label: `start + step x index`, where the index counts
 * labels (per "label") or printed pieces (per "copy") from 0. Exact for any size: the arithmetic is
 * in BigInt, so a counter started at 9007199254740993 prints 9007199254740993, 9007199254740994...
 * (JavaScript numbers would round both to 9007199254740992).
 */
export function serialValue(def: SerialVariable, labelIndex: number, printIndex: number): bigint {
  const index = def.per === 'copy' ? printIndex : labelIndex;
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new InklessError('INKLESS_VAR_UNKNOWN', `a label index must be a whole number from 0 (got ${index}); this is a bug in the program printing the label`);
  }
  return BigInt(def.start) + BigInt(def.step) * BigInt(index);
}

/**
 * Formats a serial counter for one label. The rule (decision 011):
 * - the digits are the value in decimal, left-padded with zeros to `padTo` digits;
 * - a value with more digits than `padTo` is an error (INKLESS_VAR_SERIAL_OVERFLOW; `overflow`
 *   absent or "error"), unless `overflow` is "widen" (print all digits) or "wrap" (keep the last `padTo` digits: an odometer);
 * - a value below 0 is an error (INKLESS_VAR_SERIAL_NEGATIVE), unless `overflow` is "wrap", which
 *   counts down past 0 like an odometer (000 - 1 = 999);
 * - then prefix + digits + suffix.
 * `name` names the variable in the error; the label number is the 1-based index the counter uses.
 *
 * @example
 * formatSerial({ ...def, start: 998, padTo: 3, overflow: 'wrap' }, 2, 2, 'box') // '000'
 */
export function formatSerial(def: SerialVariable, labelIndex: number, printIndex: number, name = 'serial'): string {
  const value = serialValue(def, labelIndex, printIndex);
  const modulus = 10n ** BigInt(def.padTo);
  const where = () => (def.per === 'copy' ? `printed label ${printIndex + 1}` : `label ${labelIndex + 1}`);
  let shown = value;
  if (def.overflow === 'wrap' && def.padTo > 0) {
    shown = ((value % modulus) + modulus) % modulus;
  } else if (value < 0n) {
    throw new InklessError('INKLESS_VAR_SERIAL_NEGATIVE', `serial "${name}" goes below 0 on ${where()} (to ${value}); a serial number is never negative: change its start or step, or set overflow to "wrap" with padTo to count down like an odometer`);
  } else if (def.padTo > 0 && value >= modulus && def.overflow !== 'widen') {
    throw new InklessError('INKLESS_VAR_SERIAL_OVERFLOW', `serial "${name}" reaches ${value} on ${where()}, more than its ${def.padTo} digits (padTo); raise padTo, or set overflow to "widen" (print every digit) or "wrap" (keep the last ${def.padTo})`);
  }
  return `${def.prefix}${shown.toString().padStart(def.padTo, '0')}${def.suffix}`;
}
