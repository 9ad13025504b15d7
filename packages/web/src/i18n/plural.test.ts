import { describe, expect, it } from 'vitest';
import { selectPlurals } from './plural';

const PRINT = '{count, plural, one {Print {count} label} other {Print {count} labels}}';

describe('plural forms', () => {
  it('picks one or other by the English rules, with # as the number', () => {
    expect(selectPlurals(PRINT, { count: 1 }, 'en')).toBe('Print {count} label');
    expect(selectPlurals(PRINT, { count: 2 }, 'en')).toBe('Print {count} labels');
    expect(selectPlurals(PRINT, { count: 0 }, 'en')).toBe('Print {count} labels');
    expect(selectPlurals('{n, plural, one {# fork} other {# forks}} so far', { n: 1 }, 'en')).toBe('1 fork so far');
  });

  it('prefers an exact =N branch and falls back to other for categories a message lacks', () => {
    const text = '{count, plural, =0 {no labels} one {one label} other {{count} labels}}';
    expect(selectPlurals(text, { count: 0 }, 'en')).toBe('no labels');
    expect(selectPlurals('{count, plural, other {{count} 个}}', { count: 1 }, 'zh-CN')).toBe('{count} 个');
  });

  it('keeps the text around the block, and leaves blocks without their number or malformed as written', () => {
    expect(selectPlurals(`Now: ${PRINT}.`, { count: 3 }, 'en')).toBe('Now: Print {count} labels.');
    expect(selectPlurals(PRINT, {}, 'en')).toBe(PRINT);
    expect(selectPlurals('{count, plural, one {broken', { count: 1 }, 'en')).toBe('{count, plural, one {broken');
    expect(selectPlurals('Use {{name}} here', { name: 1 }, 'en')).toBe('Use {{name}} here');
  });
});
