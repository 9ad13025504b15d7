import { DataError } from './data-error';
import { createEncodingError } from './encoding-error';
import { createUtf8Decoder, type DecodedChunk } from './utf8-decoder';
import type { DataRow } from './data-row';

/** A push parser over decoded text: CSV, JSON array and NDJSON readers all have this shape. */
export interface TextRowReader {
  push(text: string): DataRow[];
  finish(): DataRow[];
  /** The row being read, so an encoding error can say where it is. */
  currentRowNumber(): number;
}

/**
 * Decodes UTF-8 chunks into a text row reader, yielding rows as each chunk completes them.
 * The signal is checked before every row, since one chunk can hold a thousand rows.
 */
export async function* readTextRows(bytes: AsyncIterable<Uint8Array>, reader: TextRowReader, source: string, signal?: AbortSignal): AsyncGenerator<DataRow> {
  const decoder = createUtf8Decoder();
  const take = (chunk: DecodedChunk): DataRow[] => {
    const rows = chunk.text === '' ? [] : reader.push(chunk.text);
    if (chunk.invalidAt >= 0) throw createEncodingError(source, reader.currentRowNumber(), chunk.invalidAt);
    return rows;
  };
  const check = (rowNumber: number) => {
    if (signal?.aborted) throw new DataError('INKLESS_DATA_ABORTED', 'reading was cancelled', { source, rowNumber, cause: signal.reason });
  };
  for await (const chunk of bytes) {
    for (const row of take(decoder.decode(chunk))) {
      check(row.rowNumber);
      yield row;
    }
  }
  yield* take(decoder.finish());
  yield* reader.finish();
}
