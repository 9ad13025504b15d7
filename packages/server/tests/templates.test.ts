import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileLabel, countInk, type LabelDocument } from '@inkless/label';
import { bitmapFromPng, encodePreviewPng } from '@inkless/label/output';
import { loadServerFonts } from '../src/render/node-fonts';
import { createTemplate } from '../src/templates/template-store';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const many = { max: 100_000, windowSeconds: 60 };

/** A small static label: a frame and a word. */
function shelfLabel(text = 'Shelf A1'): Record<string, unknown> {
  return {
    schemaVersion: 2, name: 'Shelf label', label: { widthMm: 40, heightMm: 30, dpi: 203 },
    elements: [
      { type: 'rect', xMm: 1, yMm: 1, widthMm: 38, heightMm: 28, strokeMm: 0.5 },
      { type: 'text', xMm: 3, yMm: 10, widthMm: 34, heightMm: 8, text, fontSizePt: 12 },
    ],
  };
}

/** Inputs that break naive SQL or HTML; they must come back exactly as sent. */
const HOSTILE = [
  "Robert'); DROP TABLE templates;--",
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' -- ",
  '${7*7} #{7*7} \\u0027 %27 \\ --',
];

/** Bytes of a response, for images and files (the test client reads bodies as text). */
async function fetchBytes(t: TestApp, c: ApiClient, url: string): Promise<{ status: number; headers: Record<string, unknown>; bytes: Uint8Array }> {
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await t.app.inject({ method: 'GET', url, headers: { host: 'localhost:3000', ...(cookie ? { cookie } : {}) } });
  return { status: res.statusCode, headers: res.headers, bytes: new Uint8Array(res.rawPayload) };
}

