import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bitmapFromPng, encodePng1 } from '@inkless/label/output';
import { makeCarrierPdf } from '../../import/tests/support/carrier-pdf';
import type { PrintFileResponse } from '../src/import/print-imported-file';
import { MAX_ACTIVE_JOBS_PER_USER } from '../src/printing/print-queue-limits';
import { barcodesOn, encryptedPdf, fileOf } from './support/import-files';
import { labelDoc, PRINTER_ID, startTestPrinter, startTestWorker, TEST_LIMITS, waitForJob, type TestPrinter } from './print-jobs-harness';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const ZPL_FIXTURE = new URL('../../import/tests/zpl/fixtures/shipping-4x6.zpl', import.meta.url);

describe.each(databaseKinds)('print jobs of imported files on %s', (kind) => {
  let t: TestApp;
  let printer: TestPrinter;
  let n = 0;
  const signedIn = async (): Promise<ApiClient> => {
    const c = t.client();
    await c.signUp(`importer${++n}-${kind}@example.test`);
    return c;
  };

  beforeAll(async () => {
    printer = await startTestPrinter();
    t = await createTestApp(kind, { limits: TEST_LIMITS, printers: [printer.configured] });
  });
  afterAll(async () => {
    await printer.close();
    await t.close();
  });

  it('prints a carrier PDF on the virtual printer, a job per label in page order, whose PNGs scan to the page\'s barcodes', async () => {
    const c = await signedIn();
    const pdf = makeCarrierPdf({ paper: 'letter', layout: 'halves', form: 'vector', pages: 2 });
    const truth = pdf.pages.flatMap((page) => page.labels);
    const res = await c.post<PrintFileResponse>('/api/print-jobs', { file: fileOf('ship.pdf', pdf.bytes), printerId: PRINTER_ID });
    expect(res.status, res.raw.slice(0, 400)).toBe(201);
    expect(res.body.jobs).toHaveLength(truth.length);
    expect(res.body.labels.map((l) => l.pageNumber)).toEqual([1, 1, 2, 2]);
    for (const label of res.body.labels) expect(label.barcodes!.ok).toBe(true);
    for (const job of res.body.jobs) expect(job).toMatchObject({ status: 'queued', totalLabels: 1, rows: 0, copies: 1, printerId: PRINTER_ID, templateId: null });

    const before = printer.labels.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: `w-import-${kind}`, printers: [printer.configured] });
    try {
      for (const job of res.body.jobs) await waitForJob(c, job.id as string, 'done');
    } finally {
      await worker.stop();
    }
    const printed = printer.labels.slice(before).map((l) => l.bitmap);
    expect(printed).toHaveLength(truth.length);
    for (const [i, bitmap] of printed.entries()) {
      expect([bitmap.width, bitmap.height], `label ${i + 1}`).toEqual([812, 1218]);
      // The printed label as a PNG, read back: the same contents as on the page, in page order.
      const png = bitmapFromPng(encodePng1(bitmap, { dpi: 203 }));
      const read = (await barcodesOn(png)).map((s) => s.slice(s.indexOf(':') + 1)).sort();
      expect(read, `label ${i + 1}`).toEqual([truth[i]!.code128, truth[i]!.pdf417].sort());
    }
    expect(printer.warnings).toEqual([]);
  });

  it('prints a ZPL file as the interpreter draws it, its ^PQ copies times the job\'s', async () => {
    const c = await signedIn();
    const zpl = readFileSync(ZPL_FIXTURE, 'latin1').replace('^PQ1', '^PQ2');
    const res = await c.post<PrintFileResponse>('/api/print-jobs', { file: fileOf('shipping.zpl', zpl), printerId: PRINTER_ID, copies: 2 });
    expect(res.status, res.raw.slice(0, 400)).toBe(201);
    expect(res.body.jobs).toHaveLength(1);
    expect(res.body.labels[0]!.copies).toBe(2);
    expect(res.body.jobs[0]).toMatchObject({ copies: 4, totalLabels: 4 });
    const before = printer.labels.length;
    const worker = startTestWorker(t.database.db, t.clock, { workerId: `w-zpl-${kind}`, printers: [printer.configured] });
    try {
      await waitForJob(c, res.body.jobs[0]!.id as string, 'done');
    } finally {
      await worker.stop();
    }
    const printed = printer.labels.slice(before).map((l) => l.bitmap);
    expect(printed).toHaveLength(4);
    expect(await barcodesOn(printed[0]!)).toEqual(expect.arrayContaining(['Code128:1Z12345E0205271688']));
  });

  it('refuses a file whose barcodes would not scan on the stock, queueing nothing, unless force', async () => {
    const c = await signedIn();
    const pdf = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' });
    // A 4x6 label squeezed onto 25 x 38 mm: its bars are far below a dot.
    const tiny = { file: fileOf('ship.pdf', pdf.bytes), printerId: PRINTER_ID, stock: { widthMm: 25, heightMm: 38 } };
    const refused = await c.post('/api/print-jobs', tiny);
    expect(refused.status, refused.raw.slice(0, 400)).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'INKLESS_PRINT_BARCODE_CHECK', path: 'file' });
    expect(refused.body.error.message).toMatch(/^nothing was queued: page 1: the \w+ barcode ".+" at [\d.]+ mm from the left, [\d.]+ mm from the top no longer scans/);
    expect(refused.body.error.message).toContain('"force": true');
    expect((await c.get('/api/print-jobs')).body.jobs).toEqual([]);

    const forced = await c.post<PrintFileResponse>('/api/print-jobs', { ...tiny, force: true });
    expect(forced.status, forced.raw.slice(0, 400)).toBe(201);
    expect(forced.body.labels[0]!.barcodes!.ok).toBe(false);
    expect(forced.body.jobs).toHaveLength(1);
    await c.post(`/api/print-jobs/${forced.body.jobs[0]!.id}/cancel`);
  });

  it('refuses hostile files, mixed bodies and file options without a file, queueing nothing', async () => {
    const c = await signedIn();
    const locked = await c.post('/api/print-jobs', { file: fileOf('locked.pdf', encryptedPdf()), printerId: PRINTER_ID });
    expect(locked.status).toBe(422);
    expect(locked.body.error.issues[0].code).toBe('INKLESS_IMPORT_PDF_ENCRYPTED');
    const open = await c.post('/api/print-jobs', { file: fileOf('open.zpl', '^XA^FO20,20^FDnever ends^FS'), printerId: PRINTER_ID });
    expect(open.status).toBe(422);
    expect(open.body.error.issues[0].code).toBe('INKLESS_IMPORT_ZPL_UNTERMINATED');
    const both = await c.post('/api/print-jobs', { file: fileOf('a.zpl', '^XA^XZ'), document: labelDoc(), printerId: PRINTER_ID });
    expect(both.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'document' });
    const withRows = await c.post('/api/print-jobs', { file: fileOf('a.zpl', '^XA^XZ'), rows: [{ a: '1' }], printerId: PRINTER_ID });
    expect(withRows.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'rows' });
    const dpi = await c.post('/api/print-jobs', { file: fileOf('a.zpl', '^XA^XZ'), stock: { dpi: 300 }, printerId: PRINTER_ID });
    expect(dpi.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'stock.dpi' });
    const stray = await c.post('/api/print-jobs', { document: labelDoc(), fit: 'fill', printerId: PRINTER_ID });
    expect(stray.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'fit' });
    const signedOut = await t.client().post('/api/print-jobs', { file: fileOf('a.zpl', '^XA^XZ'), printerId: PRINTER_ID });
    expect(signedOut.status).toBe(401);
    expect((await c.get('/api/print-jobs')).body.jobs).toEqual([]);
  });

  it('queues all of a file\'s labels or none when the queue limit would be passed', async () => {
    const c = await signedIn();
    const one = '^XA^FO50,50^A0N,40^FDLabel^FS^XZ';
    const filler = await c.post<PrintFileResponse>('/api/print-jobs', { file: fileOf('filler.zpl', one.repeat(MAX_ACTIVE_JOBS_PER_USER - 1)), printerId: PRINTER_ID });
    expect(filler.status, filler.raw.slice(0, 300)).toBe(201);
    expect(filler.body.jobs).toHaveLength(MAX_ACTIVE_JOBS_PER_USER - 1);
    const two = await c.post('/api/print-jobs', { file: fileOf('two.zpl', one.repeat(2)), printerId: PRINTER_ID });
    expect(two.status).toBe(429);
    expect(two.body.error.code).toBe('INKLESS_PRINT_QUEUE_FULL');
    expect((await c.get('/api/print-jobs')).body.jobs).toHaveLength(MAX_ACTIVE_JOBS_PER_USER - 1);
    for (const job of filler.body.jobs) await c.post(`/api/print-jobs/${job.id}/cancel`);
  });
});
