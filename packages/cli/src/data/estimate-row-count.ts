import { createReadStream } from 'node:fs';
import { extname } from 'node:path';

/** Files this quick count understands: one record per line, give or take quoted line breaks. */
const LINE_FORMATS = new Set(['.csv', '.tsv', '.txt', '.ndjson', '.jsonl']);

/**
 * About how many data rows a file holds, for the progress bar's ETA: its line count, less the
 * header for CSV. Quoted line breaks make it an over-estimate; undefined for other formats.
 */
export async function estimateRowCount(path: string, options: { rowSelection?: { lastIndex: number } } = {}): Promise<number | undefined> {
  const ext = extname(path).toLowerCase();
  if (!LINE_FORMATS.has(ext)) return undefined;
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  if (last !== 10) lines++;
  const rows = Math.max(0, ext === '.ndjson' || ext === '.jsonl' ? lines : lines - 1);
  const limit = options.rowSelection?.lastIndex;
  return limit !== undefined && Number.isFinite(limit) ? Math.min(rows, limit) : rows;
}
