import type { LabelDocument, LabelInstance } from '@inkless/label';
import type { BatchItem } from '../label-batch';
import { CliError } from '../cli-error';

/** How rows become physical labels: `--quantity-column` per row, times `--copies`. */
export interface CopyPlan {
  readonly copies: number;
  readonly quantityColumn?: string;
}

/** One physical label of a print job. */
export interface PrintLabel {
  /** 1-based count of physical labels in the job: what the journal and messages count. */
  readonly labelNumber: number;
  readonly rowNumber: number;
  /** 0-based copy of this row; copies of a row share a bitmap unless the label has per-copy serials. */
  readonly copyIndex: number;
  readonly instance: LabelInstance;
}

/** A quantity cell, or why it is not one. */
export type QuantityResult = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** Reads a row's quantity: a whole number 0 or more (blank cells are an error: say 0 to skip a row). */
export function readQuantity(item: BatchItem, plan: CopyPlan): QuantityResult {
  if (plan.quantityColumn === undefined) return { ok: true, value: plan.copies };
  const row = item.instance.row ?? {};
  if (!Object.hasOwn(row, plan.quantityColumn)) {
    const columns = Object.keys(row).slice(0, 20).join(', ');
    return { ok: false, message: `--quantity-column "${plan.quantityColumn}" is not a column of the data (columns: ${columns})` };
  }
  const text = (row[plan.quantityColumn] ?? '').trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
    return { ok: false, message: `quantity "${text}" in column ${plan.quantityColumn} must be a whole number, 0 or more (0 skips the row)` };
  }
  return { ok: true, value: n * plan.copies };
}

/** True when some serial counts printed copies, so each copy must be drawn on its own. */
export function hasPerCopyVariables(doc: LabelDocument): boolean {
  return Object.values(doc.variables ?? {}).some((v) => v.kind === 'serial' && v.per === 'copy');
}

/**
 * Expands batch rows into physical labels: each row `quantity x copies` times, `printIndex`
 * counting physical labels (per-copy serials) and `labelIndex` counting rows (per-label serials).
 * Rows with a bad quantity throw: the preflight has already refused them.
 */
export async function* expandPrintLabels(items: AsyncIterable<BatchItem>, plan: CopyPlan): AsyncGenerator<PrintLabel> {
  let labelNumber = 0;
  for await (const item of items) {
    const quantity = readQuantity(item, plan);
    if (!quantity.ok) throw new CliError('INKLESS_CLI_PRINT_PREFLIGHT', `row ${item.rowNumber}: ${quantity.message}`, 2);
    for (let copyIndex = 0; copyIndex < quantity.value; copyIndex++) {
      yield { labelNumber: labelNumber + 1, rowNumber: item.rowNumber, copyIndex, instance: { ...item.instance, printIndex: labelNumber } };
      labelNumber++;
    }
  }
}
