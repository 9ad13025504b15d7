import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DataError } from './data-error';
import type { DataRow, OpenRowsOptions } from './data-row';
import { readCsv } from './csv/read-csv';
import { readJsonArray, readNdjson } from './json/read-json';
import { readXlsx } from './xlsx/read-xlsx';

export type { DataRow, OpenRowsOptions } from './data-row';

/** Bytes per read: small enough that one chunk's rows stay a bounded window. */
const CHUNK_BYTES = 64 * 1024;

/** File extension -> reader; the extension is the only format signal, so users can predict it. */
const readers: Record<string, (path: string, options: OpenRowsOptions) => AsyncGenerator<DataRow>> = {
  '.csv': (path, options) => readCsv(readFileChunks(path, options.signal), { ...options, source: path }),
  '.tsv': (path, options) => readCsv(readFileChunks(path, options.signal), { ...options, delimiter: options.delimiter ?? '\t', source: path }),
  '.json': (path, options) => readJsonArray(readFileChunks(path, options.signal), path, options.signal),
  '.ndjson': (path, options) => readNdjson(readFileChunks(path, options.signal), path, options.signal),
  '.jsonl': (path, options) => readNdjson(readFileChunks(path, options.signal), path, options.signal),
  '.xlsx': readXlsxFile,
};

/**
 * Streams the data rows of a .csv, .tsv, .xlsx, .json, .ndjson or .jsonl file, holding a bounded
 * window in memory however long the file is. Nothing is read until iteration starts; every failure
 * (including a missing file) is then a DataError naming file, row and place.
 * @example for await (const row of openRows('rows.csv')) merge(label, row.values);
 */
export function openRows(path: string, options: OpenRowsOptions = {}): AsyncGenerator<DataRow> {
  const extension = extname(path).toLowerCase();
  const read = readers[extension];
  if (read === undefined) {
    return failLater(new DataError('INKLESS_DATA_UNSUPPORTED_FORMAT', `"${extension || 'no extension'}" is not a data format; use .csv, .tsv, .xlsx, .json, .ndjson or .jsonl`, { source: path, rowNumber: 0 }));
  }
  return read(path, options);
}

async function* failLater(error: DataError): AsyncGenerator<DataRow> {
  throw error;
}

async function* readXlsxFile(path: string, options: OpenRowsOptions): AsyncGenerator<DataRow> {
  await checkReadable(path);
  yield* readXlsx(path, { ...options, source: path });
}

async function* readFileChunks(path: string, signal: AbortSignal | undefined): AsyncGenerator<Uint8Array> {
  await checkReadable(path);
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES, ...(signal === undefined ? {} : { signal }) });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (e) {
    if (signal?.aborted) throw new DataError('INKLESS_DATA_ABORTED', 'reading was cancelled', { source: path, rowNumber: 0, cause: signal.reason });
    throw new DataError('INKLESS_DATA_FILE_UNREADABLE', describeSystemError(e), { source: path, rowNumber: 0, cause: e });
  } finally {
    stream.destroy();
  }
}

async function checkReadable(path: string): Promise<void> {
  const fail = (detail: string, cause?: unknown): never => {
    throw new DataError('INKLESS_DATA_FILE_UNREADABLE', detail, { source: path, rowNumber: 0, cause });
  };
  try {
    if (!(await stat(path)).isFile()) fail('is not a file; give the path of a data file');
  } catch (e) {
    if (e instanceof DataError) throw e;
    fail(describeSystemError(e), e);
  }
}

function describeSystemError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'file not found; check the path';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check the file permissions';
  if (code === 'EISDIR') return 'is a folder; give the path of a data file';
  return `cannot be read (${e instanceof Error ? e.message : String(e)})`;
}
