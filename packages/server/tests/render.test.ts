import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLabel, hashBitmap, validateDocument, type Bitmap1 } from '@inkless/label';
import { bitmapFromPng, concatBytes, encodePng1 } from '@inkless/label/output';
import { drivers, findProfile, type JobOptions } from '@inkless/printers';
import { loadServerFonts } from '../src/render/node-fonts';
import { configureRenderer } from '../src/render/renderer';
import { createTemplate } from '../src/templates/template-store';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const many = { max: 100_000, windowSeconds: 60 };
const limits = { signupPerIp: { ...many, name: 'signup-ip' }, loginPerIp: { ...many, name: 'login-ip' }, renderPerIp: { ...many, name: 'render-ip' } };

/** A 50 x 30 mm label with a data field, a barcode and a frame. */
const priceLabel = {
  schemaVersion: 2, label: { widthMm: 50, heightMm: 30, dpi: 203 },
  elements: [
    { type: 'rect', xMm: 0.5, yMm: 0.5, widthMm: 49, heightMm: 29, strokeMm: 0.4 },
    { type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 7, text: '{{product}}', fontSizePt: 10, bold: true },
    { type: 'barcode', xMm: 2, yMm: 10, widthMm: 46, heightMm: 18, symbology: 'code128', data: 'INK-{{sku}}' },
  ],
};
const row = { product: 'Oat milk 1 l', sku: '4711' };

/** The engine's own bitmap of a document and row: what every output must be made of. */
function engineBitmap(document: unknown, data?: Record<string, string>): Bitmap1 {
  const checked = validateDocument(document);
  if (!checked.ok) throw new Error(`test document is invalid: ${JSON.stringify(checked.issues)}`);
  const rendered = compileLabel(checked.value, { fonts: loadServerFonts() }).render({ ...(data ? { row: data } : {}), labelIndex: 0 });
  if (!rendered.ok) throw new Error(`test document does not render: ${JSON.stringify(rendered.issues)}`);
  return rendered.value.bitmap;
}

/** A POST whose answer is read as bytes (the test client reads bodies as text). */
async function postForBytes(t: TestApp, c: ApiClient, url: string, body: unknown): Promise<{ status: number; headers: Record<string, unknown>; bytes: Uint8Array; json(): any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const token = (await c.get<{ token: string }>('/api/auth/csrf')).body.token;
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await t.app.inject({
    method: 'POST', url, payload: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { host: 'localhost:3000', 'content-type': 'application/json', 'x-csrf-token': token, ...(cookie ? { cookie } : {}) },
  });
  return { status: res.statusCode, headers: res.headers, bytes: new Uint8Array(res.rawPayload), json: () => JSON.parse(res.body) };
}

