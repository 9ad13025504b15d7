import { findSymbology } from '../barcode/symbologies';
import type { LabelDocument, LabelElement } from '../document/label-document';
import type { IssueLanguage } from './issue-language';

/** Texts and data longer than this are cut with an ellipsis, so a sentence stays one sentence. */
const MAX_QUOTED_CHARS = 30;

/** Where an issue points, in words: the thing it is about and the data row, if any. */
export interface IssueSubject {
  /** `the text 'Best price'`, `文本"Best price"`; lower case, to sit inside a sentence. */
  readonly subject: string;
  /** 1-based data row from a `row 12: ` path prefix. */
  readonly row: number | undefined;
}

const kindWords: Readonly<Record<IssueLanguage, Readonly<Record<string, string>>>> = {
  en: { text: 'the text', barcode: 'the barcode', image: 'the image', rect: 'the rectangle', ellipse: 'the ellipse', line: 'the line', table: 'the table', element: 'an element' },
  'zh-CN': { text: '文本', barcode: '条码', image: '图片', rect: '矩形', ellipse: '椭圆', line: '线条', table: '表格', element: '某个元素' },
};

const otherWords: Readonly<Record<IssueLanguage, { label: string; document: string; variable: string }>> = {
  en: { label: 'the label', document: 'the label file', variable: 'the variable' },
  'zh-CN': { label: '标签', document: '标签文件', variable: '变量' },
};

const ROW_PREFIX = /^row (\d+): /;
const ELEMENT_PATH = /^elements\[(\d+)\]/;
const VARIABLE_PATH = /^variables\.([^.[]+)/;

/**
 * Names what an issue path points at, the way a person calls it: `elements[3]` becomes the element's
 * name if it has one, else its kind and its text or data ("the EAN-13 barcode '4006381333931'").
 * @example describeSubject('row 2: elements[0].text', doc, 'en') // { subject: "the text 'Best price'", row: 2 }
 */
export function describeSubject(path: string, doc: LabelDocument | undefined, language: IssueLanguage): IssueSubject {
  const rowMatch = ROW_PREFIX.exec(path);
  const row = rowMatch ? Number(rowMatch[1]) : undefined;
  const rest = rowMatch ? path.slice(rowMatch[0].length) : path;
  return { subject: describePlace(rest, doc, language), row };
}

function describePlace(path: string, doc: LabelDocument | undefined, language: IssueLanguage): string {
  const element = ELEMENT_PATH.exec(path);
  if (element) return describeElement(doc?.elements[Number(element[1])], language);
  const variable = VARIABLE_PATH.exec(path);
  if (variable) return `${otherWords[language].variable}${language === 'en' ? ' ' : ''}${quote(variable[1]!, language)}`;
  if (path.startsWith('label')) return otherWords[language].label;
  return otherWords[language].document;
}

function describeElement(element: LabelElement | undefined, language: IssueLanguage): string {
  const words = kindWords[language];
  if (!element) return words.element!;
  const kind = kindOf(element, language);
  const shown = element.name ?? contentOf(element);
  return shown ? `${kind}${language === 'en' ? ' ' : ''}${quote(shown, language)}` : kind;
}

/** `the EAN-13 barcode` for a barcode, else the kind's word (an unknown kind reads as "an element"). */
function kindOf(element: LabelElement, language: IssueLanguage): string {
  const words = kindWords[language];
  if (element.type === 'barcode' && typeof element.symbology === 'string') {
    const info = findSymbology(element.symbology, new Set());
    if (info && info.dimension === 2) return language === 'en' ? `the ${info.label}` : info.label;
    if (info) return language === 'en' ? `the ${info.label} barcode` : `${info.label} 条码`;
  }
  return words[element.type] ?? words.element!;
}

function contentOf(element: LabelElement): string | undefined {
  const value = element.type === 'text' ? element.text : element.type === 'barcode' ? element.data : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function quote(value: string, language: IssueLanguage): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const short = oneLine.length > MAX_QUOTED_CHARS ? `${oneLine.slice(0, MAX_QUOTED_CHARS - 1)}…` : oneLine;
  return language === 'en' ? `'${short}'` : `“${short}”`;
}
