import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPdfEngine } from '@inkless/import/node';
import { makeCarrierPdf } from '../../import/tests/support/carrier-pdf';
import { encodeWebp, greyToRgba, webpClaiming } from '../../import/tests/support/make-webp';
import type { ImportResponse } from '../src/import/import-types';
import { fileOf } from './support/import-files';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';

// POST /api/import takes a WebP like any other picture: its barcodes read the same before and
// after, and a WebP whose header claims 100,000 x 100,000 pixels is refused with its code.

const many = { max: 100_000, windowSeconds: 60 };
const limits = { signupPerIp: { ...many, name: 'signup-ip' }, loginPerIp: { ...many, name: 'login-ip' }, renderPerIp: { ...many, name: 'render-ip' } };

describe('POST /api/import of a WebP', () => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp('pglite', { limits });
    c = t.client();
  });
  afterAll(() => t.close());

  it('imports a lossless WebP of a label at 203 dpi with every barcode reading as on the page', async () => {
    const carrier = makeCarrierPdf({ paper: 'a4', layout: 'top-half', form: 'vector' });
    const pdf = (await loadPdfEngine()).open(carrier.bytes);
    const grey = pdf.renderPage(0, 203);
    pdf.close();
    const webp = await encodeWebp(greyToRgba(grey), grey.width, grey.height, 'lossless');
    const res = await c.post<ImportResponse>('/api/import', { file: fileOf('label.webp', webp), stock: { profile: 'generic-tspl-203' } });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    expect([res.body.kind, res.body.sourceDpi]).toEqual(['picture', 203]);
    const { code128, pdf417 } = carrier.pages[0]!.labels[0]!;
    const [label] = res.body.labels;
    expect(label!.barcodes!.before.map((s) => s.text).sort()).toEqual([code128, pdf417].sort());
    expect(label!.barcodes).toMatchObject({ ok: true, lost: [], changed: [] });
  }, 300_000);

  it('refuses a WebP claiming 100,000 x 100,000 pixels with its code and size', async () => {
    const res = await c.post('/api/import', { file: fileOf('bomb.webp', webpClaiming(100_000, 100_000)) });
    expect(res.status, res.raw.slice(0, 300)).toBe(422);
    expect(res.body.error.issues[0].code).toBe('INKLESS_IMPORT_PICTURE_TOO_LARGE');
    expect(res.body.error.message).toMatch(/100,?000 ?x ?100,?000/);
  });
});
