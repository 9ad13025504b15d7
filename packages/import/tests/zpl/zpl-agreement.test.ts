// Pixel agreement with zpl-renderer-js (zebrash in WebAssembly) on the fixtures that draw no text:
// fonts differ by design (docs/import.md), boxes, graphics and barcodes should not.
import { describe, expect, it } from 'vitest';
import { differingShare, measureAgreement } from '../../scripts/zpl-agreement';

describe('agreement with zpl-renderer-js', () => {
  it('graphics.zpl: ^GF (hex, compressed, Z64), ~DG/^XG, ^GB, ^GC, ^GD differ in under 1.5 % of dots (zebrash draws no ^GE)', async () => {
    const [a] = await measureAgreement('graphics.zpl');
    expect(a!.differing).toBeLessThan(0.015);
    // The four graphics agree dot for dot, and so does the Code 128 symbol.
    expect(differingShare(a!.ours, a!.theirs, { x: 0, y: 0, width: 609, height: 118 })).toBe(0);
    expect(differingShare(a!.ours, a!.theirs, { x: 240, y: 240, width: 369, height: 100 })).toBe(0);
  });

  it('barcodes.zpl: differ in under 3 % of dots; QR Code and Data Matrix dot for dot', async () => {
    const [a] = await measureAgreement('barcodes.zpl');
    expect(a!.differing).toBeLessThan(0.03);
    expect(differingShare(a!.ours, a!.theirs, { x: 0, y: 250, width: 430, height: 230 })).toBe(0);
  });
});
