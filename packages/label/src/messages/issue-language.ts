/** The languages plain issue texts exist in. Every catalogue has an entry per code in each. */
export const issueLanguages = ['en', 'zh-CN'] as const;
export type IssueLanguage = (typeof issueLanguages)[number];

/**
 * Picks the issue language for a locale or language tag as hosts receive it: `zh_CN.UTF-8` (LANG),
 * `zh-CN,zh;q=0.9,en;q=0.8` (Accept-Language, first entry wins), `en-GB`. Any Chinese tag gives
 * Simplified Chinese; everything else, and nothing, gives English.
 * @example pickIssueLanguage(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG)
 */
export function pickIssueLanguage(tag: string | undefined): IssueLanguage {
  const first = (tag ?? '').split(',')[0]!.trim().toLowerCase();
  return first.startsWith('zh') ? 'zh-CN' : 'en';
}
