import { describeIssue, type DescribedIssue, type Issue, type IssueCatalogue, type LabelDocument } from '@inkless/label';
import { languages, languageStore, type Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';

/** Codes the studio shows that come from other packages than the engine, and their texts. */
const studioCodes: Readonly<Record<string, MessageKey>> = {
  INKLESS_PRINTER_DPI_MISMATCH: 'issue.printerDpi',
  INKLESS_PRINTER_TOO_WIDE: 'issue.printerTooBig',
  INKLESS_PRINTER_UNSUPPORTED: 'issue.printerMedia',
};

function catalogueFor(language: Language): IssueCatalogue {
  return Object.fromEntries(Object.entries(studioCodes).map(([code, key]) => [code, languages[language].messages[key]]));
}

const studioCatalogues = { en: catalogueFor('en'), 'zh-CN': catalogueFor('zh-CN') } as const;

/**
 * An issue as the studio shows it: plain words in the studio's language naming the element, and a
 * details line (code, path, the engine's message). The merge screen's row problems use it too.
 * @example issueText(report.warnings[0], editor.store.getState().doc, languageStore.getState()).text
 */
export function issueText(issue: Issue, doc: LabelDocument | undefined, language: Language): DescribedIssue {
  return describeIssue(issue, doc, language, studioCatalogues);
}

/** Several issues as one message in plain words, each a sentence (the studio's current language unless told), for a notice or a field error. */
export function issuesInWords(issues: readonly Issue[], doc: LabelDocument | undefined, language: Language = languageStore.getState()): string {
  const stop = language === 'zh-CN' ? '。' : '.';
  return issues
    .map((issue) => issueText(issue, doc, language).text)
    .map((text) => (/[.。!?！？]$/.test(text) ? text : `${text}${stop}`))
    .join(language === 'zh-CN' ? '' : ' ');
}
