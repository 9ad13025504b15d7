import { startVirtualPrinter, type VirtualPrinter } from '@inkless/printers/node';
import { validateDocument, type Bitmap1 } from '@inkless/label';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the CLI's ZXing decoder checks what the printer printed.
import { decodeBarcodes } from '../../cli/src/verify/zxing-decoder';
import { startStudioFixture, type StudioFixture } from './support/studio-server';
import { openStudio } from './support/studio-page';
import { loadMergeCsv, MERGE_LABEL, mergeCodeOf } from './support/merge-helpers';

/** Row 7 of the file (the 6th data row) has a payload EAN-13 cannot encode. */
const BAD_ROW = 7;
const csv = ['name,code', ...Array.from({ length: 20 }, (_, i) => `Item ${i + 1},${i + 2 === BAD_ROW ? '12345' : mergeCodeOf(i + 1)}`)].join('\r\n');

describe('data merge and printing in Chromium', () => {
  let fixture: StudioFixture;
  let printer: VirtualPrinter;
  const printed: Bitmap1[] = [];

  beforeAll(async () => {
    printer = await startVirtualPrinter({ port: 0, language: 'tspl', log: () => undefined, warn: () => undefined, onLabel: (label) => printed.push(label.bitmap) });
    // The server prints only to printers its administrator set up: this one, on loopback.
    fixture = await startStudioFixture({ INKLESS_PRINTERS: JSON.stringify([{ id: 'desk', name: 'Desk printer', uri: `tcp://127.0.0.1:${printer.port}`, profile: 'generic-tspl-203' }]) });
  });

  afterAll(async () => {
    await printer?.close();
    await fixture?.close();
  });

  it('merges a 20-row CSV, fixes the row the preflight refuses, prints through the server and every barcode decodes to its row', async () => {
    const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    await openStudio(page, fixture.origin);
    // Sign up through the API from the page: the session cookie lands in this browser context.
    const signedUp = await page.evaluate(async () => {
      const { token } = await (await fetch('/api/auth/csrf')).json();
      const res = await fetch('/api/auth/signup', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token },
        body: JSON.stringify({ email: 'merge@example.test', password: 'correct horse battery staple 42', displayName: 'Merge Tester' }),
      });
      return res.status;
    });
    expect(signedUp).toBe(201);
    expect((await context.cookies()).length).toBeGreaterThan(0);
    // Open the studio again: it asks the server who is signed in when it starts.
    await openStudio(page, fixture.origin);

    // Load the label, then the data file through the file chooser.
    const valid = validateDocument(MERGE_LABEL);
    if (!valid.ok) throw new Error(valid.issues[0]?.message);
    await page.evaluate((doc) => window.__inklessStudio!.editor.load(doc), valid.value);
    await expect.poll(() => page.evaluate(() => window.__inklessStudio!.state.getState().report.fieldNames.join(','))).toBe('name,code');
    await loadMergeCsv(page, 'items.csv', csv);
    await expect.poll(() => page.getByTestId('merge-summary').textContent()).toBe('1 row with problems');
    expect(await page.locator(`tr[data-row="${BAD_ROW}"] .row-issue`).textContent()).toMatch(/EAN-13/);
    await expect.poll(() => page.getByTestId('merge-panel-problems').textContent()).toBe('1 row with problems');
    await expect.poll(() => page.getByTestId('print-start').isDisabled()).toBe(true);

    // Step to the bad row: the designer shows its data; fix its code in the row editor.
    await page.locator(`tr[data-row="${BAD_ROW}"] button`).click();
    expect(await page.getByTestId('merge-current').textContent()).toBe('Row 7 (20 rows)');
    expect(await page.evaluate(() => window.__inklessStudio!.state.getState().sampleRow)).toEqual({ name: 'Item 6', code: '12345' });
    await page.getByLabel(`code (row ${BAD_ROW})`).fill(mergeCodeOf(BAD_ROW - 1));
    await expect.poll(() => page.getByTestId('merge-summary').textContent()).toBe('0 rows with problems');
    await page.locator('dialog[data-screen="merge"] .screen-head button').click();

    // Print through the server to the virtual printer, and wait for the progress view to say done.
    await page.getByLabel('Printer connection').selectOption('server');
    const printerList = page.getByLabel('Server printer');
    await printerList.focus();
    await expect.poll(() => printerList.locator('option').allTextContents()).toEqual(['…', 'Desk printer']);
    await printerList.selectOption('desk');
    expect(await page.getByTestId('print-start').textContent()).toBe('Print 20 labels');
    await page.getByTestId('print-start').click();
    await page.waitForSelector('[data-testid="print-progress"][data-state="done"]', { timeout: 45_000 });
    expect(await page.getByTestId('print-progress').textContent()).toContain('Printed 20 of 20 labels');

    expect(printed).toHaveLength(20);
    for (const [i, bitmap] of printed.entries()) {
      const symbols = await decodeBarcodes(bitmap, { formats: ['EAN13'], borderDots: 16 });
      expect(symbols.map((s) => s.text.slice(0, 12)), `label ${i + 1}`).toEqual([mergeCodeOf(i + 1)]);
    }
    await context.close();
  });
});
