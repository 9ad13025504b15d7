import { formatIssue, validateDocument, type LabelDocument } from '@inkless/label';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadDocument } from './support/canvas-text';
import { openStudioContext, useStudioFixture } from './support/studio-suite';

/** A price label whose barcode and best-before date come from data that is not loaded. */
const FIELD_LABEL: LabelDocument = (() => {
  const r = validateDocument({
    schemaVersion: 2,
    name: 'Jar',
    label: { widthMm: 60, heightMm: 40, dpi: 203 },
    variables: {},
    elements: [
      { type: 'barcode', id: 'ean', xMm: 5, yMm: 4, widthMm: 50, heightMm: 22, symbology: 'ean13', data: '{{ean}}' },
      { type: 'text', id: 'bb', xMm: 5, yMm: 30, widthMm: 50, heightMm: 8, text: 'Best before {{best_before}}' },
    ],
  });
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.value;
})();

/** Dark canvas pixels inside a box of the label (mm), one canvas pixel per printer dot. */
function countInk(page: Page, box: { xMm: number; yMm: number; widthMm: number; heightMm: number }, dpi: number): Promise<number> {
  return page.evaluate(({ box, dpi }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-testid="label-canvas"]')!;
    const dots = (mm: number) => Math.round((mm * dpi) / 25.4);
    const pixels = canvas.getContext('2d')!.getImageData(dots(box.xMm), dots(box.yMm), dots(box.widthMm), dots(box.heightMm)).data;
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) ink++;
    return ink;
  }, { box, dpi });
}

describe('sample values while designing, in Chromium', () => {
  const fixture = useStudioFixture();

  it('draws a {{ean}} barcode with no data loaded, from a valid EAN-13 sample', async () => {
    const { context, page } = await openStudioContext(fixture);
    await loadDocument(page, FIELD_LABEL);
    const el = FIELD_LABEL.elements[0]!;
    await expect.poll(() => countInk(page, el, 203)).toBeGreaterThan(500);
    // The engine found nothing wrong with the sample row: no issue, so nothing in the status bar.
    await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().report.issues.length)).toBe(0);
    expect(await page.locator('.issues').textContent()).not.toMatch(/EAN-13/);
    await context.close();
  });
});
