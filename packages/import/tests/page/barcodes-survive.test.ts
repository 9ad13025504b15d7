// Every barcode on a carrier-style page decodes to the same content on the label as printed, at 203
// and 300 dpi, through the pipeline hosts use; a label too small for its barcodes stops with an error
// that says which and where, unless forced.
import { describe, expect, it } from 'vitest';
import { barcodeCheckError, compareSymbols, prepareLabels, sourceDpiFor, type FoundSymbol, type PreparedLabel, type PrepareOptions, type SourcePage } from '../../src/index';
import { decodeSymbolsWithZxing } from '../../src/node';
import { makeSyntheticPage, type SyntheticPageOptions } from '../support/synthetic-page';

const STOCKS = [
  { widthDots: 812, heightDots: 1218, dpi: 203 },
  { widthDots: 1200, heightDots: 1800, dpi: 300 },
] as const;

async function collect(pages: AsyncIterable<SourcePage> | Iterable<SourcePage>, options: PrepareOptions): Promise<PreparedLabel[]> {
  const out: PreparedLabel[] = [];
  for await (const label of prepareLabels(pages, options)) out.push(label);
  return out;
}

const PAGES: readonly { name: string; options: SyntheticPageOptions }[] = [
  { name: 'Letter, one turned label, QR', options: { paper: 'letter', labels: 1, turned: true, specks: true, faintBorder: true } },
  { name: 'A4, one upright label, PDF417', options: { paper: 'a4', labels: 1, turned: false, matrix: 'pdf417' } },
  { name: 'Letter, two labels with a cut line, PDF417', options: { paper: 'letter', labels: 2, cutLine: true, matrix: 'pdf417' } },
  { name: 'A4, four labels', options: { paper: 'a4', labels: 4 } },
];

describe('barcodes survive', () => {
  for (const stock of STOCKS) {
    it.each(PAGES)(`$name at ${stock.dpi} dpi`, async ({ options }) => {
      const { page, dpi, labels } = makeSyntheticPage(options);
      const out = await collect([{ pageNumber: 1, grey: page, dpi }], { stock, decode: decodeSymbolsWithZxing });
      expect(out).toHaveLength(labels.length);
      out.forEach((label, i) => {
        const expected = [...labels[i]!.barcodes].sort((a, b) => a.format.localeCompare(b.format));
        const contents = (list: readonly FoundSymbol[]): { format: string; text: string }[] =>
          list.map(({ format, text }) => ({ format, text })).sort((a, b) => a.format.localeCompare(b.format));
        expect(contents(label.barcodes.before)).toEqual(expected);
        expect(contents(label.barcodes.after)).toEqual(expected);
        expect(label.barcodes.ok).toBe(true);
        expect([label.bitmap.width, label.bitmap.height]).toEqual([stock.widthDots, stock.heightDots]);
        expect(label.rotation).toBe((options.turned ?? options.labels === 2) ? 90 : 0);
      });
    });
  }

  it('stops a label whose barcodes no longer scan, saying which and where, unless forced', async () => {
    const { page, dpi } = makeSyntheticPage({ paper: 'letter', labels: 1, turned: true });
    // A 1 x 1.5 inch stock at 203 dpi: the label shrinks to a quarter, its Code 128 cannot survive.
    const stock = { widthDots: 203, heightDots: 305, dpi: 203 };
    const pages = [{ pageNumber: 3, grey: page, dpi }];
    let error: unknown;
    try {
      await collect(pages, { stock, decode: decodeSymbolsWithZxing });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'INKLESS_IMPORT_BARCODE_LOST', path: 'page 3' });
    expect((error as Error).message).toMatch(/^page 3: the \w+ barcode ".+" at \d+\.\d mm from the left, \d+\.\d mm from the top no longer scans/);
    const messages = (error as { issues: { message: string }[] }).issues.map((i) => i.message);
    expect(messages).toContainEqual(expect.stringMatching(/^the Code128 barcode "1Z999AA10123456780" at \d+\.\d mm from the left, \d+\.\d mm from the top no longer scans/));
    const forced = await collect(pages, { stock, decode: decodeSymbolsWithZxing, force: true });
    expect(forced).toHaveLength(1);
    expect(forced[0]!.barcodes.ok).toBe(false);
    expect(forced[0]!.barcodes.lost.map((s) => s.format)).toContain('Code128');
  });

  it('takes pages from an async stream and a region given by the user', async () => {
    const { page, dpi, labels } = makeSyntheticPage({ paper: 'letter', labels: 2 });
    async function* pages(): AsyncGenerator<SourcePage> {
      yield { pageNumber: 1, grey: page, dpi };
      yield { pageNumber: 2, grey: page, dpi };
    }
    const region = { ...labels[1]!.region, found: 'given' as const };
    const out = await collect(pages(), { stock: STOCKS[0], decode: decodeSymbolsWithZxing, region, rotate: 90, fit: 'fit' });
    expect(out.map((l) => [l.pageNumber, l.region.found, l.rotation])).toEqual([[1, 'given', 90], [2, 'given', 90]]);
    expect(out[0]!.barcodes.after.map((s) => s.text).sort()).toEqual(labels[1]!.barcodes.map((b) => b.text).sort());
  });

  it('refuses a blank page with a code and its page number', async () => {
    const { page, dpi } = makeSyntheticPage({ labels: 1 });
    page.data.fill(255);
    await expect(collect([{ pageNumber: 2, grey: page, dpi }], { stock: STOCKS[0], decode: decodeSymbolsWithZxing })).rejects.toMatchObject({ code: 'INKLESS_IMPORT_BLANK_PAGE', path: 'page 2' });
  });
});

describe('compareSymbols and barcodeCheckError', () => {
  const sym = (format: string, text: string, x = 0): FoundSymbol => ({ format, text, box: { x, y: 600, width: 100, height: 50 } });

  it('pairs same content, reports other content as changed and the rest as lost', () => {
    const check = compareSymbols([sym('Code128', 'A'), sym('QRCode', 'B', 300), sym('PDF417', 'C')], [sym('QRCode', 'X'), sym('Code128', 'A'), sym('EAN-13', 'noise')]);
    expect(check.ok).toBe(false);
    expect(check.lost.map((s) => s.text)).toEqual(['C']);
    expect(check.changed.map((c) => [c.before.text, c.after.text])).toEqual([['B', 'X']]);
    expect(compareSymbols([sym('Code128', 'A')], [sym('Code128', 'A')]).ok).toBe(true);
    const error = barcodeCheckError(check, { pageNumber: 2, sourceDpi: 300 });
    expect(error.issues.map((i) => i.code)).toEqual(['INKLESS_IMPORT_BARCODE_LOST', 'INKLESS_IMPORT_BARCODE_CHANGED']);
    // 300 px at 300 dpi is 25.4 mm; 600 px is 50.8 mm.
    expect(error.issues[1]!.message).toContain('"B" at 25.4 mm from the left, 50.8 mm from the top scans as "X"');
  });

  it('asks for a source render of twice the printer dpi, between 300 and 600', () => {
    expect(sourceDpiFor(STOCKS[0])).toBe(406);
    expect(sourceDpiFor(STOCKS[1])).toBe(600);
    expect(sourceDpiFor({ widthDots: 100, heightDots: 100, dpi: 120 })).toBe(300);
  });
});
