import type { DataRow } from '../data-row';
import { readTextRows } from '../read-text-rows';
import { JsonArrayReader } from './json-array-reader';
import { NdjsonReader } from './ndjson-reader';

/** Streams the objects of a top-level JSON array; row number = array index + 1. */
export function readJsonArray(bytes: AsyncIterable<Uint8Array>, source = 'input', signal?: AbortSignal): AsyncGenerator<DataRow> {
  return readTextRows(bytes, new JsonArrayReader(source), source, signal);
}

/** Streams NDJSON / JSON Lines; row number = line number. */
export function readNdjson(bytes: AsyncIterable<Uint8Array>, source = 'input', signal?: AbortSignal): AsyncGenerator<DataRow> {
  return readTextRows(bytes, new NdjsonReader(source), source, signal);
}
