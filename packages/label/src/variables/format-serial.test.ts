import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InklessError } from '../errors/inkless-error';
import { formatSerial } from './format-serial';
import { serialVariableSchema, type SerialVariable } from './variable-defs';

const serial = (over: object): SerialVariable => serialVariableSchema.parse({ kind: 'serial', ...over });

/** The error formatSerial throws, as code + message, or the text it prints. */
function outcome(def: SerialVariable, labelIndex: number, printIndex = labelIndex): string {
  try {
    return formatSerial(def, labelIndex, printIndex, 'box');
  } catch (e) {
    if (e instanceof InklessError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

describe('serial counters', () => {
  it('counts per label with padding, prefix and step', () => {
    const s = serial({ start: 98, step: 2, padTo: 5, prefix: 'A-' });
    expect([0, 1, 2].map((i) => formatSerial(s, i, 0))).toEqual(['A-00098', 'A-00100', 'A-00102']);
  });

  it('per copy follows the print index, per label ignores it', () => {
    expect(formatSerial(serial({ per: 'copy' }), 0, 5)).toBe('6');
    expect(formatSerial(serial({ per: 'label' }), 0, 5)).toBe('1');
  });

  it('counts exactly past 2^53, from a number start or a string of digits', () => {
    const fromSafe = serial({ start: Number.MAX_SAFE_INTEGER, step: 1 });
    expect([0, 1, 2, 3].map((i) => formatSerial(fromSafe, i, i))).toEqual(['9007199254740991', '9007199254740992', '9007199254740993', '9007199254740994']);
    const fromString = serial({ start: '9007199254740993', step: 1 });
    expect([0, 1].map((i) => formatSerial(fromString, i, i))).toEqual(['9007199254740993', '9007199254740994']);
    const huge = serial({ start: '999999999999999999999999999999', step: 1_000_000 });
    expect(formatSerial(huge, Number.MAX_SAFE_INTEGER, 0)).toBe('1000000009007199254740990999999');
    expect(formatSerial(huge, 1, 0)).toBe('1000000000000000000000000999999');
  });

  it('refuses a number past its padTo digits, naming the variable and the label', () => {
    const s = serial({ start: 998, padTo: 3 });
    expect(outcome(s, 1)).toBe('999');
    expect(outcome(s, 2)).toBe('INKLESS_VAR_SERIAL_OVERFLOW: serial "box" reaches 1000 on label 3, more than its 3 digits (padTo); raise padTo, or set overflow to "widen" (print every digit) or "wrap" (keep the last 3)');
    expect(outcome(serial({ start: 1000, padTo: 3, per: 'copy' }), 0, 4)).toMatch(/^INKLESS_VAR_SERIAL_OVERFLOW: serial "box" reaches 1004 on printed label 5,/);
  });

  it('widens or wraps past padTo when asked', () => {
    expect(outcome(serial({ start: 998, padTo: 3, overflow: 'widen' }), 2)).toBe('1000');
    expect([1, 2, 3].map((i) => outcome(serial({ start: 998, padTo: 3, overflow: 'wrap' }), i))).toEqual(['999', '000', '001']);
  });

  it('refuses to go below 0 unless it wraps like an odometer', () => {
    expect(outcome(serial({ start: 1, step: -3, padTo: 3 }), 1)).toBe('INKLESS_VAR_SERIAL_NEGATIVE: serial "box" goes below 0 on label 2 (to -2); a serial number is never negative: change its start or step, or set overflow to "wrap" with padTo to count down like an odometer');
    expect(outcome(serial({ start: 1, step: -1, overflow: 'widen' }), 2)).toMatch(/^INKLESS_VAR_SERIAL_NEGATIVE: serial "box" goes below 0 on label 3 \(to -1\)/);
    expect([0, 1, 2].map((i) => outcome(serial({ start: 1, step: -1, padTo: 3, overflow: 'wrap' }), i))).toEqual(['001', '000', '999']);
  });

  it('validates start, padTo and overflow', () => {
    const issues = (over: object) => serialVariableSchema.safeParse({ kind: 'serial', ...over }).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ start: '12a' })[0]).toMatch(/^start must be a whole number from 0 to 9007199254740991, or a string of up to 30 digits/);
    expect(issues({ start: '1'.repeat(31) })).toHaveLength(1);
    expect(issues({ start: Number.MAX_SAFE_INTEGER + 2 })).toHaveLength(1);
    expect(issues({ start: -1 })).toHaveLength(1);
    expect(issues({ overflow: 'wrap' })).toEqual(['overflow "wrap" keeps the last padTo digits, so it needs padTo of 1 or more']);
    expect(issues({ overflow: 'clip' })).toHaveLength(1);
  });

  it('follows the rule exactly for any settings (property, against BigInt arithmetic)', () => {
    const settings = fc.record({
      start: fc.oneof(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.bigInt({ min: 0n, max: 10n ** 30n - 1n }).map(String)),
      step: fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((n) => n !== 0),
      padTo: fc.integer({ min: 0, max: 30 }),
      overflow: fc.constantFrom(undefined, 'error', 'widen', 'wrap'),
      per: fc.constantFrom('label', 'copy'),
      prefix: fc.string({ maxLength: 3 }),
      suffix: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(settings, fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.nat({ max: Number.MAX_SAFE_INTEGER }), (raw, labelIndex, printIndex) => {
        const parsed = serialVariableSchema.safeParse({ kind: 'serial', ...raw });
        if (!parsed.success) {
          expect(raw.overflow === 'wrap' && raw.padTo === 0).toBe(true);
          return;
        }
        const def = parsed.data;
        const value = BigInt(raw.start) + BigInt(raw.step) * BigInt(raw.per === 'copy' ? printIndex : labelIndex);
        const limit = 10n ** BigInt(raw.padTo);
        const got = outcome(def, labelIndex, printIndex);
        if (raw.overflow === 'wrap') {
          const digits = (((value % limit) + limit) % limit).toString().padStart(raw.padTo, '0');
          expect(got).toBe(`${raw.prefix}${digits}${raw.suffix}`);
        } else if (value < 0n) {
          expect(got).toMatch(/^INKLESS_VAR_SERIAL_NEGATIVE: serial "box" goes below 0 on (printed )?label \d+ \(to -\d+\)/);
        } else if (raw.padTo > 0 && value >= limit && raw.overflow !== 'widen') {
          expect(got).toContain(`INKLESS_VAR_SERIAL_OVERFLOW: serial "box" reaches ${value} on`);
        } else {
          expect(got).toBe(`${raw.prefix}${value.toString().padStart(raw.padTo, '0')}${raw.suffix}`);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never crashes on any settings a document may hold (property): each is refused by validation or prints or gives a coded error', () => {
    const field = fc.oneof(fc.anything({ maxDepth: 1 }), fc.integer(), fc.double(), fc.string({ maxLength: 40 }), fc.constantFrom('error', 'widen', 'wrap', 'label', 'copy', '99999999999999999999'));
    fc.assert(
      fc.property(fc.record({ start: field, step: field, padTo: field, overflow: field, per: field }, { requiredKeys: [] }), fc.nat(), (raw, index) => {
        const parsed = serialVariableSchema.safeParse({ kind: 'serial', ...raw });
        if (parsed.success) expect(outcome(parsed.data, index)).toMatch(/^(\d+|INKLESS_VAR_SERIAL_(OVERFLOW|NEGATIVE): .+)$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a label index that is not a whole number from 0 with an error, not a crash', () => {
    for (const index of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(outcome(serial({}), index)).toMatch(/^INKLESS_VAR_UNKNOWN: a label index must be a whole number from 0/);
    }
  });
});
