import { describe, expect, it } from 'vitest';
import { readPrimaryLanguage } from './client-language';

describe('readPrimaryLanguage', () => {
  it('keeps only the primary subtag of the most preferred language', () => {
    expect(readPrimaryLanguage('de-CH,de;q=0.9,en;q=0.8')).toBe('de');
    expect(readPrimaryLanguage('en;q=0.5, fr-CA;q=0.7, pt-BR;q=0.6')).toBe('fr');
    expect(readPrimaryLanguage('ZH-hant-TW')).toBe('zh');
  });

  it('answers nothing for no header, wildcards, refused languages and oversized headers', () => {
    expect(readPrimaryLanguage(undefined)).toBe('');
    expect(readPrimaryLanguage('*')).toBe('');
    expect(readPrimaryLanguage('en;q=0')).toBe('');
    expect(readPrimaryLanguage(`en,${'x-private,'.repeat(100)}`)).toBe('');
  });
});
