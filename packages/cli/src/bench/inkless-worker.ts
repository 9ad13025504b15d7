import { compileLabel, validateDocument, formatIssue } from '@inkless/label';
import { openRows } from '../data/open-rows';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { loadShippingDocument } from './shipping-workload';
import { collectBetweenLabels } from '../memory/batch-gc';
import type { LabelEncoder } from './label-encoder';

/** What a bench worker measured. */
export interface WorkerFigures {
  readonly labels: number;
  readonly seconds: number;
  readonly inkDots: number;
  /** Printer bytes in all, when the run encodes for a printer. */
  readonly bytes: number;
}

/**
 * Renders every row of the CSV with Inkless (streamed, compiled once), encodes each label for a
 * printer when asked, and reports the time.
 */
export async function runInklessWorker(csvPath: string, encode: LabelEncoder): Promise<WorkerFigures> {
  const parsed = validateDocument(loadShippingDocument());
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  const compiled = compileLabel(parsed.value, { fonts: loadBundledFonts() });
  let labels = 0;
  let inkDots = 0;
  let bytes = 0;
  const started = process.hrtime.bigint();
  for await (const row of openRows(csvPath)) {
    const r = compiled.render({ row: row.values, labelIndex: labels, nowMs: 0 });
    if (!r.ok) throw new Error(`row ${row.rowNumber}: ${r.issues.map(formatIssue).join('; ')}`);
    inkDots += r.value.bitmap.data[r.value.bitmap.data.length >> 1]!;
    if (encode) bytes += encode(r.value.bitmap).length;
    labels++;
    collectBetweenLabels(labels);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { labels, seconds, inkDots, bytes };
}
