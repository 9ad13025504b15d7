/**
 * One plain-words text per issue code. `{{subject}}` is what the issue is about ("the text 'Best
 * price'"); other `{{name}}`s come from the issue's `params`. When a param is missing, `withoutParams`
 * is used instead, so a text never shows an empty gap.
 */
export type IssueText = string | { readonly text: string; readonly withoutParams: string };

export type IssueCatalogue = Readonly<Record<string, IssueText>>;
