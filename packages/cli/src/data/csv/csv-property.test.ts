import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCsvChunks } from './parse-csv-chunks';
import { readCsv } from './read-csv';
import { DataError } from '../data-error';

/** RFC 4180 writer: quote a field when it holds the delimiter, a quote or a line break. */
function serialize(records: string[][], delimiter: string, eol: string): string {
  const quote = (f: string, lone: boolean) =>
    f.includes(delimiter) || /["\r\n]/.test(f) || (lone && f === '') ? `"${f.replace(/"/g, '""')}"` : f;
  return records.map((r) => r.map((f) => quote(f, r.length === 1)).join(delimiter)).join(eol) + eol;
}

/** Cuts text at random places so chunk boundaries land everywhere. */
function cut(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const k of at) {
    chunks.push(text.slice(from, k));
    from = k;
  }
  chunks.push(text.slice(from));
  return chunks;
}

const char = fc.constantFrom('a', 'Z', '0', ' ', ',', ';', '\t', '"', '\r', '\n', 'é', '€', '😀', '|');
const field = fc.string({ unit: char, maxLength: 8 });
const headerName = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', '1', '_'), minLength: 1, maxLength: 4 });

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(headerName, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(field, { minLength: width, maxLength: width }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    cuts: fc.array(fc.nat(), { maxLength: 6 }),
    bom: fc.boolean(),
  }),
);

describe('CSV properties', () => {
  it('serialize per RFC 4180 -> parse in random chunks -> the same records', () => {
    fc.assert(
      fc.property(table, ({ header, rows, delimiter, eol, cuts, bom }) => {
        const text = (bom ? '\uFEFF' : '') + serialize([header, ...rows], delimiter, eol);
        const parsed = [...parseCsvChunks(cut(text, cuts), { delimiter })];
        expect(parsed.map((r) => header.map((h) => r.values[h]))).toEqual(rows);
        expect(parsed.map((r) => r.rowNumber)).toEqual(rows.map((_, k) => k + 2));
      }),
      { numRuns: 500 },
    );
  });

  it('detects the delimiter when the header has two or more columns', () => {
    fc.assert(
      fc.property(table.filter((t) => t.header.length >= 2), ({ header, rows, delimiter, eol, cuts }) => {
        const parsed = [...parseCsvChunks(cut(serialize([header, ...rows], delimiter, eol), cuts))];
        expect(parsed.map((r) => header.map((h) => r.values[h]))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('random text never throws anything but DataError', () => {
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 4 }), (text, cuts) => {
        try {
          Array.from(parseCsvChunks(cut(text, cuts)));
        } catch (e) {
          expect(e).toBeInstanceOf(DataError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('random bytes never throw anything but DataError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 4 }), async (chunks) => {
        try {
          for await (const _row of readCsv(toAsync(chunks))) void _row;
        } catch (e) {
          expect(e).toBeInstanceOf(DataError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

async function* toAsync(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk;
}
