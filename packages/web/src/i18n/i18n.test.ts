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
    // The names a message uses, as values or as plural selectors (`{count, plural, ...}`).
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)[},]/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhCN[key], key).not.toBe('');
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
    expect(translate('zh-CN', 'tool.text')).toBe('文本');
  });

  it('says "Print 1 label" and "Print 2 labels" (Chinese has one form), and counts problems without "(s)"', () => {
    expect(translate('en', 'print.start', { count: 1 })).toBe('Print 1 label');
    expect(translate('en', 'print.start', { count: 2 })).toBe('Print 2 labels');
    expect(translate('zh-CN', 'print.start', { count: 1 })).toBe('打印 1 张标签');
    expect(translate('zh-CN', 'print.start', { count: 2 })).toBe('打印 2 张标签');
    expect(translate('en', 'status.issues', { count: 1 })).toBe('1 problem');
    expect(translate('en', 'status.warnings', { count: 3 })).toBe('3 warnings');
    expect(translate('en', 'gallery.rating', { average: 4, count: 1 })).toBe('Rated 4 of 5 (1 rating)');
    expect(translate('en', 'gallery.forks', { count: 1 })).toBe('1 fork');
    expect(translate('en', 'gallery.count', { count: 2 })).toBe('2 shared templates');
  });

  it('counts merge rows as "1 row" and "2 rows" (the merge panel\'s summary, position and file line)', () => {
    expect(translate('en', 'merge.problems', { count: 1 })).toBe('1 row with problems');
    expect(translate('en', 'merge.problems', { count: 3 })).toBe('3 rows with problems');
    expect(translate('en', 'merge.rowOf', { row: 1, count: 1 })).toBe('Row 1 (1 row)');
    expect(translate('en', 'merge.rowOf', { row: 2, count: 5 })).toBe('Row 2 (5 rows)');
    expect(translate('en', 'merge.loaded', { name: 'a.csv', rows: 1 })).toBe('a.csv: 1 row');
    expect(translate('en', 'merge.loaded', { name: 'a.csv', rows: 0 })).toBe('a.csv: 0 rows');
    expect(translate('zh-CN', 'merge.rowOf', { row: 1, count: 1 })).toBe('第 1 行（共 1 行）');
  });

  it('counts print progress and blocked rows as "1 label" and "2 labels", "row" and "rows"', () => {
    expect(translate('en', 'print.state.done', { sent: 1, total: 1 })).toBe('Printed 1 of 1 label');
    expect(translate('en', 'print.state.sending', { sent: 1, total: 2 })).toBe('Sending: 1 of 2 labels');
    expect(translate('en', 'print.state.canceled', { sent: 0, total: 1 })).toBe('Canceled after 0 of 1 label');
    expect(translate('en', 'print.state.failed', { sent: 3, total: 7 })).toBe('Stopped after 3 of 7 labels');
    expect(translate('en', 'print.blocked', { rows: '4', count: 1 })).toBe('Fix or untick row 4 before printing.');
    expect(translate('en', 'print.blocked', { rows: '4, 9', count: 2 })).toBe('Fix or untick rows 4, 9 before printing.');
  });

  it('says how long a paused sign-in waits with the right plural ("Try again in 1 minute", "in 4 minutes")', () => {
    const wait = (language: 'en' | 'zh-CN', unit: 'seconds' | 'minutes' | 'hours', count: number) =>
      translate(language, 'signIn.tryAgainIn', { wait: translate(language, `wait.${unit}`, { count }) });
    expect(wait('en', 'minutes', 1)).toBe('Try again in 1 minute, or sign in with a link we email you.');
    expect(wait('en', 'minutes', 4)).toBe('Try again in 4 minutes, or sign in with a link we email you.');
    expect(wait('en', 'seconds', 1)).toBe('Try again in 1 second, or sign in with a link we email you.');
    expect(wait('en', 'hours', 24)).toBe('Try again in 24 hours, or sign in with a link we email you.');
    expect(wait('zh-CN', 'minutes', 4)).toBe('请在 4 分钟后重试，或通过我们发送到邮箱的链接登录。');
  });
});
