import type { Issue, LabelDocument } from '@inkless/label';
import { languageStore, translate, type Language } from '../i18n/i18n';
import { issuesInWords } from '../studio/issue-text';

/**
 * The words shown next to a merged row that cannot print: the one place a row's problems become
 * text (the merge screen, the side panel and the print panel all read it), in plain words naming
 * the element, in the studio's language.
 */
export function describeRowProblems(issues: readonly Issue[], doc: LabelDocument, language: Language): string {
  return issuesInWords(issues, doc, language);
}

/** Why a merged file could not be made: the row as the spreadsheet counts it (when a row was at fault) and its problems in words. */
export function describeRefusedDownload(refused: { readonly issues: readonly Issue[]; readonly rowNumber?: number }, doc: LabelDocument, language: Language = languageStore.getState()): string {
  const words = describeRowProblems(refused.issues, doc, language);
  return refused.rowNumber === undefined ? words : translate(language, 'merge.rowProblem', { row: refused.rowNumber, message: words });
}
