import { compileLabel, validateDocument, formatIssue } from '@inkless/label';
import { openRows } from '../data/open-rows';
import { loadBundledFonts } from '../fonts/load-bundled-fonts';
import { loadShippingDocument } from './shipping-workload';
import { collectBetweenLabels } from '../memory/batch-gc';

/** Renders every row of the CSV with Inkless (streamed, compiled once) and reports the time. */
export async function runInklessWorker(csvPath: string): Promise<{ labels: number; seconds: number; inkDots: number }> {
  const parsed = validateDocument(loadShippingDocument());
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  const compiled = compileLabel(parsed.value, { fonts: loadBundledFonts() });
  let labels = 0;
  let inkDots = 0;
  const started = process.hrtime.bigint();
  for await (const row of openRows(csvPath)) {
    const r = compiled.render({ row: row.values, labelIndex: labels, nowMs: 0 });
    if (!r.ok) throw new Error(`row ${row.rowNumber}: ${r.issues.map(formatIssue).join('; ')}`);
    inkDots += r.value.bitmap.data[r.value.bitmap.data.length >> 1]!;
    labels++;
    collectBetweenLabels(labels);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { labels, seconds, inkDots };
}
