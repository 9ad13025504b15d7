import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app';

const limits = { renderPerIp: { max: 100_000, windowSeconds: 60, name: 'render-ip' } };

/** A label whose EAN-13 barcode has one digit: the engine refuses it when it draws the label. */
const badBarcode = {
  schemaVersion: 2, label: { widthMm: 50, heightMm: 30, dpi: 203 },
  elements: [{ type: 'barcode', xMm: 2, yMm: 2, widthMm: 40, heightMm: 20, symbology: 'ean13', data: '1' }],
};
/** A label with a field the schema does not have: refused when the document is read. */
const unknownField = { ...badBarcode, elements: [{ type: 'text', xMm: 2, yMm: 2, widthMm: 40, heightMm: 8, text: 'Best price', colour: 'red' }] };

describe('error responses carry each issue in plain words, in the request\'s language', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { limits });
  });
  afterAll(() => t.close());

  const render = async (document: unknown, acceptLanguage?: string) => {
    const c = t.client();
    const token = (await c.get<{ token: string }>('/api/auth/csrf')).body.token;
    const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await t.app.inject({
      method: 'POST', url: '/api/render', payload: JSON.stringify({ document, format: 'png' }),
      headers: { host: 'localhost:3000', 'content-type': 'application/json', 'x-csrf-token': token, cookie, ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}) },
    });
    return { status: res.statusCode, error: (JSON.parse(res.body) as { error: { code: string; issues: { code: string; path: string; message: string; text: string }[] } }).error };
  };

  it('Accept-Language: zh-CN gives Chinese text for a validation error; code, path and message stay', async () => {
    const res = await render(unknownField, 'zh-CN,zh;q=0.9,en;q=0.8');
    expect(res.status).toBe(422);
    expect(res.error.code).toBe('INKLESS_TEMPLATE_INVALID');
    expect(res.error.issues).toEqual([{
      code: 'INKLESS_DOC_UNKNOWN_FIELD', path: 'document.elements[0].colour', message: 'unknown field "colour"',
      text: '文本“Best price”有一项此版本 Inkless 不认识的设置：请更新 Inkless，或删除该设置',
    }]);
  });

  it('without Accept-Language (or with English) the text is English and names the barcode', async () => {
    for (const header of [undefined, 'en-GB,en;q=0.9']) {
      const res = await render(badBarcode, header);
      expect(res.status).toBe(422);
      expect(res.error.issues[0]).toMatchObject({ code: 'INKLESS_BARCODE_LENGTH', path: 'document.elements[0].data' });
      expect(res.error.issues[0]!.text).toBe("The EAN-13 barcode '1' has the wrong number of digits for its type: check the number, or pick another type");
    }
  });
});
