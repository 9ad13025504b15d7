import { describe, expect, it } from 'vitest';
import { applyDateOffset, formatDateVariable } from './format-date';
import { resolveVariable } from './resolve-variable';
import { fillTemplate, parseTemplate } from './template';
import { dateVariableSchema } from './variable-defs';

const NOW = Date.UTC(2026, 0, 31, 22, 30, 0); // 31 Jan 2026 22:30 UTC

describe('templates', () => {
  it('splits text and fields, allowing spaces in names', () => {
    const r = parseTemplate('Ship to {{ first name }} ({{id}}) {{id}}');
    expect(r.ok && r.template.names).toEqual(['first name', 'id']);
    if (!r.ok) return;
    expect(fillTemplate(r.template, (n) => ({ 'first name': 'Ada', id: '7' })[n])).toEqual({ text: 'Ship to Ada (7) 7', missing: [] });
    expect(fillTemplate(r.template, () => undefined).missing).toEqual(['first name', 'id', 'id']);
  });

  it('reports unclosed and empty placeholders with their position', () => {
    expect(parseTemplate('abc {{name')).toEqual({ ok: false, message: '"{{" at character 5 has no closing "}}"' });
    expect(parseTemplate('{{ }}').ok).toBe(false);
  });
});

describe('dates', () => {
  const date = (over: object) => dateVariableSchema.parse({ kind: 'date', ...over });

  it('formats with tokens and literal brackets', () => {
    expect(formatDateVariable(date({ format: 'YYYY-MM-DD HH:mm:ss' }), NOW, 0)).toBe('2026-01-31 22:30:00');
    expect(formatDateVariable(date({ format: 'D MMM YY [at] H' }), NOW, 0)).toBe('31 Jan 26 at 22');
    expect(formatDateVariable(date({ format: 'DD MMMM YYYY' }), NOW, 0)).toBe('31 January 2026');
  });

  it('uses the local time zone offset given, not the host one', () => {
    expect(formatDateVariable(date({ format: 'YYYY-MM-DD HH:mm' }), NOW, 120)).toBe('2026-02-01 00:30');
    expect(formatDateVariable(date({ format: 'YYYY-MM-DD HH:mm' }), NOW, -300)).toBe('2026-01-31 17:30');
  });

  it('adds days (best-before = today + 30 days)', () => {
    expect(formatDateVariable(date({ offset: { days: 30 } }), NOW, 0)).toBe('2026-03-02');
    expect(formatDateVariable(date({ offset: { days: -31 } }), NOW, 0)).toBe('2025-12-31');
  });

  it('adds months and clamps the day to the month end', () => {
    expect(applyDateOffset(NOW, 0, { years: 0, months: 1, days: 0, hours: 0, minutes: 0 })).toMatchObject({ year: 2026, month: 2, day: 28 });
    expect(applyDateOffset(Date.UTC(2028, 0, 31), 0, { years: 0, months: 1, days: 0, hours: 0, minutes: 0 })).toMatchObject({ month: 2, day: 29 });
    expect(applyDateOffset(NOW, 0, { years: 1, months: -13, days: 0, hours: 0, minutes: 0 })).toMatchObject({ year: 2025, month: 12, day: 31 });
  });
});

describe('resolveVariable', () => {
  it('prefers document variables over columns and reads columns otherwise', () => {
    const defs = { lot: { kind: 'text' as const, value: 'L1' } };
    expect(resolveVariable('lot', defs, { row: { lot: 'column' } })).toBe('L1');
    expect(resolveVariable('sku', defs, { row: { sku: '42' } })).toBe('42');
    expect(resolveVariable('toString', defs, { row: {} })).toBeUndefined();
  });
});
