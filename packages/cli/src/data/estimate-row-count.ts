import { createReadStream } from 'node:fs';
import { extname } from 'node:path';

/** Files this quick count understands: one record per line, give or take quoted line breaks. */
const LINE_FORMATS = new Set(['.csv', '.tsv', '.txt', '.ndjson', '.jsonl']);

/**
 * About how many data rows a file holds, for the progress bar's ETA: its line count, less the
 * header for CSV, and of those the ones a --rows selection picks (rows numbered as the file shows
 * them: the first CSV data row is 2). Quoted line breaks make it an over-estimate; undefined for
 * other formats.
 */
export async function estimateRowCount(path: string, options: { rowSelection?: { readonly spans: readonly (readonly [number, number])[] } } = {}): Promise<number | undefined> {
  const ext = extname(path).toLowerCase();
  if (!LINE_FORMATS.has(ext)) return undefined;
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  if (last !== 10) lines++;
  const firstRow = ext === '.ndjson' || ext === '.jsonl' ? 1 : 2;
  const lastRow = lines;
  const spans = options.rowSelection?.spans ?? [[firstRow, lastRow]];
  // Spans may overlap ("2-10,5"); each row counts once.
  let counted = 0;
  let next = firstRow;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(from, next);
    const end = Math.min(to, lastRow);
    if (end >= start) counted += end - start + 1;
    next = Math.max(next, end + 1);
  }
  return counted;
}
