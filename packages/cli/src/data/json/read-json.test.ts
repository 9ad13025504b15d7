import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readJsonArray, readNdjson } from './read-json';
import { DataError } from '../data-error';
import type { DataRow } from '../data-row';

type Reader = (bytes: AsyncIterable<Uint8Array>, source?: string) => AsyncGenerator<DataRow>;

async function* chunksOf(text: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  for (let k = 0; k < data.length; k += size) yield data.subarray(k, k + size);
}

async function collect(read: Reader, text: string | Uint8Array, size = 1 << 16) {
  const rows = [];
  for await (const row of read(chunksOf(text, size), 'rows.json')) rows.push({ rowNumber: row.rowNumber, values: { ...row.values } });
  return rows;
}

async function catchError(read: Reader, text: string | Uint8Array, size = 1 << 16): Promise<DataError> {
  try {
    await collect(read, text, size);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return e as DataError;
  }
  throw new Error('expected a DataError');
}

describe('readJsonArray', () => {
  const text = '\uFEFF [ {"sku": "A-1", "qty": 3, "price": 1.50, "ok": true, "note": null},\n {"sku":"B\\"2","sscc":123456789012345678901,"ü":"€ {[\\\\"} , {} ] \n';
  const expected = [
    { rowNumber: 1, values: { sku: 'A-1', qty: '3', price: '1.50', ok: 'true', note: '' } },
    { rowNumber: 2, values: { sku: 'B"2', sscc: '123456789012345678901', ü: '€ {[\\' } },
    { rowNumber: 3, values: {} },
  ];

  it('reads flat objects, keeping numbers as written, in any chunking', async () => {
    for (const size of [1, 2, 3, 7, 1 << 16]) expect(await collect(readJsonArray, text, size)).toEqual(expected);
  });

  it('reads an empty array', async () => {
    expect(await collect(readJsonArray, ' [ ] ')).toEqual([]);
  });

  it('nested values name the key, row and element byte offset', async () => {
    const e = await catchError(readJsonArray, '[{"a":"1"},\n {"a": "2", "meta": {"x": 1}}]', 3);
    expect([e.code, e.rowNumber, e.column, e.byteOffset]).toEqual(['INKLESS_DATA_NESTED_VALUE', 2, 'meta', 32]);
    expect(e.message).toBe('rows.json row 2: element [1]: "meta" holds an object; rows must be flat (turn it into text or separate keys)');
    const arr = await catchError(readJsonArray, '[{"tags": [1, 2]}]');
    expect([arr.code, arr.column]).toEqual(['INKLESS_DATA_NESTED_VALUE', 'tags']);
  });

  it('elements that are not objects', async () => {
    const e = await catchError(readJsonArray, '[{"a":"1"}, 42]');
    expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_NOT_AN_OBJECT', 2, 12]);
    expect((await catchError(readJsonArray, '[[1]]')).code).toBe('INKLESS_DATA_NOT_AN_OBJECT');
  });

  it('structural errors carry row and byte offset', async () => {
    const cases: [string, string, number, number][] = [
      ['', 'INKLESS_DATA_BAD_JSON', 0, 0],
      ['{"a": 1}', 'INKLESS_DATA_BAD_JSON', 0, 0],
      ['[{"a": 1},]', 'INKLESS_DATA_BAD_JSON', 2, 10],
      ['[{"a": 1} {"a": 2}]', 'INKLESS_DATA_BAD_JSON', 1, 10],
      ['[{"a": 1}] x', 'INKLESS_DATA_BAD_JSON', 0, 11],
      ['[{"a": 1}, {"a": "2', 'INKLESS_DATA_BAD_JSON', 2, 19],
      ['[{"a": 1}', 'INKLESS_DATA_BAD_JSON', 0, 9],
      ['[{"a" 1}]', 'INKLESS_DATA_BAD_JSON', 1, 6],
      ['[{"a": 01}]', 'INKLESS_DATA_BAD_JSON', 1, 8],
      ['[{"a": "\\x"}]', 'INKLESS_DATA_BAD_JSON', 1, 7],
      ['[{"a": tru}]', 'INKLESS_DATA_BAD_JSON', 1, 7],
      ['[{"a": 1, "a": 2}]', 'INKLESS_DATA_DUPLICATE_KEY', 1, 10],
    ];
    for (const [input, code, rowNumber, byteOffset] of cases) {
      const e = await catchError(readJsonArray, input, 2);
      expect([input, e.code, e.rowNumber, e.byteOffset]).toEqual([input, code, rowNumber, byteOffset]);
    }
  });

  it('an element over 4 MiB is refused without holding the rest of the file', async () => {
    const huge = `[{"a": "${'x'.repeat(5 * 1024 * 1024)}"}]`;
    const e = await catchError(readJsonArray, huge);
    expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_ROW_TOO_LARGE', 1, 1]);
  });

  it('invalid UTF-8 names the element being read', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('[{"a":"1"},{"a":"'), 0xc3, 0x28, ...new TextEncoder().encode('"}]')]);
    const e = await catchError(readJsonArray, bytes, 4);
    expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_BAD_ENCODING', 2, 17]);
  });

  it('agrees with JSON.parse on random flat arrays (strings and safe integers)', async () => {
    const value = fc.oneof(fc.string({ unit: 'grapheme' }), fc.integer(), fc.boolean(), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(fc.string({ unit: 'grapheme' }), value), { maxLength: 5 }), fc.integer({ min: 1, max: 9 }), async (objects, size) => {
        const rows = await collect(readJsonArray, JSON.stringify(objects, null, size % 3), size);
        const text = (v: unknown) => (v === null ? '' : String(v));
        expect(rows.map((r) => r.values)).toEqual(objects.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, text(v)]))));
      }),
      { numRuns: 200 },
    );
  });

  it('random text never throws anything but DataError', async () => {
    const unit = fc.constantFrom('[', ']', '{', '}', '"', '\\', ':', ',', '1', 'a', ' ', 'n', 'true');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 30 }), async (input) => {
        for (const read of [readJsonArray, readNdjson]) {
          try {
            await collect(read, input, 3);
          } catch (e) {
            expect(e).toBeInstanceOf(DataError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('readNdjson', () => {
  it('reads one object per line; row number is the line, blank lines skipped', async () => {
    const text = '{"a": 1}\r\n\n  \n{"a": "x\\ny"}\n{"a": null}';
    for (const size of [1, 4, 100]) {
      expect(await collect(readNdjson, text, size)).toEqual([
        { rowNumber: 1, values: { a: '1' } },
        { rowNumber: 4, values: { a: 'x\ny' } },
        { rowNumber: 5, values: { a: '' } },
      ]);
    }
  });

  it('errors carry the line number and its byte offset', async () => {
    const e = await catchError(readNdjson, '{"a": 1}\n{"a": 2}\n[1]\n');
    expect([e.code, e.rowNumber, e.byteOffset]).toEqual(['INKLESS_DATA_NOT_AN_OBJECT', 3, 18]);
    const nested = await catchError(readNdjson, '{"a": 1}\n{"b": {"c": 1}}\n');
    expect([nested.code, nested.rowNumber, nested.column, nested.message]).toEqual([
      'INKLESS_DATA_NESTED_VALUE', 2, 'b', 'rows.json row 2: "b" holds an object; rows must be flat (turn it into text or separate keys)',
    ]);
    const two = await catchError(readNdjson, '{"a": 1} {"a": 2}\n');
    expect([two.code, two.rowNumber, two.byteOffset]).toEqual(['INKLESS_DATA_BAD_JSON', 1, 9]);
  });
});
