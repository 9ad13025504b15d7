import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTemplate } from '../src/templates/template-store';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const many = { max: 100_000, windowSeconds: 60 };

function label(widthMm = 50, heightMm = 30): Record<string, unknown> {
  return { schemaVersion: 2, label: { widthMm, heightMm }, elements: [{ type: 'text', xMm: 1, yMm: 1, widthMm: widthMm - 2, heightMm: 8, text: 'x' }] };
}

describe.each(databaseKinds)('search on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const user = async (): Promise<{ c: ApiClient; id: string }> => {
    const c = t.client();
    const me = await c.signUp(`search${++n}-${kind}@example.test`);
    return { c, id: me.id };
  };
  /** A word no other test uses, so each test finds only its own templates. */
  const word = () => `quux${kind}${++n}w`;
  const seed = async (ownerId: string, fields: { name: string; description?: string; tags?: string[]; widthMm?: number; heightMm?: number; printerLanguage?: string; visibility?: string; hidden?: boolean }) => {
    const row = await createTemplate(t.database.db, ownerId, { document: label(fields.widthMm, fields.heightMm), ...fields }, () => t.clock.now());
    if (fields.visibility) await t.database.db.query('UPDATE templates SET visibility = $2, hidden_at = $3 WHERE id = $1', [row.id, fields.visibility, fields.hidden ? t.clock.now() : null]);
    return row.id;
  };
  const ids = (res: { body: { results: { id: string }[] } }) => res.body.results.map((r) => r.id);
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: { signupPerIp: { ...many, name: 'signup-ip' }, loginPerIp: { ...many, name: 'login-ip' } } });
  });
  afterAll(() => t.close());

  it('ranks a match in the name above one in the description above one in the tags', async () => {
    const { c, id } = await user();
    const w = word();
    const inTags = await seed(id, { name: 'Plain', tags: [w] });
    const inDescription = await seed(id, { name: 'Other', description: `A label for ${w} jars` });
    const inName = await seed(id, { name: `The ${w} label` });
    await seed(id, { name: 'Unrelated', description: 'nothing here' });
    const res = await c.get(`/api/search?q=${w}`);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([inName, inDescription, inTags]);
    expect(res.body.results[0]).toMatchObject({ name: `The ${w} label`, mine: true, widthMm: 50 });
    expect(res.body.results[0]).not.toHaveProperty('document');
  });

  it('matches English word forms and half-typed last words, and needs every word', async () => {
    const { c, id } = await user();
    const w = word();
    const shipping = await seed(id, { name: `Shipping labels ${w}` });
    const boxes = await seed(id, { name: `Boxes ${w}`, description: 'for jars and bottles' });
    expect(ids(await c.get(`/api/search?q=${w}+ship`))).toEqual([shipping]);
    expect(ids(await c.get(`/api/search?q=${w}+shipp`))).toEqual([shipping]);
    expect(ids(await c.get(`/api/search?q=${w}+label`))).toEqual([shipping]);
    expect(ids(await c.get(`/api/search?q=${w}+bottle`))).toEqual([boxes]);
    expect(ids(await c.get(`/api/search?q=${w.slice(0, -1)}`)).sort()).toEqual([shipping, boxes].sort());
    expect(ids(await c.get(`/api/search?q=${w}+pallet`))).toEqual([]);
    expect(ids(await c.get(`/api/search?q=SHIPPING+${w.toUpperCase()}`))).toEqual([shipping]);
  });

  it('filters by label size (with a tolerance), printer language and tags', async () => {
    const { c, id } = await user();
    const w = word();
    const small = await seed(id, { name: `${w} small`, widthMm: 50, heightMm: 30, printerLanguage: 'tspl', tags: ['food', 'jar'] });
    const big = await seed(id, { name: `${w} big`, widthMm: 100, heightMm: 150, printerLanguage: 'zpl', tags: ['shipping'] });
    const near = await seed(id, { name: `${w} near`, widthMm: 50.8, heightMm: 30, printerLanguage: 'tspl', tags: ['food'] });
    expect(ids(await c.get(`/api/search?q=${w}&widthMm=50&heightMm=30`)).sort()).toEqual([small, near].sort());
    expect(ids(await c.get(`/api/search?q=${w}&widthMm=50&heightMm=30&toleranceMm=0.5`))).toEqual([small]);
    expect(ids(await c.get(`/api/search?q=${w}&printerLanguage=zpl`))).toEqual([big]);
    expect(ids(await c.get(`/api/search?q=${w}&tags=food`)).sort()).toEqual([small, near].sort());
    expect(ids(await c.get(`/api/search?q=${w}&tags=Food,jar`))).toEqual([small]);
    expect(ids(await c.get(`/api/search?q=${w}&tags=food,shipping`))).toEqual([]);
    // Filters alone, without words: newest first.
    t.clock.advance(1000);
    await c.put(`/api/templates/${small}`, { version: 1, description: 'touched' });
    expect(ids(await c.get(`/api/search?scope=mine&widthMm=50&heightMm=30`))).toEqual([small, near]);
    expect((await c.get('/api/search?printerLanguage=postscript')).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'printerLanguage' });
    expect((await c.get('/api/search?widthMm=wide')).body.error.path).toBe('widthMm');
  });

  it('searches mine, the gallery or both: never someone else\'s private, unlisted or taken-down templates', async () => {
    const a = await user();
    const b = await user();
    const w = word();
    const aPrivate = await seed(a.id, { name: `${w} a private` });
    const aPublic = await seed(a.id, { name: `${w} a public`, visibility: 'public' });
    const aUnlisted = await seed(a.id, { name: `${w} a unlisted`, visibility: 'unlisted' });
    const aHidden = await seed(a.id, { name: `${w} a hidden`, visibility: 'public', hidden: true });
    const bPrivate = await seed(b.id, { name: `${w} b private` });

    const sorted = async (c: ApiClient, query: string) => ids(await c.get(`/api/search?q=${w}${query}`)).sort();
    expect(await sorted(b.c, '')).toEqual([aPublic, bPrivate].sort());
    expect(await sorted(b.c, '&scope=all')).toEqual([aPublic, bPrivate].sort());
    expect(await sorted(b.c, '&scope=mine')).toEqual([bPrivate]);
    expect(await sorted(b.c, '&scope=gallery')).toEqual([aPublic]);
    expect(await sorted(a.c, '&scope=mine')).toEqual([aPrivate, aPublic, aUnlisted, aHidden].sort());
    expect(await sorted(a.c, '&scope=gallery')).toEqual([aPublic]);
    const anonymous = t.client();
    expect(await sorted(anonymous, '')).toEqual([aPublic]);
    expect((await anonymous.get(`/api/search?q=${w}&scope=mine`)).status).toBe(401);
    expect((await b.c.get(`/api/search?q=${w}`)).body.results.find((r: { id: string }) => r.id === aPublic)).toMatchObject({ mine: false, folder: '' });
    expect((await b.c.get(`/api/search?q=${w}&scope=everyone`)).body.error.path).toBe('scope');
  });

  it('pages with limit (at most 100) and offset', async () => {
    const { c, id } = await user();
    const w = word();
    for (let i = 0; i < 5; i++) await seed(id, { name: `${w} ${i}` });
    const first = await c.get(`/api/search?q=${w}&limit=2`);
    expect(first.body.results).toHaveLength(2);
    expect(first.body.nextOffset).toBe(2);
    const rest = await c.get(`/api/search?q=${w}&limit=2&offset=4`);
    expect(rest.body.results).toHaveLength(1);
    expect(rest.body.nextOffset).toBeNull();
    const all = [...ids(first), ...ids(await c.get(`/api/search?q=${w}&limit=2&offset=2`)), ...ids(rest)];
    expect(new Set(all).size).toBe(5);
    expect((await c.get(`/api/search?q=${w}&limit=101`)).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'limit' });
    expect((await c.get(`/api/search?q=${w}&sort=new`)).body.error.message).toContain('sort');
  });

  it('treats SQL, tsquery syntax and HTML in q as plain words', async () => {
    const { c, id } = await user();
    const w = word();
    const hostile = await seed(id, { name: `<b>${w}</b> Robert'); DROP TABLE templates;--`, description: "' OR 1=1 --" });
    for (const q of [`${w}'); DROP TABLE templates;--`, `${w} & !`, `${w}:* | (`, `'${w}' OR '1'='1`, `<script>${w}</script>`, `${w}\\`, `"${w}"`]) {
      const res = await c.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(res.headers['content-type'], q).toMatch(/^application\/json/);
    }
    expect(ids(await c.get(`/api/search?q=${encodeURIComponent(`${w} robert drop`)}`))).toEqual([hostile]);
    expect((await c.get(`/api/search?q=${encodeURIComponent(`${w} '); DROP`)}`)).body.results[0].name).toBe(`<b>${w}</b> Robert'); DROP TABLE templates;--`);
    expect((await c.get('/api/search?q=%00')).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'q' });
    // Nothing but punctuation is no words at all: the same as no q.
    expect((await c.get('/api/search?q=%21%26%7C%3A*&scope=mine')).body.results.length).toBe((await c.get('/api/search?scope=mine')).body.results.length);
    const [table] = await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM templates');
    expect(table!.n).toBeGreaterThan(0);
  });

  it('stores nothing of what was searched for', async () => {
    const { c, id } = await user();
    const secret = `${word()}confidential`;
    await seed(id, { name: 'Something' });
    expect((await c.get(`/api/search?q=${secret}`)).status).toBe(200);
    expect((await t.client().get(`/api/search?q=${secret}`)).status).toBe(200);
    const tables = await t.database.db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    );
    expect(tables.length).toBeGreaterThan(5);
    for (const { table_name } of tables) {
      const [hit] = await t.database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}" x WHERE x::text LIKE $1`, [`%${secret}%`]);
      expect(hit!.n, table_name).toBe(0);
    }
  });
});
