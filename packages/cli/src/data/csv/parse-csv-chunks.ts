import type { DataRow } from '../data-row';
import { CsvRowReader, type CsvOptions } from './csv-row-reader';

/**
 * Pure CSV core on text: yields rows as the chunks complete them, holding at most one row plus one
 * chunk. Chunk boundaries may fall anywhere, even inside `""` or `\r\n`.
 * @example [...parseCsvChunks(['name,qty\nTea,', '3\n'])] // [{ rowNumber: 2, values: { name: 'Tea', qty: '3' } }]
 */
export function* parseCsvChunks(chunks: Iterable<string>, options: CsvOptions = {}): Generator<DataRow> {
  const reader = new CsvRowReader(options);
  for (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.finish();
}
