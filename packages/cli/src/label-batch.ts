import type { CompiledLabel, Issue, LabelDocument, LabelInstance } from '@inkless/label';
import { openRows, parseRowRange, selectRows } from './data';
import { estimateRowCount } from './data/estimate-row-count';
import { CliError } from './cli-error';
import type { CompiledLabel as Compiled, FontSet, RenderedLabel, Result } from '@inkless/label';
import { collectBetweenLabels } from './memory/batch-gc';
import type { Progress } from './progress/progress-bar';
import { registerFontFile } from './fonts/load-bundled-fonts';
import { formatIssueLines } from './issue-lines';

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
  const rows = options.rows ? selectRows(openRows(options.dataPath), parseRowRange(options.rows), options.dataPath) : openRows(options.dataPath);
  let index = 0;
  for await (const row of rows) {
    yield { rowNumber: row.rowNumber, instance: { ...clock, row: row.values, labelIndex: index, printIndex: index } };
    index++;
  }
}

/** Renders each label of a batch in turn, ticking the progress bar; memory stays flat. */
export async function* renderBatch(compiled: Compiled, options: BatchOptions, progress: Progress): AsyncGenerator<{ item: BatchItem; result: Result<RenderedLabel> }> {
  let done = 0;
  for await (const item of iterateBatch(options)) {
    const result = compiled.render(item.instance);
    progress.tick();
    collectBetweenLabels(++done);
    yield { item, result };
  }
}

/** About how many labels the batch has, for the progress bar (undefined when unknown). */
export async function estimateBatchSize(options: Pick<BatchOptions, 'dataPath' | 'rows'>): Promise<number | undefined> {
  if (!options.dataPath) return 1;
  try {
    return await estimateRowCount(options.dataPath, options.rows ? { rowSelection: parseRowRange(options.rows) } : {});
  } catch {
    return undefined; // the reader reports the real problem with its row and offset
  }
}

/**
 * One entry per issue: the plain sentence and, on the line under it, the technical one:
 * `In row 12, the EAN-13 barcode '123' has the wrong number of digits …` /
 * `  row 12: elements[3].data: EAN-13 needs 12 or 13 digits (INKLESS_BARCODE_LENGTH)`.
 */
export function formatRowIssues(rowNumber: number, issues: readonly Issue[], withRow: boolean, doc: LabelDocument | undefined): string[] {
  return issues.map((i) => formatIssueLines(i, doc, withRow ? rowNumber : undefined).join('\n'));
}

/** The clock for dates on labels: now, or --now for reproducible output. */
export function resolveClock(now: string | undefined): { nowMs: number; tzOffsetMinutes: number } {
  if (now === undefined) return { nowMs: Date.now(), tzOffsetMinutes: -new Date().getTimezoneOffset() };
  const ms = Date.parse(now);
  if (Number.isNaN(ms)) throw new CliError('INKLESS_CLI_USAGE', `--now must be an ISO date such as 2026-01-31T12:00:00Z, got "${now}"`, 2);
  return { nowMs: ms, tzOffsetMinutes: 0 };
}

/**
 * `--font FILE` or `--font "Family=FILE"`: a TTF/OTF of the user's, usable as its family name
 * (by default the file name without extension).
 */
export function registerUserFonts(fonts: FontSet, specs: readonly string[]): void {
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const path = eq > 0 ? spec.slice(eq + 1) : spec;
    const family = eq > 0 ? spec.slice(0, eq) : path.replace(/^.*[\\/]/, '').replace(/\.(ttf|otf)$/i, '');
    try {
      registerFontFile(fonts, family, path);
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError('INKLESS_CLI_FILE', `cannot use font ${path}: ${e instanceof Error ? e.message : String(e)}`, 2, { cause: e });
    }
  }
}

export type { CompiledLabel };