describe.each(databaseKinds)('render on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const user = async (): Promise<{ c: ApiClient; id: string }> => {
    const c = t.client();
    const me = await c.signUp(`render${++n}-${kind}@example.test`);
    return { c, id: me.id };
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { limits });
  });
  afterAll(() => t.close());

  it('renders PNG that decodes to the engine\'s bitmap bit for bit, data row merged, without an account', async () => {
    const res = await postForBytes(t, t.client(), '/api/render', { document: priceLabel, row, format: 'png' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['content-disposition']).toBe('inline; filename="label.png"');
    const expected = engineBitmap(priceLabel, row);
    const decoded = bitmapFromPng(res.bytes);
    expect([decoded.width, decoded.height]).toEqual([400, 240]);
    expect(hashBitmap(decoded)).toBe(hashBitmap(expected));
    expect(Buffer.from(decoded.data).equals(Buffer.from(expected.data))).toBe(true);
    expect(Buffer.from(res.bytes).equals(Buffer.from(encodePng1(expected, { dpi: 203 })))).toBe(true);
    // Another row, other bits.
    const other = await postForBytes(t, t.client(), '/api/render', { document: priceLabel, row: { product: 'Rye bread', sku: 99 }, format: 'png' });
    expect(hashBitmap(bitmapFromPng(other.bytes))).toBe(hashBitmap(engineBitmap(priceLabel, { product: 'Rye bread', sku: '99' })));
    expect(hashBitmap(bitmapFromPng(other.bytes))).not.toBe(hashBitmap(expected));
  });

  it('renders ZPL and TSPL bytes equal to the driver\'s output for the same bitmap', async () => {
    const bitmap = engineBitmap(priceLabel, row);
    const job = (headWidthDots: number): JobOptions => ({ dpi: 203, widthMm: 50, heightMm: 30, headWidthDots, media: { type: 'gap', gapMm: 3, markMm: 3, offsetMm: 0 }, copies: 1 });
    const expectedBytes = (language: 'zpl' | 'tspl', options: JobOptions) => concatBytes([drivers[language].startJob(options), drivers[language].encodeLabel(bitmap, options), drivers[language].endJob(options)]);

    const zpl = await postForBytes(t, t.client(), '/api/render', { document: priceLabel, row, format: 'zpl' });
    expect(zpl.status).toBe(200);
    expect(zpl.headers['content-type']).toBe('application/octet-stream');
    expect(zpl.headers['content-disposition']).toBe('inline; filename="label.zpl"');
    expect(Buffer.from(zpl.bytes).equals(Buffer.from(expectedBytes('zpl', job(findProfile('generic-zpl-203')!.headWidthDots))))).toBe(true);
    expect(Buffer.from(zpl.bytes).subarray(0, 3).toString()).toBe('^XA');

    const tspl = await postForBytes(t, t.client(), '/api/render', { document: priceLabel, row, format: 'tspl', profile: 'tsc-te200' });
    expect(tspl.status).toBe(200);
    expect(Buffer.from(tspl.bytes).equals(Buffer.from(expectedBytes('tspl', job(864))))).toBe(true);

    // Receipt printers (ESC/POS) have no gap sensor: a continuous label.
    const receipt = { ...priceLabel, label: { ...priceLabel.label, media: { type: 'continuous' } } };
    for (const format of ['escpos', 'cpcl']) {
      const res = await postForBytes(t, t.client(), '/api/render', { document: receipt, row, format });
      expect(res.status, `${format}: ${Buffer.from(res.bytes).toString().slice(0, 300)}`).toBe(200);
      expect(res.bytes.length, format).toBeGreaterThan(100);
    }
  });

  it('renders a PDF of the label\'s size', async () => {
    const res = await postForBytes(t, t.client(), '/api/render', { document: priceLabel, row, format: 'pdf' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = Buffer.from(res.bytes).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // 50 x 30 mm in points.
    expect(text).toMatch(/\/MediaBox \[0 0 141\.73\d* 85\.03\d*\]/);
  });

  it('says which element failed: a barcode that does not fit, a missing data field (422 with the path)', async () => {
    const tooSmall = { schemaVersion: 2, label: { widthMm: 30, heightMm: 20 }, elements: [{ type: 'barcode', xMm: 1, yMm: 1, widthMm: 6, heightMm: 10, symbology: 'code128', data: 'A VERY LONG CODE 128 VALUE 0123456789' }] };
    const barcode = await postForBytes(t, t.client(), '/api/render', { document: tooSmall, format: 'png' });
    expect(barcode.status).toBe(422);
    expect(barcode.json().error).toMatchObject({ code: 'INKLESS_RENDER_FAILED' });
    expect(barcode.json().error.path).toMatch(/^document\.elements\[0\]/);
    expect(barcode.json().error.issues[0].code).toBe('INKLESS_BARCODE_TOO_BIG');

    const missing = await postForBytes(t, t.client(), '/api/render', { document: priceLabel, row: { product: 'Milk' }, format: 'png' });
    expect(missing.status).toBe(422);
    expect(missing.json().error).toMatchObject({ code: 'INKLESS_RENDER_FAILED', path: 'document.elements[2].data' });
    expect(missing.json().error.message).toContain('{{sku}}');

    const invalid = await postForBytes(t, t.client(), '/api/render', { document: { ...priceLabel, label: { widthMm: 0, heightMm: 30 } }, format: 'png' });
    expect(invalid.status).toBe(422);
    expect(invalid.json().error).toMatchObject({ code: 'INKLESS_TEMPLATE_INVALID', path: 'document.label.widthMm' });
  });

  it('checks the body and the printer profile: unknown fields, formats and profiles, profiles that do not fit', async () => {
    const c = t.client();
    const send = async (body: unknown) => (await postForBytes(t, c, '/api/render', body)).json().error;
    expect(await send({ document: priceLabel, row, format: 'png', scale: 4 })).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST' });
    expect((await send({ document: priceLabel, row, format: 'png', scale: 4 })).message).toContain('scale');
    expect(await send({ document: priceLabel, format: 'bmp' })).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'format' });
    expect(await send({ format: 'png' })).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'document' });
    expect(await send({ document: priceLabel, row, format: 'png', profile: 'zebra-gk420d' })).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'profile' });
    expect(await send({ document: priceLabel, row, format: 'zpl', profile: 'zebra-gk42' })).toMatchObject({ code: 'INKLESS_RENDER_FAILED', path: 'profile' });
    expect(await send({ document: priceLabel, row, format: 'zpl', profile: 'tsc-te200' })).toMatchObject({ code: 'INKLESS_RENDER_FAILED', path: 'profile' });
    expect(await send({ document: { ...priceLabel, label: { widthMm: 50, heightMm: 30, dpi: 300 } }, row, format: 'zpl', profile: 'zebra-gk420d' })).toMatchObject({ code: 'INKLESS_RENDER_FAILED', path: 'document.label.dpi' });
    expect(await send({ document: { ...priceLabel, label: { widthMm: 150, heightMm: 30 } }, row, format: 'tspl' })).toMatchObject({ code: 'INKLESS_RENDER_FAILED', path: 'document.label.widthMm' });
    expect(await send({ document: priceLabel, row: { product: { nested: true } }, format: 'png' })).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'row.product' });
  });

  it('refuses a body over the route\'s limit with 413 before reading it', async () => {
    const huge = { document: { ...priceLabel, elements: [{ type: 'text', xMm: 1, yMm: 1, widthMm: 10, heightMm: 10, text: 'x'.repeat(2.5 * 1024 * 1024) }] }, format: 'png' };
    const res = await postForBytes(t, t.client(), '/api/render', huge);
    expect(res.status).toBe(413);
    expect(res.json().error.code).toBe('INKLESS_API_BODY_TOO_LARGE');
  });

  it('stops a render that takes longer than the time limit with 503, and renders again afterwards', async () => {
    // 200 x 280 mm at 600 dpi: 31 million dots, far more than a millisecond of work.
    const poster = { schemaVersion: 2, label: { widthMm: 200, heightMm: 280, dpi: 600 }, elements: [{ type: 'barcode', xMm: 5, yMm: 5, widthMm: 190, heightMm: 190, symbology: 'qrcode', data: 'x'.repeat(1500) }] };
    configureRenderer(t.app, { timeoutMs: 1 });
    try {
      const slow = await postForBytes(t, t.client(), '/api/render', { document: poster, format: 'png' });
      expect(slow.status).toBe(503);
      expect(slow.json().error.code).toBe('INKLESS_RENDER_TIMEOUT');
      expect(slow.json().error.message).toContain('1 ms');
    } finally {
      configureRenderer(t.app, { timeoutMs: 60_000 });
    }
    const next = await postForBytes(t, t.client(), '/api/render', { document: priceLabel, row, format: 'png' });
    expect(next.status).toBe(200);
    expect(hashBitmap(bitmapFromPng(next.bytes))).toBe(hashBitmap(engineBitmap(priceLabel, row)));
  });

  it('renders a template by id: yours or a shared one, never someone else\'s private one', async () => {
    const a = await user();
    const b = await user();
    const own = await createTemplate(t.database.db, a.id, { document: priceLabel, name: 'Price' }, () => t.clock.now());
    const mine = await postForBytes(t, a.c, '/api/render', { templateId: own.id, row, format: 'png' });
    expect(mine.status).toBe(200);
    expect(hashBitmap(bitmapFromPng(mine.bytes))).toBe(hashBitmap(engineBitmap(priceLabel, row)));
    expect((await postForBytes(t, b.c, '/api/render', { templateId: own.id, row, format: 'png' })).status).toBe(404);
    expect((await postForBytes(t, t.client(), '/api/render', { templateId: own.id, row, format: 'png' })).status).toBe(404);
    await t.database.db.query("UPDATE templates SET visibility = 'public' WHERE id = $1", [own.id]);
    expect((await postForBytes(t, b.c, '/api/render', { templateId: own.id, row, format: 'png' })).status).toBe(200);
    expect((await postForBytes(t, b.c, '/api/render', { templateId: own.id, document: priceLabel, format: 'png' })).json().error.code).toBe('INKLESS_API_BAD_REQUEST');
  });

  it('counts renders per address: past the limit, 429 with Retry-After', async () => {
    const local = await createTestApp(kind, { limits: { ...limits, renderPerIp: { name: 'render-ip', max: 2, windowSeconds: 60 } } });
    try {
      const c = local.client();
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await postForBytes(local, c, '/api/render', { document: priceLabel, row, format: 'png' })).status);
      expect(statuses).toEqual([200, 200, 429]);
      const limited = await postForBytes(local, c, '/api/render', { document: priceLabel, row, format: 'png' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      local.clock.advance(61_000);
      expect((await postForBytes(local, c, '/api/render', { document: priceLabel, row, format: 'png' })).status).toBe(200);
    } finally {
      await local.close();
    }
  });
});
