import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLabel, parseDocument, type Bitmap1 } from '@inkless/label';
import { runPrint } from '../src/commands/print-command';
import { readJournal } from '../src/print/print-journal';
import { CONFIRM_WINDOW_LABELS } from '../src/print/stream-print-job';
import { loadBundledFonts } from '../src/fonts/load-bundled-fonts';
import { failure } from './support/expect-failure';
import { createFakePrinter, type FakePrinter } from './support/fake-printer';

const fonts = loadBundledFonts();
const NOW = '2026-11-24T09:00:00Z';

const labelDoc = (over: Record<string, unknown> = {}, variables: Record<string, unknown> = {}) => ({
  schemaVersion: 2,
  label: { widthMm: 40, heightMm: 15, dpi: 203, ...over },
  variables,
  elements: [
    { type: 'text', xMm: 1, yMm: 1, widthMm: 38, heightMm: 4, text: '{{name}} {{serial}}', fontSizePt: 7, wrap: false, shrinkToFit: true },
    { type: 'barcode', xMm: 1, yMm: 6, widthMm: 38, heightMm: 8, symbology: 'code128', data: '{{code}}' },
  ],
});

function setup(rows: string[][], options: { doc?: object; header?: string[] } = {}): { dir: string; label: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-print-'));
  const label = join(dir, 'label.json');
  const data = join(dir, 'rows.csv');
  writeFileSync(label, JSON.stringify(options.doc ?? labelDoc({}, { serial: { kind: 'serial', start: 1, per: 'copy' } })));
  writeFileSync(data, [(options.header ?? ['name', 'code', 'qty']).join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n');
  return { dir, label, data };
}

const rowsOf = (n: number, qty = '1') => Array.from({ length: n }, (_, i) => [`Item ${i + 1}`, `C${String(i + 1).padStart(5, '0')}`, qty]);

/** The bitmaps the label should print for these instances, to compare with what the printer decoded. */
function expectedBitmaps(doc: object, instances: { row: Record<string, string>; printIndex: number }[]): Bitmap1[] {
  const parsed = parseDocument(JSON.stringify(doc));
  if (!parsed.ok) throw new Error(parsed.issues[0]?.message);
  const compiled = compileLabel(parsed.value, { fonts });
  return instances.map((instance) => {
    const r = compiled.render({ ...instance, labelIndex: 0, nowMs: Date.parse(NOW), tzOffsetMinutes: 0 });
    if (!r.ok) throw new Error(r.issues[0]?.message);
    return r.value.bitmap;
  });
}

const same = (a: Bitmap1, b: Bitmap1) => a.width === b.width && a.height === b.height && a.data.every((v, i) => v === b.data[i]);

async function print(args: string[], printer: FakePrinter): Promise<number> {
  return runPrint([...args, '--profile', 'generic-tspl-203', '--printer', 'fake://printer', '--quiet', '--now', NOW], { openTransport: () => printer });
}

describe('inkless print (in-process, fake printer)', () => {
  it('sends every label in order, each confirmed, and removes the journal', async () => {
    const { label, data } = setup(rowsOf(10));
    const printer = createFakePrinter('tspl');
    expect(await print([label, '--data', data], printer)).toBe(0);
    const doc = JSON.parse(readFileSync(label, 'utf8')) as object;
    const want = expectedBitmaps(doc, rowsOf(10).map(([name, code, qty], i) => ({ row: { name: name!, code: code!, qty: qty! }, printIndex: i })));
    expect(printer.labels).toHaveLength(10);
    printer.labels.forEach((bitmap, i) => expect(same(bitmap, want[i]!), `label ${i + 1}`).toBe(true));
    expect(printer.queries).toBe(10); // one per label, each answered in order
    expect(existsSync(`${label}.inkless-print.jsonl`)).toBe(false);
  });

  it('sends a label only once every label before it is confirmed (CONFIRM_WINDOW_LABELS is 1)', async () => {
    const { label, data } = setup(rowsOf(20));
    const printer = createFakePrinter('tspl');
    let unanswered = 0;
    let most = 0;
    let labelWrites = 0;
    const slow: FakePrinter = Object.create(printer) as FakePrinter;
    Object.assign(slow, {
      // A printer that answers each query 20 ms after it is asked, in order.
      // Each label goes out with its status query behind it, in one write.
      query: async (request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }) => {
        if (request.length > 100) { // a label, not a bare status query
          labelWrites++;
          most = Math.max(most, unanswered);
        }
        unanswered++;
        const reply = await printer.query!(request, options);
        await new Promise((r) => setTimeout(r, 20));
        unanswered--;
        return reply;
      },
    });
    expect(await print([label, '--data', data], slow)).toBe(0);
    expect(CONFIRM_WINDOW_LABELS).toBe(1);
    expect(labelWrites).toBe(20);
    expect(printer.labels).toHaveLength(20);
    expect(printer.queries).toBe(20);
    expect(most).toBe(0); // no label went out while a reply was due: a dying printer can take at most one unconfirmed label
  });

  it('writes each label whole with its status query behind it (a query in the middle of a label would land inside its bytes)', async () => {
    const { label, data } = setup(rowsOf(6));
    const printer = createFakePrinter('tspl');
    const requests: string[] = [];
    const spy: FakePrinter = Object.create(printer) as FakePrinter;
    Object.assign(spy, {
      query: (request: Uint8Array, options: { replyBytes?: number; timeoutMs: number }) => {
        requests.push(Buffer.from(request).toString('latin1'));
        return printer.query!(request, options);
      },
    });
    expect(await print([label, '--data', data], spy)).toBe(0);
    expect(requests).toHaveLength(6);
    for (const r of requests) {
      expect(r.startsWith('CLS\r\n')).toBe(true);
      expect(r.endsWith('PRINT 1,1\r\n\x1b!?')).toBe(true);
    }
    expect(printer.labels).toHaveLength(6);
  });

  it('prints each row quantity x copies times, per-copy serials counting physical labels', async () => {
    const { label, data } = setup([['A', 'CA', '2'], ['B', 'CB', '0'], ['C', 'CC', '1']]);
    const printer = createFakePrinter('tspl');
    expect(await print([label, '--data', data, '--quantity-column', 'qty', '--copies', '2'], printer)).toBe(0);
    const doc = JSON.parse(readFileSync(label, 'utf8')) as object;
    const a = { name: 'A', code: 'CA', qty: '2' };
    const c = { name: 'C', code: 'CC', qty: '1' };
    const want = expectedBitmaps(doc, [a, a, a, a, c, c].map((row, printIndex) => ({ row, printIndex })));
    expect(printer.labels).toHaveLength(6);
    printer.labels.forEach((bitmap, i) => expect(same(bitmap, want[i]!), `label ${i + 1}`).toBe(true));
    expect(same(printer.labels[0]!, printer.labels[1]!)).toBe(false); // serial 1 vs 2
  });

  it('reuses one rendering for the copies of a row when nothing counts copies', async () => {
    const doc = labelDoc({}, { serial: { kind: 'serial', start: 7 } });
    const { label, data } = setup(rowsOf(2), { doc });
    const printer = createFakePrinter('tspl');
    expect(await print([label, '--data', data, '--copies', '3'], printer)).toBe(0);
    expect(printer.labels).toHaveLength(6);
    expect(same(printer.labels[0]!, printer.labels[2]!)).toBe(true);
    expect(same(printer.labels[2]!, printer.labels[3]!)).toBe(false);
  });

  it('refuses bad rows before sending anything, listing their row numbers', async () => {
    const rows = rowsOf(40);
    rows[4]![2] = 'two';
    for (let i = 10; i < 40; i++) rows[i]![1] = 'Ω-not-code128';
    const { label, data } = setup(rows);
    const printer = createFakePrinter('tspl');
    const e = await failure(print([label, '--data', data, '--quantity-column', 'qty'], printer));
    expect(e.code).toBe('INKLESS_CLI_PRINT_PREFLIGHT');
    expect(e.message).toMatch(/^nothing was printed: 31 row\(s\)/);
    expect(e.message).toMatch(/row 6: quantity "two" in column qty must be a whole number/);
    expect(e.message).toMatch(/row 12: elements\[1\]\.data: .*\(INKLESS_BARCODE_/);
    expect(e.message).toMatch(/\.\.\. 31 row\(s\) have problems in all$/);
    expect(e.message.split('\n').filter((l) => l.startsWith('  row '))).toHaveLength(20);
    expect(printer.writes).toBe(0);
    expect(existsSync(`${label}.inkless-print.jsonl`)).toBe(false);
  });

  it('refuses a missing field and an unknown quantity column with nothing written', async () => {
    const { label, data } = setup(rowsOf(3), { header: ['name', 'kode', 'qty'] });
    const printer = createFakePrinter('tspl');
    expect((await failure(print([label, '--data', data], printer))).message).toMatch(/row 2: .*\{\{code\}\} is neither a data column/);
    expect((await failure(print([label, '--data', data, '--quantity-column', 'count'], printer))).message).toMatch(/row 2: --quantity-column "count" is not a column/);
    expect(printer.writes).toBe(0);
  });

  it('refuses an unknown profile and a label wider than the head before opening the printer', async () => {
    const { label, data } = setup(rowsOf(1), { doc: labelDoc({ widthMm: 110 }) });
    const printer = createFakePrinter('tspl');
    const wide = await failure(print([label, '--data', data], printer));
    expect(wide.code).toBe('INKLESS_PRINTER_TOO_WIDE');
    expect(wide.message).toMatch(/label\.widthMm: the label is 110 mm .* prints at most 104\.1 mm \(832 dots\).*--profile generic-tspl-203/);
    const unknown = await failure(runPrint([label, '--profile', 'zebra-gk42', '--printer', 'fake://x'], { openTransport: () => printer }));
    expect(unknown).toMatchObject({ code: 'INKLESS_PRINTER_PROFILE_UNKNOWN' });
    expect(unknown.message).toMatch(/did you mean zebra-gk420d/);
    expect(printer.writes).toBe(0);
  });

  it('stops when the printer goes away, says what is confirmed, and --resume prints the rest exactly once', async () => {
    const { label, data } = setup(rowsOf(30));
    const journal = `${label}.inkless-print.jsonl`;
    const first = createFakePrinter('tspl', { dieAfterLabels: 13 });
    const e = await failure(print([label, '--data', data], first));
    expect(e.code).toBe('INKLESS_PRINTER_GONE');
    // Label 13 went out with its status query and was answered; the write of label 14 failed.
    expect(e.message).toMatch(/^printer fake:\/\/printer went away after label 13 of 30 \(row 14\); labels up to 13 are confirmed printed; run again with --resume to continue from label 14/);
    expect(await readJournal(journal)).toMatchObject({ confirmedLabels: 13, printer: 'fake://printer', fingerprint: { totalLabels: 30 } });

    const again = createFakePrinter('tspl');
    expect((await failure(print([label, '--data', data], again))).message).toMatch(/unfinished print job .* \(13 of 30 labels confirmed.*--resume/);
    expect(again.writes).toBe(0);

    expect(await print([label, '--data', data, '--resume'], again)).toBe(0);
    const doc = JSON.parse(readFileSync(label, 'utf8')) as object;
    const want = expectedBitmaps(doc, rowsOf(30).map(([name, code, qty], i) => ({ row: { name: name!, code: code!, qty: qty! }, printIndex: i })).slice(13));
    expect(again.labels).toHaveLength(17);
    again.labels.forEach((bitmap, i) => expect(same(bitmap, want[i]!), `label ${i + 14}`).toBe(true));
    expect(existsSync(journal)).toBe(false);
  });

  it('refuses to resume a different job, naming what changed', async () => {
    const { label, data } = setup(rowsOf(20));
    await failure(print([label, '--data', data], createFakePrinter('tspl', { dieAfterLabels: 10 })));
    writeFileSync(data, readFileSync(data, 'utf8').replace('Item 1,', 'Item X,'));
    const printer = createFakePrinter('tspl');
    const e = await failure(print([label, '--data', data, '--resume', '--copies', '2'], printer));
    expect(e.code).toBe('INKLESS_CLI_PRINT_JOURNAL');
    expect(e.message).toMatch(/cannot resume: this is not the job in .*\(the data file changed, --copies differs, the number of labels differs\)/);
    expect(printer.writes).toBe(0);
  });

  it('without a status query, counts written labels as confirmed', async () => {
    const { label, data } = setup(rowsOf(12));
    const printer = createFakePrinter('tspl', { noQuery: true, dieAfterLabels: 10 });
    const e = await failure(print([label, '--data', data], printer));
    expect(e.message).toMatch(/after label 10 of 12/);
    expect(printer.queries).toBe(0);
  });

  it('--resume without a journal says there is nothing to resume', async () => {
    const { label, data } = setup(rowsOf(2));
    expect((await failure(print([label, '--data', data, '--resume'], createFakePrinter('tspl')))).code).toBe('INKLESS_CLI_PRINT_JOURNAL');
  });
});