describe.each(databaseKinds)('templates on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const user = async (): Promise<{ c: ApiClient; id: string }> => {
    const c = t.client();
    const me = await c.signUp(`tpl${++n}-${kind}@example.test`);
    return { c, id: me.id };
  };
  const create = async (c: ApiClient, body: Record<string, unknown> = {}) => {
    const res = await c.post('/api/templates', { document: shelfLabel(), name: 'Shelf label', ...body });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.raw}`);
    return res.body.template as { id: string; version: number; [k: string]: unknown };
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: { signupPerIp: { ...many, name: 'signup-ip' }, loginPerIp: { ...many, name: 'login-ip' } } });
  });
  afterAll(() => t.close());

  it('creates, reads, lists, updates and deletes a template; a stale version gets 409 and changes nothing', async () => {
    const { c } = await user();
    const made = await c.post('/api/templates', { document: shelfLabel(), name: 'Pantry', description: 'Jars on the left', folder: 'Kitchen/Jars', tags: ['Food', ' food', 'Pantry Shelf'], printerLanguage: 'tspl' });
    expect(made.status).toBe(201);
    const tpl = made.body.template;
    expect(tpl).toMatchObject({ name: 'Pantry', description: 'Jars on the left', folder: 'Kitchen/Jars', tags: ['food', 'pantry shelf'], version: 1, widthMm: 40, heightMm: 30, printerLanguage: 'tspl', visibility: 'private', mine: true });
    expect(tpl.document).toMatchObject({ schemaVersion: 2, label: { widthMm: 40, heightMm: 30, dpi: 203 } });

    const read = await c.get(`/api/templates/${tpl.id}`);
    expect(read.status).toBe(200);
    expect(read.body.template).toEqual(tpl);
    const list = await c.get('/api/templates');
    expect(list.body.templates.map((x: { id: string }) => x.id)).toEqual([tpl.id]);
    expect(list.body.templates[0]).not.toHaveProperty('document');

    const updated = await c.put(`/api/templates/${tpl.id}`, { version: 1, name: 'Pantry (left)', document: shelfLabel('Shelf B2') });
    expect(updated.status).toBe(200);
    expect(updated.body.template).toMatchObject({ name: 'Pantry (left)', version: 2, description: 'Jars on the left', tags: ['food', 'pantry shelf'] });
    expect(updated.body.template.document.elements[1].text).toBe('Shelf B2');

    const stale = await c.put(`/api/templates/${tpl.id}`, { version: 1, name: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'INKLESS_API_CONFLICT', path: 'version' });
    expect((await c.get(`/api/templates/${tpl.id}`)).body.template).toMatchObject({ name: 'Pantry (left)', version: 2 });

    expect((await c.delete(`/api/templates/${tpl.id}`)).status).toBe(204);
    expect((await c.get(`/api/templates/${tpl.id}`)).status).toBe(404);
    expect((await c.delete(`/api/templates/${tpl.id}`)).status).toBe(404);
    const [left] = await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM template_versions WHERE template_id = $1', [tpl.id]);
    expect(left!.n).toBe(0);
  });

  it('lets exactly one of several simultaneous saves of the same version through', async () => {
    const { c } = await user();
    const tpl = await create(c);
    const saves = await Promise.all(Array.from({ length: 6 }, (_, i) => c.put(`/api/templates/${tpl.id}`, { version: 1, name: `Save ${i}` })));
    expect(saves.filter((s) => s.status === 200)).toHaveLength(1);
    expect(saves.filter((s) => s.status === 409)).toHaveLength(5);
    const winner = saves.find((s) => s.status === 200)!.body.template.name;
    expect((await c.get(`/api/templates/${tpl.id}`)).body.template).toMatchObject({ name: winner, version: 2 });
    expect((await c.get(`/api/templates/${tpl.id}/versions`)).body.versions).toHaveLength(1);
  });

  it('validates documents with the engine: 422 with field paths, older schema versions migrated, unknown body fields refused', async () => {
    const { c } = await user();
    const bad = shelfLabel();
    (bad.elements as Record<string, unknown>[])[1]!.widthMm = -4;
    const invalid = await c.post('/api/templates', { document: bad, name: 'Bad' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error).toMatchObject({ code: 'INKLESS_TEMPLATE_INVALID', path: 'document.elements[1].widthMm' });
    expect(invalid.body.error.issues[0]).toMatchObject({ path: 'document.elements[1].widthMm' });
    const noLabel = await c.post('/api/templates', { document: { schemaVersion: 2, elements: [] } });
    expect(noLabel.status).toBe(422);
    expect(noLabel.body.error.path).toBe('document.label');
    expect((await c.post('/api/templates', { name: 'No document' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'document' });
    // Text PostgreSQL cannot store is refused with its path, not a 500, by the one input rule of every body: a NUL, a lone surrogate.
    expect((await c.post('/api/templates', { document: shelfLabel('a\u0000b') })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'document.elements[1].text' });
    expect((await c.post('/api/templates', { document: shelfLabel('a\ud800b') })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'document.elements[1].text' });
    expect((await c.post('/api/templates', { document: shelfLabel(), name: 'x\udc00' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'name' });

    // Version 1 documents named sizes without units.
    const v1 = { schemaVersion: 1, label: { width: 62, height: 29 }, elements: [{ type: 'text', x: 1, y: 1, w: 60, h: 10, text: 'Old' }] };
    const migrated = await c.post('/api/templates', { document: v1 });
    expect(migrated.status).toBe(201);
    expect(migrated.body.template).toMatchObject({ name: 'Untitled label', widthMm: 62, heightMm: 29 });
    expect(migrated.body.template.document).toMatchObject({ schemaVersion: 2, label: { widthMm: 62, heightMm: 29 }, elements: [{ xMm: 1, widthMm: 60 }] });

    const sneaky = await c.post('/api/templates', { document: shelfLabel(), ownerId: randomUUID() });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.message).toContain('ownerId');
    const tpl = await create(c);
    const sneakyPut = await c.put(`/api/templates/${tpl.id}`, { version: 1, visibility: 'public' });
    expect(sneakyPut.status).toBe(400);
    expect(sneakyPut.body.error.message).toContain('visibility');
    expect((await c.put(`/api/templates/${tpl.id}`, { name: 'x' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'version' });
    expect((await c.post('/api/templates', { document: shelfLabel(), printerLanguage: 'postscript' })).body.error.path).toBe('printerLanguage');
    expect((await c.post('/api/templates', { document: shelfLabel(), tags: Array.from({ length: 21 }, (_, i) => `t${i}`) })).body.error.path).toBe('tags');
  });

  it('keeps every earlier version and restores one as a new version', async () => {
    const { c } = await user();
    const tpl = await create(c, { document: shelfLabel('One'), name: 'v1' });
    await c.put(`/api/templates/${tpl.id}`, { version: 1, document: shelfLabel('Two'), name: 'v2' });
    t.clock.advance(1000);
    await c.put(`/api/templates/${tpl.id}`, { version: 2, document: shelfLabel('Three'), name: 'v3' });

    const history = await c.get(`/api/templates/${tpl.id}/versions`);
    expect(history.status).toBe(200);
    expect(history.body.current).toBe(3);
    expect(history.body.versions.map((v: { version: number; name: string }) => [v.version, v.name])).toEqual([[2, 'v2'], [1, 'v1']]);
    const first = await c.get(`/api/templates/${tpl.id}/versions/1`);
    expect(first.body.version).toMatchObject({ version: 1, name: 'v1' });
    expect(first.body.version.document.elements[1].text).toBe('One');
    expect((await c.get(`/api/templates/${tpl.id}/versions/3`)).body.version.document.elements[1].text).toBe('Three');
    expect((await c.get(`/api/templates/${tpl.id}/versions/9`)).status).toBe(404);
    expect((await c.get(`/api/templates/${tpl.id}/versions/one`)).status).toBe(404);

    expect((await c.post(`/api/templates/${tpl.id}/versions/1/restore`, { currentVersion: 2 })).status).toBe(409);
    const restored = await c.post(`/api/templates/${tpl.id}/versions/1/restore`, { currentVersion: 3 });
    expect(restored.status).toBe(200);
    expect(restored.body.template).toMatchObject({ version: 4, name: 'v1' });
    expect(restored.body.template.document.elements[1].text).toBe('One');
    const after = await c.get(`/api/templates/${tpl.id}/versions`);
    expect(after.body.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect((await c.get(`/api/templates/${tpl.id}/versions/3`)).body.version.document.elements[1].text).toBe('Three');
  });

  it('duplicates a template into an independent copy with its own history', async () => {
    const { c } = await user();
    const tpl = await create(c, { folder: 'Shop', tags: ['price'], description: 'd' });
    await c.put(`/api/templates/${tpl.id}`, { version: 1, name: 'Shelf label' });
    const copy = await c.post(`/api/templates/${tpl.id}/duplicate`, {});
    expect(copy.status).toBe(201);
    expect(copy.body.template).toMatchObject({ name: 'Shelf label (copy)', version: 1, folder: 'Shop', tags: ['price'], description: 'd', forkedFrom: null });
    expect(copy.body.template.id).not.toBe(tpl.id);
    expect(copy.body.template.document).toEqual((await c.get(`/api/templates/${tpl.id}`)).body.template.document);
    await c.put(`/api/templates/${copy.body.template.id}`, { version: 1, document: shelfLabel('Changed') });
    expect((await c.get(`/api/templates/${tpl.id}`)).body.template.document.elements[1].text).toBe('Shelf A1');
    expect((await c.get(`/api/templates/${copy.body.template.id}/versions`)).body.versions).toHaveLength(1);
    const named = await c.post(`/api/templates/${tpl.id}/duplicate`, { name: 'Other', folder: 'Elsewhere' });
    expect(named.body.template).toMatchObject({ name: 'Other', folder: 'Elsewhere' });
  });

  it('exports one or all templates as JSON files and imports them back as new templates', async () => {
    const { c } = await user();
    const a = await create(c, { name: 'Alpha', description: 'first', folder: 'F', tags: ['x', 'y'], printerLanguage: 'zpl' });
    const b = await create(c, { name: 'Beta', document: shelfLabel('Beta text') });

    const one = await c.get(`/api/templates/${a.id}/export`);
    expect(one.status).toBe(200);
    expect(one.headers['content-type']).toMatch(/^application\/json/);
    expect(one.headers['content-disposition']).toBe('attachment; filename="alpha.inkless.json"');
    expect(one.body).toMatchObject({ format: 'inkless-templates', formatVersion: 1, exportedAt: t.clock.now().toISOString() });
    expect(one.body.templates).toEqual([{ name: 'Alpha', description: 'first', folder: 'F', tags: ['x', 'y'], printerLanguage: 'zpl', document: a.document }]);

    const all = await c.get('/api/templates/export');
    expect(all.status).toBe(200);
    expect(all.headers['content-disposition']).toBe('attachment; filename="inkless-templates.json"');
    expect(all.body.templates.map((x: { name: string }) => x.name).sort()).toEqual(['Alpha', 'Beta']);

    const other = await user();
    const imported = await other.c.post('/api/templates/import', all.body);
    expect(imported.status).toBe(201);
    expect(imported.body.templates).toHaveLength(2);
    const mine = (await other.c.get('/api/templates')).body.templates;
    expect(mine).toHaveLength(2);
    for (const made of mine) {
      const full = (await other.c.get(`/api/templates/${made.id}`)).body.template;
      const original = (await c.get(`/api/templates/${made.name === 'Alpha' ? a.id : b.id}`)).body.template;
      expect(full.document).toEqual(original.document);
      expect([full.name, full.description, full.folder, full.tags, full.printerLanguage, full.version]).toEqual([original.name, original.description, original.folder, original.tags, original.printerLanguage, 1]);
      expect(full.id).not.toBe(original.id);
    }
    // Export, import, export again: the same file.
    const again = await other.c.get('/api/templates/export');
    const byName = (f: { templates: { name: string }[] }) => [...f.templates].sort((x, y) => x.name.localeCompare(y.name));
    expect(byName(again.body)).toEqual(byName(all.body));
  });

  it('imports all or nothing, naming the template and field of a bad document', async () => {
    const { c } = await user();
    const bad = shelfLabel();
    (bad.elements as Record<string, unknown>[])[0]!.type = 'hologram';
    const file = { format: 'inkless-templates', formatVersion: 1, templates: [{ name: 'Good', document: shelfLabel() }, { name: 'Bad', document: bad }] };
    const res = await c.post('/api/templates/import', file);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'INKLESS_TEMPLATE_INVALID', path: 'templates[1].document.elements[0].type' });
    expect((await c.get('/api/templates')).body.templates).toHaveLength(0);
    expect((await c.post('/api/templates/import', { ...file, format: 'other' })).body.error.path).toBe('format');
    expect((await c.post('/api/templates/import', { ...file, templates: [{ name: 'x', document: shelfLabel(), id: randomUUID() }] })).body.error.message).toContain('id');
  });

  it('lists folders and tags with counts and filters the list by them', async () => {
    const { c } = await user();
    await create(c, { folder: 'Kitchen', tags: ['food', 'jar'] });
    await create(c, { folder: 'Kitchen', tags: ['food'] });
    await create(c, { folder: 'Garage', tags: ['tools'] });
    const res = await c.get('/api/templates/folders');
    expect(res.body).toEqual({
      folders: [{ folder: 'Garage', count: 1 }, { folder: 'Kitchen', count: 2 }],
      tags: [{ tag: 'food', count: 2 }, { tag: 'jar', count: 1 }, { tag: 'tools', count: 1 }],
    });
    expect((await c.get('/api/templates?folder=Kitchen')).body.templates).toHaveLength(2);
    expect((await c.get('/api/templates?tag=Jar')).body.templates).toHaveLength(1);
    const page = await c.get('/api/templates?limit=2');
    expect(page.body.templates).toHaveLength(2);
    expect(page.body.nextOffset).toBe(2);
    expect((await c.get('/api/templates?limit=2&offset=2')).body.templates).toHaveLength(1);
    expect((await c.get('/api/templates?limit=101')).status).toBe(400);
  });

  it('serves a PNG thumbnail drawn by the engine, redrawn when the document changes', async () => {
    const { c } = await user();
    const tpl = await create(c);
    const res = await fetchBytes(t, c, `/api/templates/${tpl.id}/thumbnail.png`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    const expected = compileLabel(tpl.document as LabelDocument, { fonts: loadServerFonts() }).render();
    if (!expected.ok) throw new Error('the test label does not render');
    expect(Buffer.from(res.bytes).equals(Buffer.from(encodePreviewPng(expected.value.bitmap)))).toBe(true);
    // The preview has a 2-pixel margin around the label; decoded, it is the label's size plus that.
    const decoded = bitmapFromPng(res.bytes);
    expect([decoded.width, decoded.height]).toEqual([expected.value.bitmap.width + 4, expected.value.bitmap.height + 4]);
    expect(countInk(expected.value.bitmap)).toBeGreaterThan(0);

    const changed = await c.put(`/api/templates/${tpl.id}`, { version: 1, document: shelfLabel('Other words') });
    const redrawn = await fetchBytes(t, c, changed.body.template.thumbnailUrl);
    expect(redrawn.status).toBe(200);
    expect(Buffer.from(redrawn.bytes).equals(Buffer.from(res.bytes))).toBe(false);
  });

  it('draws fields by their names in a thumbnail and leaves out what cannot be drawn without data', async () => {
    const { c } = await user();
    const doc = {
      schemaVersion: 2, label: { widthMm: 50, heightMm: 30, dpi: 300 },
      elements: [
        { type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 8, text: '{{product}}' },
        { type: 'barcode', xMm: 2, yMm: 12, widthMm: 46, heightMm: 16, symbology: 'ean13', data: '{{gtin}}' },
      ],
    };
    const tpl = await create(c, { document: doc });
    const res = await fetchBytes(t, c, `/api/templates/${tpl.id}/thumbnail.png`);
    expect(res.status).toBe(200);
    const withoutBarcode = compileLabel({ ...(tpl.document as LabelDocument), label: { ...(tpl.document as LabelDocument).label, dpi: 203 }, elements: [(tpl.document as LabelDocument).elements[0]!] }, { fonts: loadServerFonts() })
      .render({ row: { product: 'product' } });
    if (!withoutBarcode.ok) throw new Error('the expected thumbnail does not render');
    expect(Buffer.from(res.bytes).equals(Buffer.from(encodePreviewPng(withoutBarcode.value.bitmap)))).toBe(true);
  });

  it('answers another user 404 on every route of a private template, exactly as for one that does not exist', async () => {
    const a = await user();
    const b = await user();
    const tpl = await create(a.c);
    await a.c.put(`/api/templates/${tpl.id}`, { version: 1, name: 'Secret plans' });
    const missing = randomUUID();
    const calls: [string, (c: ApiClient, id: string) => ReturnType<ApiClient['get']>][] = [
      ['read', (c, id) => c.get(`/api/templates/${id}`)],
      ['update', (c, id) => c.put(`/api/templates/${id}`, { version: 2, name: 'Mine now' })],
      ['delete', (c, id) => c.delete(`/api/templates/${id}`)],
      ['duplicate', (c, id) => c.post(`/api/templates/${id}/duplicate`, {})],
      ['versions', (c, id) => c.get(`/api/templates/${id}/versions`)],
      ['version', (c, id) => c.get(`/api/templates/${id}/versions/1`)],
      ['restore', (c, id) => c.post(`/api/templates/${id}/versions/1/restore`, {})],
      ['export', (c, id) => c.get(`/api/templates/${id}/export`)],
      ['thumbnail', (c, id) => c.get(`/api/templates/${id}/thumbnail.png`)],
      ['render', (c, id) => c.post('/api/render', { templateId: id, format: 'png' })],
    ];
    for (const [what, call] of calls) {
      const theirs = await call(b.c, tpl.id);
      const nothing = await call(b.c, missing);
      expect(theirs.status, what).toBe(404);
      expect(theirs.body, what).toEqual(nothing.body);
      expect(theirs.raw, what).not.toContain('Secret');
    }
    expect((await b.c.get('/api/templates')).body.templates).toEqual([]);
    expect((await b.c.get('/api/templates/export')).body.templates).toEqual([]);
    expect((await b.c.get('/api/templates/folders')).body).toEqual({ folders: [], tags: [] });
    // Signed out: 401 for the user routes, 404 for the picture.
    const anonymous = t.client();
    expect((await anonymous.get(`/api/templates/${tpl.id}`)).status).toBe(401);
    expect((await anonymous.get('/api/templates')).status).toBe(401);
    expect((await anonymous.get(`/api/templates/${tpl.id}/thumbnail.png`)).status).toBe(404);
    // Nothing changed.
    expect((await a.c.get(`/api/templates/${tpl.id}`)).body.template).toMatchObject({ name: 'Secret plans', version: 2 });
    expect((await a.c.get(`/api/templates/not-a-uuid`)).status).toBe(404);
  });

  it('shows the thumbnail of a shared template to anyone, but nothing else of it through these routes', async () => {
    const a = await user();
    const b = await user();
    const tpl = await create(a.c);
    await t.database.db.query("UPDATE templates SET visibility = 'unlisted' WHERE id = $1", [tpl.id]);
    expect((await fetchBytes(t, b.c, `/api/templates/${tpl.id}/thumbnail.png`)).status).toBe(200);
    expect((await fetchBytes(t, t.client(), `/api/templates/${tpl.id}/thumbnail.png`)).status).toBe(200);
    expect((await b.c.put(`/api/templates/${tpl.id}`, { version: 1, name: 'x' })).status).toBe(404);
    expect((await b.c.get(`/api/templates/${tpl.id}/versions`)).status).toBe(404);
    await t.database.db.query('UPDATE templates SET hidden_at = $2 WHERE id = $1', [tpl.id, t.clock.now()]);
    expect((await fetchBytes(t, b.c, `/api/templates/${tpl.id}/thumbnail.png`)).status).toBe(404);
  });

  it('stores SQL-injection and HTML payloads in every text field and returns them as inert JSON text', async () => {
    const { c } = await user();
    for (const text of HOSTILE) {
      const made = await c.post('/api/templates', { document: { ...shelfLabel(text), name: text }, name: text, description: text, folder: text, tags: [text] });
      expect(made.status, text).toBe(201);
      expect(made.headers['content-type']).toMatch(/^application\/json/);
      const read = (await c.get(`/api/templates/${made.body.template.id}`)).body.template;
      expect([read.name, read.description, read.folder, read.tags, read.document.name, read.document.elements[1].text], text).toEqual([text.trim(), text, text.trim(), [text.trim().toLowerCase().replace(/\s+/g, ' ')], text, text]);
      const listed = await c.get(`/api/templates?folder=${encodeURIComponent(text.trim())}`);
      expect(listed.body.templates.map((x: { id: string }) => x.id), text).toContain(made.body.template.id);
    }
    const [table] = await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM templates');
    expect(table!.n).toBeGreaterThanOrEqual(HOSTILE.length);
  });

  it('makes a template of a user for other tests without HTTP (createTemplate)', async () => {
    const { c, id } = await user();
    const row = await createTemplate(t.database.db, id, { document: shelfLabel(), name: 'Seeded', tags: ['A'] }, () => t.clock.now());
    expect(row).toMatchObject({ owner_id: id, name: 'Seeded', tags: ['a'], version: 1, width_mm: 40 });
    expect((await c.get(`/api/templates/${row.id}`)).body.template.name).toBe('Seeded');
  });
});
