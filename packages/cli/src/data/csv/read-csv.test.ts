import { describe, it, expect } from 'vitest';
import { Readable } from 'node:stream';
import { readCsv } from './read-csv';
import { collectRows, expectDataError } from '../testing-rows';
import { DataError } from '../data-error';

const bytes = (text: string) => new TextEncoder().encode(text);

async function* chunksOf(data: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let k = 0; k < data.length; k += size) yield data.subarray(k, k + size);
}

function collect(source: AsyncIterable<Uint8Array>) {
  return collectRows(readCsv(source, { source: 'rows.csv' }));
}

function catchError(source: AsyncIterable<Uint8Array>): Promise<DataError> {
  return expectDataError(() => readCsv(source, { source: 'rows.csv' }));
}

describe('readCsv on byte streams', () => {
  it('decodes multi-byte characters split across chunks', async () => {
    const data = bytes('\uFEFFname;price\n"Crème brûlée 😀";4€\n');
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await collect(chunksOf(data, size))).toEqual([{ rowNumber: 2, values: { name: 'Crème brûlée 😀', price: '4€' } }]);
    }
  });

  it('invalid UTF-8 names the row and byte offset', async () => {
    const data = new Uint8Array([...bytes('a,b\n1,2\n3,'), 0xff, ...bytes('\n')]);
    for (const size of [1, 4, 100]) {
      const e = await catchError(chunksOf(data, size));
      expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_BAD_ENCODING', 3, 10]);
      expect(e.message).toMatch(/^rows\.csv row 3: invalid UTF-8 at byte 10;/);
    }
  });

  it('rejects overlong forms, surrogates and a truncated final character', async () => {
    const cases: [number[], number][] = [
      [[0x61, 0x0a, 0xc0, 0xaf], 2], // overlong '/'
      [[0x61, 0x0a, 0xed, 0xa0, 0x80], 2], // UTF-16 surrogate
      [[0x61, 0x0a, 0x62, 0xe2, 0x82], 3], // € cut short at the end
      [[0x61, 0x0a, 0xf4, 0x90, 0x80, 0x80], 2], // above U+10FFFF
    ];
    for (const [data, offset] of cases) {
      const e = await catchError(chunksOf(new Uint8Array(data), 1));
      expect([e.code, e.byteOffset]).toEqual(['INKLESS_DATA_BAD_ENCODING', offset]);
    }
  });

  it('an unclosed quote in an endless stream fails after about 1 MiB, not out of memory', async () => {
    let pulled = 0;
    const endless = Readable.from(
      (function* () {
        yield Buffer.from('sku,name\n1,"never closed');
        for (;;) {
          pulled += 65536;
          yield Buffer.alloc(65536, 0x78);
        }
      })(),
    );
    const e = await catchError(endless);
    expect([e.code, e.rowNumber, e.byteOffset, e.column]).toEqual(['INKLESS_DATA_FIELD_TOO_LARGE', 2, 11, 'name']);
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
  });

  it('streams 1,000,000 rows of 5 columns in bounded memory', async () => {
    const rowCount = 1_000_000;
    const source = Readable.from(
      (function* () {
        yield Buffer.from('sku,name,price,qty,note\n');
        let batch = '';
        for (let r = 1; r <= rowCount; r++) {
          batch += `${r},"Item ${r}, blue",${(r % 1000) / 100},${r % 7},"say ""hi"""\n`;
          if (batch.length > 60_000) {
            yield Buffer.from(batch);
            batch = '';
          }
        }
        yield Buffer.from(batch);
      })(),
    );
    global.gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let count = 0;
    let last;
    const started = performance.now();
    for await (const row of readCsv(source)) {
      count++;
      last = row;
      if (count % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const seconds = (performance.now() - started) / 1000;
    expect(count).toBe(rowCount);
    expect(last!.rowNumber).toBe(rowCount + 1);
    expect({ ...last!.values }).toEqual({ sku: '1000000', name: 'Item 1000000, blue', price: '0', qty: String(1_000_000 % 7), note: 'say "hi"' });
    expect(peak).toBeLessThan(100 * 1024 * 1024);
    console.log(`1M CSV rows: ${Math.round(rowCount / seconds).toLocaleString('en-US')} rows/s, ${seconds.toFixed(2)} s, peak heap ${(peak / 1048576).toFixed(1)} MB (baseline ${(baseline / 1048576).toFixed(1)} MB)`);
  }, 20_000);
});
