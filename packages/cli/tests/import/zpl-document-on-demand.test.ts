// Printing a ZPL label at the dpi it was written for needs only its bitmap: the imported label
// passes the interpreter's document on without reading it, so nothing that prints builds it.
import { describe, expect, it } from 'vitest';
import { createBitmap, FontSet } from '@inkless/label';
import type { ZplLabel } from '@inkless/import';
import { zplAtPrinterDpi } from '../../src/import/imported-source';

describe('a ZPL label at its own dpi', () => {
  it('keeps the bitmap and reads the document only when asked', async () => {
    let reads = 0;
    const bitmap = createBitmap(16, 8);
    const label: ZplLabel = {
      get document(): ZplLabel['document'] {
        reads++;
        return { schemaVersion: 2, label: { widthMm: 2, heightMm: 1, dpi: 203 }, variables: {}, elements: [] } as unknown as ZplLabel['document'];
      },
      bitmap, copies: 2, offset: 0, notices: [],
    };
    const imported = await zplAtPrinterDpi(label, 1, 203, { dpi: 203, fonts: new FontSet() }, false);
    expect(imported.bitmap).toBe(bitmap);
    expect(imported.copies).toBe(2);
    expect(reads).toBe(0);
    expect(imported.document?.label.widthMm).toBe(2);
    expect(reads).toBe(1);
  });
});
