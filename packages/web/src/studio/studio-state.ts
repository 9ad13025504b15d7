import type { Issue } from '@inkless/label';
import { createStore, type Store } from '../editor/store';

/** Ruler units: the document is always in millimetres, rulers can show inches. */
export type RulerUnits = 'mm' | 'in';

/** What the last preview found, for the status bar and the sample-data fields. */
export interface PreviewReport {
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  readonly fieldNames: readonly string[];
}

/**
 * Studio settings and status that are not part of the label document (the editor store holds
 * that): which local label is open, the printer, sample data, view options, save status.
 */
export interface StudioState {
  /** Id of the open label in this browser's storage. */
  readonly labelId: string;
  readonly printerProfileId: string;
  /** Values for data fields (`{{name}}` that is no variable) while designing. */
  readonly sampleRow: Readonly<Record<string, string>>;
  /** Draws the label with smoothing instead of crisp dots (easier on the eye when zoomed out). */
  readonly smooth: boolean;
  readonly units: RulerUnits;
  readonly report: PreviewReport;
  readonly saveStatus: 'saved' | 'saving' | 'unsaved';
  readonly saveError: string | undefined;
  /** Bumped after every write, so the labels list knows to read the list again. */
  readonly labelsVersion: number;
}

export const EMPTY_REPORT: PreviewReport = { issues: [], warnings: [], fieldNames: [] };

export function createStudioStore(initial: Pick<StudioState, 'labelId' | 'printerProfileId' | 'sampleRow'> & Partial<StudioState>): Store<StudioState> {
  return createStore<StudioState>({
    smooth: false,
    units: 'mm',
    report: EMPTY_REPORT,
    saveStatus: 'unsaved',
    saveError: undefined,
    labelsVersion: 0,
    ...initial,
  });
}

/** Whether two reports say the same (so an unchanged report does not re-render React). */
export function isSameReport(a: PreviewReport, b: PreviewReport): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
