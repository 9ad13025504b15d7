import type { LabelDocument } from '../document/label-document';
import type { Issue } from '../errors/issue';
import { describeSubject } from './element-subject';
import type { IssueCatalogue, IssueText } from './issue-catalogue';
import type { IssueLanguage } from './issue-language';
import { issueTextsEn } from './issue-texts-en';
import { issueTextsZhCN } from './issue-texts-zh-CN';

/** An issue as a person reads it, and the technical line for those who want it. */
export interface DescribedIssue {
  /** Plain words naming the element and what to do: "The text 'Best price' does not fit its box: …". */
  readonly text: string;
  /** Code, path and the engine's own message: `INKLESS_RENDER_CLIPPED · elements[0].text · the text does not fit …`. */
  readonly details: string;
}

/** The engine's plain texts per language; hosts may add codes of their own (printer fit, server). */
export const issueCatalogues: Readonly<Record<IssueLanguage, IssueCatalogue>> = { en: issueTextsEn, 'zh-CN': issueTextsZhCN };

const fallback: Readonly<Record<IssueLanguage, string>> = {
  en: 'there is a problem with {{subject}}: {{message}}',
  'zh-CN': '{{subject}}有问题：{{message}}',
};

/**
 * Turns an engine issue into plain words in `language`, naming the element by its name or kind
 * (from the issue's path and the document) and saying what to do. `doc` may be undefined when the
 * document could not be read. Codes of other packages can be described through `extra`.
 * @example describeIssue(report.warnings[0], doc, 'zh-CN').text // "文本“Best price”超出了它的框：…"
 */
export function describeIssue(issue: Issue, doc: LabelDocument | undefined, language: IssueLanguage, extra?: Readonly<Record<IssueLanguage, IssueCatalogue>>): DescribedIssue {
  const { subject, row } = describeSubject(issue.path, doc, language);
  const entry = extra?.[language][issue.code] ?? issueCatalogues[language][issue.code];
  const sentence = fill(pickTemplate(entry, issue, language), { ...issue.params, subject, message: issue.message });
  const text = row === undefined ? capitalize(sentence) : language === 'en' ? `In row ${row}, ${sentence}` : `第 ${row} 行：${sentence}`;
  const details = [issue.code, issue.path, issue.message].filter((part) => part !== '').join(' · ');
  return { text, details };
}

function pickTemplate(entry: IssueText | undefined, issue: Issue, language: IssueLanguage): string {
  if (entry === undefined) return fallback[language];
  if (typeof entry === 'string') return entry;
  const needed = [...entry.text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).filter((name) => name !== 'subject');
  return needed.every((name) => issue.params?.[name] !== undefined) ? entry.text : entry.withoutParams;
}

/** Replaces `{{name}}` with its value; an unknown name stays as written (so `{{name}}` in advice survives). */
function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
