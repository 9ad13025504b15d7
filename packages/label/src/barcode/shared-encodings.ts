// Symbols shared within one piece of work. A host that sizes a barcode itself before the engine
// draws it (the ZPL interpreter places each symbol's box from its exact size) would otherwise
// encode every symbol twice; inside shareEncodings each request is encoded once. The memory lives
// only for the run (one label), so nothing is remembered from one label to the next.
import type { BarcodeSymbol } from './symbol';

/** Symbols encoded in the current run, by request; undefined outside a run. */
let shared: Map<string, BarcodeSymbol> | undefined;

/** Most symbols one run remembers: a label has at most a few thousand fields. */
const MAX_SHARED = 4096;

/**
 * Runs `work` with encodings shared: an encodeBarcode call that repeats an earlier one of the same
 * run (same symbology, data, options) returns the symbol already made. Nested runs join the outer one.
 * `work` must be synchronous: the run ends when it returns (a promise would outlive it).
 *
 * @example
 * const label = shareEncodings(() => {
 *   const symbol = encodeBarcode(request, 'data'); // sized here...
 *   return renderLabel(docWithTheBarcode, env);      // ...drawn here without encoding again
 * });
 */
export function shareEncodings<T>(work: () => T): T {
  if (shared) return work();
  shared = new Map();
  try {
    return work();
  } finally {
    shared = undefined;
  }
}

/** The symbol an earlier request of this run made, if any. */
export function sharedSymbol(key: string): BarcodeSymbol | undefined {
  return shared?.get(key);
}

/** Remembers a symbol for the rest of the run (outside a run, nothing). */
export function shareSymbol(key: string, symbol: BarcodeSymbol): void {
  if (shared && shared.size < MAX_SHARED) shared.set(key, symbol);
}
