import { describe, it, expect } from 'vitest';
import type { BatchItem } from '../label-batch';
import { expandPrintLabels, readQuantity } from './print-labels';

const item = (rowNumber: number, row: Record<string, string>): BatchItem => ({ rowNumber, instance: { row, labelIndex: rowNumber - 2, printIndex: rowNumber - 2 } });

async function* itemsOf(list: BatchItem[]): AsyncGenerator<BatchItem> {
  yield* list;
}

describe('readQuantity', () => {
  it.each([['3', 2, 6], ['0', 5, 0], [' 12 ', 1, 12]])('reads "%s" x %i copies as %i', (qty, copies, want) => {
    expect(readQuantity(item(2, { qty }), { copies, quantityColumn: 'qty' })).toEqual({ ok: true, value: want });
  });

  it.each(['', '-1', '1.5', 'two', '1e3', '99999999999999999999'])('refuses "%s"', (qty) => {
    const r = readQuantity(item(2, { qty }), { copies: 1, quantityColumn: 'qty' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/must be a whole number, 0 or more/);
  });

  it('names the columns when the quantity column is missing, and uses --copies without one', () => {
    const r = readQuantity(item(2, { a: '1', b: '2' }), { copies: 1, quantityColumn: 'qty' });
    expect(r).toEqual({ ok: false, message: '--quantity-column "qty" is not a column of the data (columns: a, b)' });
    expect(readQuantity(item(2, {}), { copies: 4 })).toEqual({ ok: true, value: 4 });
  });
});

describe('expandPrintLabels', () => {
  it('numbers physical labels from 1 and counts printIndex across rows and copies, keeping labelIndex per row', async () => {
    const labels = [];
    for await (const l of expandPrintLabels(itemsOf([item(2, { qty: '2' }), item(3, { qty: '0' }), item(4, { qty: '1' })]), { copies: 2, quantityColumn: 'qty' })) labels.push(l);
    expect(labels.map((l) => [l.labelNumber, l.rowNumber, l.copyIndex, l.instance.printIndex, l.instance.labelIndex])).toEqual([
      [1, 2, 0, 0, 0], [2, 2, 1, 1, 0], [3, 2, 2, 2, 0], [4, 2, 3, 3, 0], [5, 4, 0, 4, 2], [6, 4, 1, 5, 2],
    ]);
  });
});
