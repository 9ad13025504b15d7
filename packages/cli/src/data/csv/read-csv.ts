import { readTextRows } from '../read-text-rows';
import type { DataRow } from '../data-row';
import { CsvRowReader, type CsvOptions } from './csv-row-reader';

/** Streams rows out of UTF-8 bytes (e.g. fs.createReadStream with 64 KiB chunks) one chunk at a time. */
export function readCsv(bytes: AsyncIterable<Uint8Array>, options: CsvOptions & { readonly signal?: AbortSignal } = {}): AsyncGenerator<DataRow> {
  return readTextRows(bytes, new CsvRowReader(options), options.source ?? 'input', options.signal);
}
