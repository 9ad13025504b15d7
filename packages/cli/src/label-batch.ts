import { formatIssue, type CompiledLabel, type Issue, type LabelInstance } from '@inkless/label';
import { openRows, type DataRow } from './data/open-rows';
import { parseRowRange } from './data/row-range';
import { CliError } from './cli-error';

/** One label of a batch: which data row it came from and what it needs to render. */
export interface BatchItem {
  /** Row number as the user sees it in the data file (header = 1 for CSV), or 1 without data. */
  readonly rowNumber: number;
  readonly instance: LabelInstance;
}

export interface BatchOptions {
  readonly dataPath?: string;
  readonly rows?: string;
  readonly nowMs: number;
  readonly tzOffsetMinutes: number;
}

/** Streams the labels of a batch: one per selected data row, or a single one without data. */
export async function* iterateBatch(options: BatchOptions): AsyncGenerator<BatchItem> {
  const clock = { nowMs: options.nowMs, tzOffsetMinutes: options.tzOffsetMinutes };
  if (!options.dataPath) {
    if (options.rows) throw new CliError('INKLESS_CLI_USAGE', '--rows needs --data', 2);
    yield { rowNumber: 1, instance: { ...clock, labelIndex: 0, printIndex: 0 } };
    return;
  }
  const selected = options.rows ? parseRowRange(options.rows) : () => true;
  let index = 0;
  let dataIndex = 0;
  for await (const row of openRows(options.dataPath) as AsyncIterable<DataRow>) {
    dataIndex++;
    if (!selected(dataIndex)) continue;
    yield { rowNumber: row.rowNumber, instance: { ...clock, row: row.values, labelIndex: index, printIndex: index } };
    index++;
  }
}

/** `row 12: elements[3].data: EAN-13 needs 12 or 13 digits (INKLESS_BARCODE_...)` */
export function formatRowIssues(rowNumber: number, issues: readonly Issue[], withRow: boolean): string[] {
  return issues.map((i) => `${withRow ? `row ${rowNumber}: ` : ''}${formatIssue(i)} (${i.code})`);
}

/** The clock for dates on labels: now, or --now for reproducible output. */
export function resolveClock(now: string | undefined): { nowMs: number; tzOffsetMinutes: number } {
  if (now === undefined) return { nowMs: Date.now(), tzOffsetMinutes: -new Date().getTimezoneOffset() };
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new CliError('INKLESS_CLI_USAGE', `--now must be an ISO date such as 2026-01-31T12:00:00Z, got "${now}"`, 2);
  return { nowMs: ms, tzOffsetMinutes: 0 };
}

export type { CompiledLabel };
