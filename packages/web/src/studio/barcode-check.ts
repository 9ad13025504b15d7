import { validateBarcode, type Issue, type VariableDef } from '@inkless/label';

/** The fields of a barcode element that decide whether its payload encodes. */
export interface BarcodePayload {
  readonly symbology: unknown;
  readonly data: unknown;
  readonly qrErrorLevel?: unknown;
  readonly checkDigit?: unknown;
  readonly options?: unknown;
}

/** The first problem's message of findBarcodeIssue, or undefined when the payload encodes. */
export function checkBarcodePayload(element: BarcodePayload, variables: Readonly<Record<string, VariableDef>>, sampleRow: Readonly<Record<string, string>>): string | undefined {
  return findBarcodeIssue(element, variables, sampleRow)?.message;
}

/**
 * What the engine says about a barcode's payload as the designer shows it ({{fields}} filled
 * with their sample values, else their own names): the first issue (its path within the element,
 * e.g. `data`), or undefined when it encodes. Data that uses a date or serial variable is checked
 * when it prints, not here.
 */
export function findBarcodeIssue(element: BarcodePayload, variables: Readonly<Record<string, VariableDef>>, sampleRow: Readonly<Record<string, string>>): Issue | undefined {
  let usesVariable = false;
  const data = String(element.data ?? '').replace(/\{\{([^{}]+?)\}\}/g, (_whole, raw: string) => {
    const name = raw.trim();
    if (Object.hasOwn(variables, name)) usesVariable = true;
    return sampleRow[name] ?? name;
  });
  if (usesVariable) return undefined;
  const issues = validateBarcode({
    symbology: String(element.symbology),
    data,
    ...(element.qrErrorLevel !== undefined ? { qrErrorLevel: element.qrErrorLevel as 'L' | 'M' | 'Q' | 'H' } : {}),
    checkDigit: Boolean(element.checkDigit),
    ...(element.options ? { options: element.options as Record<string, unknown> } : {}),
  });
  return issues[0];
}
