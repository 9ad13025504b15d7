import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bitmapFromPng } from '@inkless/label/output';
import { ascii, makeCarrierPdf, MiniPdf, onePagePdf } from '../../import/tests/support/carrier-pdf';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_PAGES } from '../src/import/import-options';
import type { ImportResponse } from '../src/import/import-types';
import { defaultRenderSettings } from '../src/render/render-pool';
import { configureRenderer } from '../src/render/renderer';
import { barcodesOn, encryptedPdf, fileOf, pngClaiming } from './support/import-files';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const many = { max: 100_000, windowSeconds: 60 };
const limits = { signupPerIp: { ...many, name: 'signup-ip' }, loginPerIp: { ...many, name: 'login-ip' }, renderPerIp: { ...many, name: 'render-ip' } };
const ZPL_FIXTURE = new URL('../../import/tests/zpl/fixtures/shipping-4x6.zpl', import.meta.url);

/** Page pixels at `dpi` -> mm. */
const mm = (px: number, dpi: number) => (px * 25.4) / dpi;

describe.each(databaseKinds)('POST /api/import on %s', (kind) => {
  let t: TestApp;
  let c: ApiClient;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits });
    c = t.client();
  });
  afterAll(() => t.close());

  it('finds both labels of a Letter page with two turned 4x6 labels, turns them upright and reads every barcode before and after', async () => {
    const pdf = makeCarrierPdf({ paper: 'letter', layout: 'halves', form: 'vector' });
    const res = await c.post<ImportResponse>('/api/import', { file: fileOf('ship.pdf', pdf.bytes) });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const body = res.body;
    expect(body).toMatchObject({ kind: 'pdf', fileName: 'ship.pdf', pageCount: 1, stock: { widthDots: 812, heightDots: 1218, dpi: 203 } });
    const truth = pdf.pages[0]!.labels;
    expect(body.labels).toHaveLength(truth.length);
    for (const [i, label] of body.labels.entries()) {
      const want = truth[i]!;
      expect(label.pageNumber).toBe(1);
      // The region found is the label's box on the page, within 3 mm on every side.
      const r = label.region!;
      const dpi = body.sourceDpi!;
      expect(Math.abs(mm(r.x, dpi) - want.xMm), `label ${i + 1} x`).toBeLessThan(3);
      expect(Math.abs(mm(r.y, dpi) - want.yMm), `label ${i + 1} y`).toBeLessThan(3);
      expect(Math.abs(mm(r.width, dpi) - want.widthMm), `label ${i + 1} width`).toBeLessThan(3);
      expect(Math.abs(mm(r.height, dpi) - want.heightMm), `label ${i + 1} height`).toBeLessThan(3);
      expect(label.regionMm!.xMm).toBeCloseTo(mm(r.x, dpi), 0);
      // A landscape label on portrait stock is turned a quarter.
      expect([90, 270]).toContain(label.rotation);
      expect([label.widthDots, label.heightDots, label.dpi]).toEqual([812, 1218, 203]);
      // Every barcode read on the page reads the same on the label.
      const before = label.barcodes!.before.map((s) => s.text).sort();
      expect(before).toEqual([want.code128, want.pdf417].sort());
      expect(label.barcodes).toMatchObject({ ok: true, lost: [], changed: [] });
      expect(label.barcodeProblem).toBeNull();
      expect(label.document.elements).toHaveLength(1);
    }
  });

  it('answers documents that /api/render draws to the label\'s dots, whose barcodes scan to the page\'s contents', async () => {
    const pdf = makeCarrierPdf({ paper: 'a4', layout: 'top-half', form: 'image' });
    const res = await c.post<ImportResponse>('/api/import', { file: fileOf('a4.pdf', pdf.bytes), stock: { profile: 'generic-tspl-203' } });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const [label] = res.body.labels;
    const want = pdf.pages[0]!.labels[0]!;
    expect(label!.document.label).toMatchObject({ dpi: 203, widthMm: expect.closeTo(101.6, 1), heightMm: expect.closeTo(152.4, 1) });
    const png = await t.app.inject({ method: 'POST', url: '/api/render', headers: { host: 'localhost:3000', 'content-type': 'application/json', 'x-csrf-token': await csrf(c), cookie: cookies(c) }, payload: JSON.stringify({ document: label!.document, format: 'png' }) });
    expect(png.statusCode, png.body.slice(0, 300)).toBe(200);
    const bitmap = bitmapFromPng(new Uint8Array(png.rawPayload));
    expect([bitmap.width, bitmap.height]).toEqual([label!.widthDots, label!.heightDots]);
    const read = await barcodesOn(bitmap);
    expect(read.map((s) => s.split(':').slice(1).join(':')).sort()).toEqual([want.code128, want.pdf417].sort());
  });

  it('imports only the pages asked for, in that order, and takes a region, a turn and a fit given by the user', async () => {
    const pdf = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector', pages: 3 });
    const res = await c.post<ImportResponse>('/api/import', { file: fileOf('three.pdf', pdf.bytes), pages: '3,1' });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    expect(res.body.pageCount).toBe(3);
    expect(res.body.labels.map((l) => l.pageNumber)).toEqual([3, 1]);

    const want = pdf.pages[0]!.labels[0]!;
    const given = await c.post<ImportResponse>('/api/import', {
      file: fileOf('three.pdf', pdf.bytes), pages: '2', region: { xMm: want.xMm, yMm: want.yMm, widthMm: want.widthMm, heightMm: want.heightMm },
      rotate: 90, fit: 'fill', stock: { dpi: 300, widthMm: 101.6, heightMm: 152.4 },
    });
    expect(given.status, given.raw.slice(0, 300)).toBe(200);
    const [label] = given.body.labels;
    expect(label).toMatchObject({ pageNumber: 2, rotation: 90, widthDots: 1200, heightDots: 1800, dpi: 300 });
    expect(label!.region!.found).toBe('given');
    expect(label!.barcodes!.ok).toBe(true);
  });

  it('imports ZPL as the interpreter\'s editable document, with its notices and byte offsets', async () => {
    const zpl = readFileSync(ZPL_FIXTURE);
    const res = await c.post<ImportResponse>('/api/import', { file: fileOf('shipping.zpl', zpl) });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    expect(res.body).toMatchObject({ kind: 'zpl', pageCount: 1, sourceDpi: null });
    const [label] = res.body.labels;
    expect(label).toMatchObject({ pageNumber: 1, offset: 0, copies: 1, rotation: 0, region: null, barcodes: null, dpi: 203, widthDots: 812, heightDots: 1218 });
    // Editable: the barcodes are elements with their data, not one picture.
    const barcodes = label!.document.elements.flatMap((e) => (e.type === 'barcode' ? [e as unknown as { data: string }] : []));
    expect(barcodes.map((b) => b.data)).toContain('1Z12345E0205271688');
    expect(label!.document.elements.length).toBeGreaterThan(5);
    // ^MMT, ^PR and ^MD set the printer up; they are named, with where they are, not dropped silently.
    const named = [...res.body.notices, ...label!.notices];
    expect(named.length).toBeGreaterThan(0);
    for (const notice of named) expect(notice.offset).toBeGreaterThanOrEqual(0);
  });

  it('refuses hostile files with their codes and a 4xx, saying what and where, without a stack', async () => {
    const cases: [string, Uint8Array | string, number, string, RegExp][] = [
      ['locked.pdf', encryptedPdf(), 422, 'INKLESS_IMPORT_PDF_ENCRYPTED', /password/],
      ['cut.pdf', makeCarrierPdf().bytes.subarray(0, 400), 422, 'INKLESS_IMPORT_PDF_INVALID', /400 bytes/],
      ['huge-page.pdf', onePagePdf(14_400, 14_400, '0 0 72 72 re f'), 422, 'INKLESS_IMPORT_PDF_PAGE_TOO_LARGE', /page 1.*200 x 200 in/],
      ['bomb.png', pngClaiming(100_000, 100_000), 422, 'INKLESS_IMPORT_PICTURE_TOO_LARGE', /100,?000 ?x ?100,?000/],
      ['open.zpl', '^XA^FO50,50^A0N,40^FDHello^FS\n^XZ\n^XA^FO20,20^FDnever ends^FS', 422, 'INKLESS_IMPORT_ZPL_UNTERMINATED', /byte 34/],
      ['notes.txt', 'Dear customer, your parcel is on its way.', 422, 'INKLESS_IMPORT_UNKNOWN_KIND', /"Dear cus"/],
    ];
    for (const [name, bytes, status, code, where] of cases) {
      const res = await c.post('/api/import', { file: fileOf(name, bytes) });
      expect(res.status, `${name}: ${res.raw.slice(0, 300)}`).toBe(status);
      expect(res.body.error, name).toMatchObject({ code: 'INKLESS_API_FILE_REFUSED', path: 'file' });
      expect(res.body.error.issues[0].code, name).toBe(code);
      expect(res.body.error.message, name).toContain(`"${name}" cannot be imported`);
      expect(res.body.error.message, name).toMatch(where);
      expect(res.raw, name).not.toMatch(/\n\s+at |\.ts:\d+/);
    }
  });

  it('neither runs a PDF\'s JavaScript nor fetches what it links or references', async () => {
    let connections = 0;
    const listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(listener.address() as { port: number }).port}/beacon`;
      const writer = new MiniPdf();
      const pages = writer.reserve();
      const js = writer.add(`<< /S /JavaScript /JS (app.launchURL\\("${url}", true\\); this.submitForm\\("${url}"\\);) >>`);
      const spec = writer.add(`<< /Type /Filespec /FS /URL /F (${url}/file.pdf) >>`);
      const external = writer.addStream(`/Type /XObject /Subtype /Form /BBox [0 0 72 72] /Ref << /F ${spec} 0 R /Page 0 >>`, ascii(''));
      const link = writer.add(`<< /Type /Annot /Subtype /Link /Rect [0 0 100 100] /A << /S /URI /URI (${url}/uri) >> >>`);
      const content = writer.addStream('', ascii('36 36 216 360 re f /Ext Do'));
      const page = writer.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 288 432] /Contents ${content} 0 R /Resources << /XObject << /Ext ${external} 0 R >> >> /Annots [${link} 0 R] /AA << /O ${js} 0 R >> >>`);
      writer.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
      const bytes = writer.finish(writer.add(`<< /Type /Catalog /Pages ${pages} 0 R /OpenAction ${js} 0 R >>`));
      const res = await c.post<ImportResponse>('/api/import', { file: fileOf('scripted.pdf', bytes) });
      expect(res.status, res.raw.slice(0, 300)).toBe(200);
      expect(res.body.labels).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(connections).toBe(0);
    } finally {
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    }
  });

  it(`refuses more than ${MAX_IMPORT_PAGES} pages unless "pages" chooses them, and a page that is not there`, async () => {
    const pdf = makeCarrierPdf({ pages: MAX_IMPORT_PAGES + 5 });
    const all = await c.post('/api/import', { file: fileOf('many.pdf', pdf.bytes) });
    expect(all.status).toBe(422);
    expect(all.body.error).toMatchObject({ code: 'INKLESS_API_TOO_MANY_PAGES', path: 'pages' });
    expect(all.body.error.message).toContain(`the file has ${MAX_IMPORT_PAGES + 5} pages`);
    const tooMany = await c.post('/api/import', { file: fileOf('many.pdf', pdf.bytes), pages: '1-999999999' });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.code).toBe('INKLESS_API_TOO_MANY_PAGES');
    const missing = await c.post('/api/import', { file: fileOf('many.pdf', pdf.bytes), pages: '30' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe(`pages: there is no page 30; the file has ${MAX_IMPORT_PAGES + 5} pages`);
    const chosen = await c.post<ImportResponse>('/api/import', { file: fileOf('many.pdf', pdf.bytes), pages: '25' });
    expect(chosen.status, chosen.raw.slice(0, 300)).toBe(200);
    expect(chosen.body.labels.map((l) => l.pageNumber)).toEqual([25]);
  });

  it('answers 413 with the limit in plain words for a file over 10 MB, and for a body over the route\'s limit', async () => {
    const over = new Uint8Array(MAX_IMPORT_FILE_BYTES + 3).fill(0x20);
    const res = await c.post('/api/import', { file: fileOf('big.pdf', over) });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'INKLESS_API_FILE_TOO_LARGE', path: 'file.base64' });
    expect(res.body.error.message).toBe('"big.pdf" is 10 MB; this server imports files up to 10 MB: split it, or choose the pages in your PDF viewer and save them as a new file');
    const flood = await c.post('/api/import', { file: { name: 'flood.pdf', base64: 'A'.repeat(15 * 1024 * 1024) } });
    expect(flood.status).toBe(413);
    expect(flood.body.error.code).toBe('INKLESS_API_BODY_TOO_LARGE');
  });

  it('stops an import over the time limit with a 422 naming the file, and the pool goes on', async () => {
    configureRenderer(t.app, { importTimeoutMs: 1 });
    try {
      const res = await c.post('/api/import', { file: fileOf('slow.pdf', makeCarrierPdf({ pages: 3 }).bytes) });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'INKLESS_API_FILE_TOO_SLOW', path: 'file' });
      expect(res.body.error.message).toMatch(/^importing "slow\.pdf" took longer than 0\.001 s/);
    } finally {
      configureRenderer(t.app, { importTimeoutMs: defaultRenderSettings().importTimeoutMs });
    }
    const after = await c.post('/api/import', { file: fileOf('ok.zpl', '^XA^FO50,50^A0N,40^FDHello^FS^XZ') });
    expect(after.status).toBe(200);
  });

  it('is public, listed in the API description, refuses unknown fields and is counted per address with renders', async () => {
    const doc = JSON.parse((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).body);
    expect(doc.paths['/api/import'].post['x-access']).toBe('public');
    const unknown = await c.post('/api/import', { file: fileOf('a.zpl', '^XA^XZ'), colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('colour');
    const badRotate = await c.post('/api/import', { file: fileOf('a.zpl', '^XA^XZ'), rotate: 45 });
    expect(badRotate.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'rotate' });
    const hugeStock = await c.post('/api/import', { file: fileOf('a.zpl', '^XA^XZ'), stock: { dpi: 600, widthMm: 2000, heightMm: 2000 } });
    expect(hugeStock.status).toBe(400);
    expect(hugeStock.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'stock' });
    expect(hugeStock.body.error.message).toBe('stock: 2000 x 2000 mm at 600 dpi is 47244 x 47244 dots, over the 50,000,000 dots one label may have; give the label\'s real size');
  });
});

describe('POST /api/import shares the render limit per address', () => {
  it('answers 429 once the address used its renders', async () => {
    const t = await createTestApp('pglite', { limits: { ...limits, renderPerIp: { name: 'render-ip', max: 2, windowSeconds: 60 } } });
    try {
      const c = t.client();
      const zpl = fileOf('a.zpl', '^XA^FO50,50^A0N,40^FDHello^FS^XZ');
      expect((await c.post('/api/import', { file: zpl })).status).toBe(200);
      expect((await c.post('/api/import', { file: zpl })).status).toBe(200);
      const third = await c.post('/api/import', { file: zpl });
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('INKLESS_API_RATE_LIMITED');
    } finally {
      await t.close();
    }
  });
});

async function csrf(c: ApiClient): Promise<string> {
  return (await c.get<{ token: string }>('/api/auth/csrf')).body.token;
}

function cookies(c: ApiClient): string {
  return [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}
