import type { Issue, LabelDocument } from '@inkless/label';
import { checkLabelFitsProfile, type PrinterProfile } from '@inkless/printers';
import type { PreviewReport } from './studio-state';

/** Where a problem was found, so a panel can show the ones that belong to it. */
export type ProblemSource = 'render' | 'printer' | 'position';

/** One problem the studio shows: in the status bar and in the panel it belongs to. */
export interface StudioProblem {
  readonly issue: Issue;
  /** `problem`: something will not print right; `warning`: it prints, but maybe not as meant. */
  readonly severity: 'problem' | 'warning';
  readonly source: ProblemSource;
  /** The element the problem is about, so clicking it can select it; undefined for the label. */
  readonly elementId: string | undefined;
}

/** Overhang smaller than this (mm) is rounding, not an element outside the label. */
const EDGE_TOLERANCE_MM = 0.01;

/**
 * Every problem the studio knows about the label, in one list that the status bar counts and the
 * panels read: what the engine said when it drew the label, whether the label suits the printer
 * (dpi, size, media) and which elements lie partly or wholly outside the label.
 * @example collectProblems(doc, state.report, findProfile(state.printerProfileId)).length
 */
export function collectProblems(doc: LabelDocument, report: PreviewReport, printer: PrinterProfile | undefined): StudioProblem[] {
  const found: StudioProblem[] = [
    ...report.issues.map((issue) => problemOf(doc, issue, 'problem', 'render')),
    ...report.warnings.map((issue) => problemOf(doc, issue, 'warning', 'render')),
    ...(printer ? checkLabelFitsProfile(doc.label, printer).map((issue) => problemOf(doc, issue, 'problem', 'printer')) : []),
    ...findElementsOutside(doc).map((issue) => problemOf(doc, issue, issue.code === 'INKLESS_DOC_OUT_OF_LABEL' ? 'problem' : 'warning', 'position')),
  ];
  const seen = new Set<string>();
  return found.filter((p) => {
    const key = `${p.issue.code} ${p.issue.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An issue per element whose box runs past an edge of the label (its box never moves when rotated). */
export function findElementsOutside(doc: LabelDocument): Issue[] {
  const { widthMm, heightMm } = doc.label;
  return doc.elements.flatMap((el, i): Issue[] => {
    const right = el.xMm + el.widthMm;
    const bottom = el.yMm + el.heightMm;
    const wholly = right <= 0 || bottom <= 0 || el.xMm >= widthMm || el.yMm >= heightMm;
    const partly = el.xMm < -EDGE_TOLERANCE_MM || el.yMm < -EDGE_TOLERANCE_MM || right > widthMm + EDGE_TOLERANCE_MM || bottom > heightMm + EDGE_TOLERANCE_MM;
    const path = `elements[${i}]`;
    if (wholly) return [{ code: 'INKLESS_DOC_OUT_OF_LABEL', path, message: `the element's box (${el.xMm}, ${el.yMm}) ${el.widthMm} x ${el.heightMm} mm is outside the ${widthMm} x ${heightMm} mm label` }];
    if (partly) return [{ code: 'INKLESS_DOC_PARTLY_OUT_OF_LABEL', path, message: `the element's box (${el.xMm}, ${el.yMm}) ${el.widthMm} x ${el.heightMm} mm runs past the edge of the ${widthMm} x ${heightMm} mm label` }];
    return [];
  });
}

function problemOf(doc: LabelDocument, issue: Issue, severity: StudioProblem['severity'], source: ProblemSource): StudioProblem {
  const index = /^(?:row \d+: )?elements\[(\d+)\]/.exec(issue.path)?.[1];
  const elementId = index === undefined ? undefined : doc.elements[Number(index)]?.id;
  return { issue, severity, source, elementId };
}
