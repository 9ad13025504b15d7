import { describe, expect, it } from 'vitest';
import { en } from './en';
import { detectLanguage, formatMessage, translate } from './i18n';
import { zhCN } from './zh-CN';

describe('studio strings', () => {
  it('picks Simplified Chinese for any zh browser language and English otherwise', () => {
    expect(detectLanguage(['zh-CN'])).toBe('zh-CN');
    expect(detectLanguage(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLanguage(['de'])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones (and {{field}} syntax) as written', () => {
    expect(formatMessage('Zoom {percent}%', { percent: 55 })).toBe('Zoom 55%');
    expect(formatMessage('Date format for {{{name}}}', { name: 'date' })).toBe('Date format for {{date}}');
    expect(formatMessage('Use {{name}} for a field')).toBe('Use {{name}} for a field');
  });

  it('translates every English string into Chinese, keeping its placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhCN[key], key).not.toBe('');
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
    expect(translate('zh-CN', 'tool.text')).toBe('文本');
  });
});
