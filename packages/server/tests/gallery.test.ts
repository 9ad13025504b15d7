import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDocument } from '@inkless/label';
import { seedTemplate } from './support/seed-template';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const many = { name: 'many', max: 100_000, windowSeconds: 60 };

describe.each(databaseKinds)('gallery on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  /** A signed-in browser of a new user. */
  const user = async (displayName = 'Test User'): Promise<{ c: ApiClient; id: string; email: string }> => {
    const c = t.client();
    const email = `gallery${++n}-${kind}@example.test`;
    const me = await c.signUp(email, undefined, displayName);
    return { c, id: me.id, email };
  };
  /** A word no other test uses, to find this test's templates in the shared gallery. */
  const word = () => `zeta${kind}${++n}x`;
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: { signupPerIp: { ...many, name: 'signup-ip' }, loginPerIp: { ...many, name: 'login-ip' } } });
  });
  afterAll(() => t.close());

  it('publishes public, unlisted or private again, requires a licence to publish and refuses unknown fields; only the owner may', async () => {
    const a = await user('Ada');
    const b = await user();
    const id = await seedTemplate(t.database.db, { ownerId: a.id, name: `Jar ${word()}` });
    const url = `/api/templates/${id}/publish`;

    const noLicence = await a.c.post(url, { visibility: 'public' });
    expect(noLicence.status).toBe(400);
    expect(noLicence.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'license' });
    expect((await a.c.post(url, { visibility: 'public', license: 'MIT' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'license' });
    expect((await a.c.post(url, { visibility: 'everyone', license: 'CC0-1.0' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'visibility' });
    const sneaky = await a.c.post(url, { visibility: 'public', license: 'CC0-1.0', featured: true });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.message).toContain('featured');

    const other = await b.c.post(url, { visibility: 'public', license: 'CC0-1.0' });
    const nothing = await b.c.post(`/api/templates/${randomUUID()}/publish`, { visibility: 'public', license: 'CC0-1.0' });
    expect(other.status).toBe(404);
    expect(other.body).toEqual(nothing.body);
    expect((await t.client().post(url, { visibility: 'public', license: 'CC0-1.0' })).status).toBe(401);
    expect((await a.c.post('/api/templates/not-a-uuid/publish', { visibility: 'private' })).status).toBe(404);

    const published = await a.c.post(url, { visibility: 'public', license: 'CC-BY-4.0' });
    expect(published.status).toBe(200);
    expect(published.body.template).toMatchObject({ id, visibility: 'public', license: 'CC-BY-4.0', publishedAt: t.clock.now().toISOString(), hidden: null });
    t.clock.advance(60_000);
    // Changing only the licence keeps the publication date (the "newest" order).
    expect((await a.c.post(url, { visibility: 'public', license: 'CC0-1.0' })).body.template.publishedAt).toBe(published.body.template.publishedAt);
    expect((await a.c.post(url, { visibility: 'unlisted', license: 'CC0-1.0' })).body.template).toMatchObject({ visibility: 'unlisted', license: 'CC0-1.0' });
    expect((await b.c.get(`/api/gallery/${id}`)).status).toBe(200);
    const unpublished = await a.c.post(url, { visibility: 'private' });
    expect(unpublished.body.template).toMatchObject({ visibility: 'private', publishedAt: null });
    expect((await b.c.get(`/api/gallery/${id}`)).status).toBe(404);
    const [row] = await t.database.db.query<{ visibility: string; version: number }>('SELECT visibility, version FROM templates WHERE id = $1', [id]);
    expect(row).toEqual({ visibility: 'private', version: 1 });
  });

  it('lists public templates only: never private, unlisted or taken-down ones; shows publisher, rating and forks', async () => {
    const a = await user('Publisher Pat');
    const w = word();
    const shown = await seedTemplate(t.database.db, { ownerId: a.id, name: `Shown ${w}`, visibility: 'public', license: 'CC-BY-4.0', ratingSum: 9, ratingCount: 2 });
    await seedTemplate(t.database.db, { ownerId: a.id, name: `Private ${w}` });
    const unlisted = await seedTemplate(t.database.db, { ownerId: a.id, name: `Unlisted ${w}`, visibility: 'unlisted' });
    const hidden = await seedTemplate(t.database.db, { ownerId: a.id, name: `Hidden ${w}`, visibility: 'public', hiddenAt: new Date(), hiddenReason: 'taken down' });
    const orphan = await seedTemplate(t.database.db, { ownerId: null, creditName: 'Former Fran', name: `Orphan ${w}`, visibility: 'public' });

    const list = await t.client().get(`/api/gallery?q=${w}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id).sort()).toEqual([shown, orphan].sort());
    expect(list.body.total).toBe(2);
    const item = list.body.items.find((i: { id: string }) => i.id === shown);
    expect(item).toMatchObject({ name: `Shown ${w}`, publisher: 'Publisher Pat', license: 'CC-BY-4.0', averageRating: 4.5, ratingCount: 2, forks: 0, widthMm: 50, heightMm: 30 });
    expect(item).not.toHaveProperty('ownerId');
    expect(list.raw).not.toContain(a.email);
    expect(list.body.items.find((i: { id: string }) => i.id === orphan)).toMatchObject({ publisher: 'Former Fran', averageRating: null });
    // Unlisted: by id only; hidden: not even by id.
    expect((await t.client().get(`/api/gallery/${unlisted}`)).status).toBe(200);
    expect((await t.client().get(`/api/gallery/${hidden}`)).status).toBe(404);
    const everything = await t.client().get('/api/gallery?limit=50');
    for (const i of everything.body.items) expect([unlisted, hidden]).not.toContain(i.id);
  });

  it('finds by words (ranked), filters by tags and size, sorts by newest, rating and popular, and pages', async () => {
    const a = await user('Sorter');
    const tag = word();
    const seed = (name: string, over: Parameters<typeof seedTemplate>[1] extends infer S ? Partial<S> : never) => seedTemplate(t.database.db, { ownerId: a.id, name, tags: [tag], visibility: 'public', ...over });
    const base = t.clock.now().getTime();
    const old = await seed('Pelican pantry jar', { description: 'kitchen', publishedAt: new Date(base - 3_000), ratingSum: 40, ratingCount: 10 });
    const mid = await seed('Freezer bag', { description: 'a pelican on the lid', publishedAt: new Date(base - 2_000), ratingSum: 5, ratingCount: 1 });
    const fresh = await seed('Shipping 4x6', { widthMm: 101.6, heightMm: 152.4, tags: [tag, 'shipping'], publishedAt: new Date(base - 1_000) });
    const b = await user();
    for (let i = 0; i < 2; i++) expect((await b.c.post(`/api/gallery/${mid}/fork`)).status).toBe(201);
    expect((await b.c.post(`/api/gallery/${fresh}/fork`)).status).toBe(201);

    const ids = async (query: string) => (await t.client().get(`/api/gallery?tags=${tag}&${query}`)).body.items.map((i: { id: string }) => i.id);
    expect(await ids('')).toEqual([fresh, mid, old]);
    expect(await ids('sort=newest')).toEqual([fresh, mid, old]);
    // 4.0 from ten ratings ranks above 5.0 from one (damped mean), both above none.
    expect(await ids('sort=rating')).toEqual([old, mid, fresh]);
    expect(await ids('sort=popular')).toEqual([mid, fresh, old]);
    // A word in the name ranks above the same word in the description.
    expect(await ids('q=pelican')).toEqual([old, mid]);
    expect(await ids('q=pelicans')).toEqual([old, mid]);
    expect(await ids('q=pelican&sort=newest')).toEqual([mid, old]);
    expect(await ids('tags=shipping')).toEqual([fresh]);
    expect(await ids('tags=shipping,kitchen')).toEqual([]);
    expect(await ids(`widthMm=101.5&heightMm=152.4`)).toEqual([fresh]);
    expect((await t.client().get(`/api/gallery?tags=${tag},shipping`)).body.items.map((i: { id: string }) => i.id)).toEqual([fresh]);
    const page = await t.client().get(`/api/gallery?tags=${tag}&limit=1&offset=1`);
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.body.items.map((i: { id: string }) => i.id)).toEqual([mid]);
    expect((await t.client().get(`/api/gallery?tags=${tag}&limit=1&offset=7`)).body).toMatchObject({ items: [], total: 3 });
    expect((await t.client().get(`/api/gallery?tags=${tag}&sort=popular`)).body.items[0]).toMatchObject({ id: mid, forks: 2 });

    expect((await t.client().get('/api/gallery?sort=best')).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'sort' });
    expect((await t.client().get('/api/gallery?limit=500')).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'limit' });
    const unknown = await t.client().get('/api/gallery?owner=me');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('owner');
  });

  it('shows one public or unlisted template with its document and reviews', async () => {
    const a = await user('Ada');
    const b = await user('Bea');
    const id = await seedTemplate(t.database.db, { ownerId: a.id, name: `Detail ${word()}`, visibility: 'unlisted' });
    expect((await b.c.post(`/api/gallery/${id}/reviews`, { rating: 4, body: 'Prints crisp' })).status).toBe(201);
    const seen = await t.client().get(`/api/gallery/${id}`);
    expect(seen.status).toBe(200);
    expect(validateDocument(seen.body.template.document).ok).toBe(true);
    expect(seen.body.template).toMatchObject({ id, visibility: 'unlisted', publisher: 'Ada', averageRating: 4, ratingCount: 1, own: false });
    expect(seen.body.template).not.toHaveProperty('hidden');
    expect(seen.body.reviews).toEqual([expect.objectContaining({ reviewer: 'Bea', rating: 4, body: 'Prints crisp', mine: false })]);
    expect((await b.c.get(`/api/gallery/${id}`)).body.reviews[0].mine).toBe(true);
    expect((await b.c.get(`/api/gallery/${id}/reviews?limit=1`)).body).toMatchObject({ total: 1, reviews: [expect.objectContaining({ rating: 4, mine: true })] });
    expect((await a.c.get(`/api/gallery/${id}`)).body.template).toMatchObject({ own: true, hidden: null, complaints: [] });
  });

  it('forks into my templates as private and linked to the original, keeping the CC BY credit', async () => {
    const a = await user('Original Olga');
    const b = await user();
    const w = word();
    const ccBy = await seedTemplate(t.database.db, { ownerId: a.id, name: `Spice ${w}`, description: 'Round jar lid', tags: ['kitchen'], visibility: 'public', license: 'CC-BY-4.0' });
    const cc0 = await seedTemplate(t.database.db, { ownerId: a.id, name: `Free ${w}`, visibility: 'unlisted', license: 'CC0-1.0' });

    const fork = await b.c.post(`/api/gallery/${ccBy}/fork`);
    expect(fork.status).toBe(201);
    expect(fork.body.template).toMatchObject({ name: `Spice ${w}`, visibility: 'private', license: 'CC-BY-4.0', forkedFrom: ccBy });
    expect(fork.body.template.attribution).toBe(`Based on "Spice ${w}" by Original Olga (http://localhost:3000/gallery/${ccBy}), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).`);
    expect(fork.body.template.description).toBe(`Round jar lid\n\n${fork.body.template.attribution}`);
    const [copy] = await t.database.db.query<{ owner_id: string; visibility: string; forked_from: string; tags: string[]; document: unknown; version: number; versions: string | number }>(
      'SELECT owner_id, visibility, forked_from, tags, document, version, (SELECT count(*) FROM template_versions v WHERE v.template_id = t.id) AS versions FROM templates t WHERE id = $1',
      [fork.body.template.id],
    );
    const [original] = await t.database.db.query<{ document: unknown }>('SELECT document FROM templates WHERE id = $1', [ccBy]);
    expect(copy).toMatchObject({ owner_id: b.id, visibility: 'private', forked_from: ccBy, tags: ['kitchen'] });
    // A new template of its own: version 1 with no earlier versions, like any other new one.
    expect([copy!.version, Number(copy!.versions)]).toEqual([1, 0]);
    expect(copy!.document).toEqual(original!.document);
    // The copy is private: not in the gallery, not to A.
    expect((await a.c.get(`/api/gallery/${fork.body.template.id}`)).status).toBe(404);
    expect((await t.client().get(`/api/gallery/${ccBy}`)).body.template.forks).toBe(1);

    const free = await b.c.post(`/api/gallery/${cc0}/fork`, { name: 'My free copy' });
    expect(free.body.template).toMatchObject({ name: 'My free copy', attribution: null, description: '', forkedFrom: cc0 });
    expect((await b.c.post(`/api/gallery/${cc0}/fork`, { owner: a.id })).status).toBe(400);
    expect((await t.client().post(`/api/gallery/${cc0}/fork`)).status).toBe(401);
  });

  it('takes one review per user, rated 1 to 5, never of your own template, and keeps the average right', async () => {
    const a = await user('Owner');
    const b = await user('B');
    const c = await user('C');
    const id = await seedTemplate(t.database.db, { ownerId: a.id, name: `Rated ${word()}`, visibility: 'public' });
    const url = `/api/gallery/${id}/reviews`;
    for (const rating of [0, 6, 3.5, '5', null]) {
      const bad = await b.c.post(url, { rating, body: 'x' });
      expect(bad.status, String(rating)).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'rating' });
    }
    expect((await b.c.post(url, { rating: 5, body: 'x', stars: 5 })).status).toBe(400);
    expect((await b.c.post(url, { rating: 5, body: 'x'.repeat(4001) })).body.error.path).toBe('body');
    const own = await a.c.post(url, { rating: 5, body: 'Mine is great' });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('INKLESS_GALLERY_OWN_TEMPLATE');
    expect((await t.client().post(url, { rating: 5 })).status).toBe(401);

    const first = await b.c.post(url, { rating: 4, body: 'Good' });
    expect(first.status).toBe(201);
    expect(first.body.template).toEqual({ id, averageRating: 4, ratingCount: 1 });
    const changed = await b.c.post(url, { rating: 2 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ review: { rating: 2, body: '', mine: true }, template: { averageRating: 2, ratingCount: 1 } });
    expect((await c.c.post(url, { rating: 5, body: 'Lovely' })).body.template).toEqual({ id, averageRating: 3.5, ratingCount: 2 });
    expect((await c.c.delete(url)).status).toBe(204);
    expect((await c.c.delete(url)).status).toBe(404);
    expect((await t.client().get(`/api/gallery/${id}`)).body.template).toMatchObject({ averageRating: 2, ratingCount: 1 });
    const [row] = await t.database.db.query<{ rating_sum: number; rating_count: number }>('SELECT rating_sum, rating_count FROM templates WHERE id = $1', [id]);
    expect(row).toEqual({ rating_sum: 2, rating_count: 1 });
  });

  it('keeps rating totals exact when many review at once, changes included', async () => {
    const a = await user();
    const id = await seedTemplate(t.database.db, { ownerId: a.id, name: `Busy ${word()}`, visibility: 'public' });
    const reviewers = [];
    for (let i = 0; i < 8; i++) reviewers.push(await user());
    const url = `/api/gallery/${id}/reviews`;
    // Each reviewer sends twice at once (a double click): the last one to land is their rating.
    const results = await Promise.all(reviewers.flatMap((r, i) => [r.c.post(url, { rating: (i % 5) + 1 }), r.c.post(url, { rating: ((i + 2) % 5) + 1 })]));
    expect(results.map((r) => r.status).sort()).toEqual([...Array(8).fill(200), ...Array(8).fill(201)]);
    const [totals] = await t.database.db.query<{ rating_sum: number; rating_count: number; sum: string | number; n: string | number }>(
      'SELECT t.rating_sum, t.rating_count, (SELECT sum(rating) FROM reviews WHERE template_id = t.id) AS sum, (SELECT count(*) FROM reviews WHERE template_id = t.id) AS n FROM templates t WHERE t.id = $1',
      [id],
    );
    expect(Number(totals!.n)).toBe(8);
    expect(totals!.rating_count).toBe(8);
    expect(totals!.rating_sum).toBe(Number(totals!.sum));
    const shown = (await t.client().get(`/api/gallery/${id}`)).body.template;
    expect(shown.averageRating).toBe(Math.round((Number(totals!.sum) / 8) * 100) / 100);
    await Promise.all(reviewers.slice(0, 4).map((r) => r.c.delete(url)));
    const [after] = await t.database.db.query<{ rating_sum: number; rating_count: number; sum: string | number }>(
      'SELECT t.rating_sum, t.rating_count, (SELECT coalesce(sum(rating), 0) FROM reviews WHERE template_id = t.id) AS sum FROM templates t WHERE t.id = $1',
      [id],
    );
    expect(after!.rating_count).toBe(4);
    expect(after!.rating_sum).toBe(Number(after!.sum));
  });

  it("answers 404, as for nothing, to every gallery route on another user's private or taken-down template", async () => {
    const a = await user();
    const b = await user();
    const w = word();
    const secret = await seedTemplate(t.database.db, { ownerId: a.id, name: `Secret ${w}`, description: 'do not look' });
    const down = await seedTemplate(t.database.db, { ownerId: a.id, name: `Down ${w}`, visibility: 'public', hiddenAt: new Date(), hiddenReason: 'taken down' });
    const complaint = { claimant: 'Claire', contactEmail: 'claire@example.test', work: 'My drawing', reason: 'copied' };
    const attempts = (id: string): [string, () => Promise<{ status: number; body: { error: { code: string } }; raw: string }>][] => [
      ['publish', () => b.c.post(`/api/templates/${id}/publish`, { visibility: 'public', license: 'CC0-1.0' })],
      ['view', () => b.c.get(`/api/gallery/${id}`)],
      ['view signed out', () => t.client().get(`/api/gallery/${id}`)],
      ['reviews', () => b.c.get(`/api/gallery/${id}/reviews`)],
      ['review', () => b.c.post(`/api/gallery/${id}/reviews`, { rating: 1 })],
      ['delete review', () => b.c.delete(`/api/gallery/${id}/reviews`)],
      ['fork', () => b.c.post(`/api/gallery/${id}/fork`)],
      ['report', () => b.c.post(`/api/gallery/${id}/report`, { reason: 'spam' })],
      ['ip complaint', () => b.c.post(`/api/gallery/${id}/ip-complaint`, complaint)],
      ['ip response', () => b.c.post(`/api/templates/${id}/ip-response`, { response: 'mine' })],
    ];
    const nothing = randomUUID();
    for (const id of [secret, down]) {
      const expected = attempts(nothing);
      for (const [i, [what, attempt]] of attempts(id).entries()) {
        const res = await attempt();
        expect(res.status, `${what} ${id === secret ? 'private' : 'hidden'}`).toBe(404);
        expect(res.body.error.code).toBe('INKLESS_API_NOT_FOUND');
        expect(res.raw.replaceAll(id, nothing), what).toBe((await expected[i]![1]()).raw);
        expect(res.raw).not.toContain('do not look');
      }
    }
    const [row] = await t.database.db.query<{ visibility: string; hidden_at: Date | null; reviews: string | number; reports: string | number; forks: string | number }>(
      `SELECT visibility, hidden_at, (SELECT count(*) FROM reviews WHERE template_id = $1) AS reviews, (SELECT count(*) FROM reports WHERE template_id = $1) AS reports,
        (SELECT count(*) FROM templates WHERE forked_from = $1) AS forks FROM templates WHERE id = $1`,
      [secret],
    );
    expect(row).toMatchObject({ visibility: 'private', hidden_at: null });
    expect([Number(row!.reviews), Number(row!.reports), Number(row!.forks)]).toEqual([0, 0, 0]);
    expect((await b.c.get(`/api/gallery?q=${w}`)).body.items).toEqual([]);
    // The owner still sees both, the taken-down one with its notice.
    expect((await a.c.get(`/api/gallery/${secret}`)).body.template).toMatchObject({ own: true, visibility: 'private' });
    expect((await a.c.get(`/api/gallery/${down}`)).body.template.hidden).toMatchObject({ reason: 'taken down' });
  });

  it('describes the gallery and moderation routes in the API document, with who may call them', async () => {
    const doc = (await t.client().get('/api/openapi.json')).body;
    expect(doc.paths['/api/gallery'].get).toMatchObject({ 'x-access': 'public', security: [] });
    expect(doc.paths['/api/gallery'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'sort', 'tags', 'widthMm', 'heightMm', 'limit', 'offset']));
    expect(doc.paths['/api/templates/{id}/publish'].post.requestBody.content['application/json'].schema.properties).toHaveProperty('license');
    expect(doc.paths['/api/gallery/{id}/reviews'].post['x-access']).toBe('user');
    expect(doc.paths['/api/gallery/{id}/ip-complaint'].post['x-access']).toBe('public');
    for (const path of ['/api/moderation/reports', '/api/moderation/reports/{id}', '/api/moderation/templates/{id}']) expect(doc.paths[path].get['x-access'], path).toBe('staff');
    expect(doc.paths['/api/moderation/reports/{id}/resolve'].post['x-access']).toBe('staff');
  });

  it('stores and returns SQL-injection and XSS payloads in reviews as inert text', async () => {
    const a = await user('<img src=x onerror=alert(1)>');
    const b = await user("Robert'); DROP TABLE users;--");
    const id = await seedTemplate(t.database.db, { ownerId: a.id, name: `Inert ${word()}`, visibility: 'public' });
    const payload = `<script>alert("x")</script>'; DROP TABLE reviews; -- "quoted" \\ backslash $1 %s`;
    const posted = await b.c.post(`/api/gallery/${id}/reviews`, { rating: 3, body: payload });
    expect(posted.status).toBe(201);
    expect(posted.headers['content-type']).toMatch(/^application\/json/);
    expect(posted.body.review.body).toBe(payload);
    const shown = await t.client().get(`/api/gallery/${id}`);
    expect(shown.headers['content-type']).toMatch(/^application\/json/);
    expect(shown.headers['x-content-type-options']).toBe('nosniff');
    expect(shown.body.reviews[0]).toMatchObject({ body: payload, reviewer: "Robert'); DROP TABLE users;--" });
    expect(shown.body.template.publisher).toBe('<img src=x onerror=alert(1)>');
    const [stored] = await t.database.db.query<{ body: string }>('SELECT body FROM reviews WHERE template_id = $1', [id]);
    expect(stored!.body).toBe(payload);
    for (const q of ["'; DROP TABLE templates; --", '<script>', '" OR 1=1 --', '!!:*&|', "$$ ' $1", 'the of a']) {
      const res = await t.client().get(`/api/gallery?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(res.body.items, q).toEqual([]);
    }
    // PostgreSQL text cannot hold NUL: refused as bad input, not a server error.
    expect((await b.c.post(`/api/gallery/${id}/reviews`, { rating: 3, body: 'a\u0000b' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'body' });
    expect((await t.client().get('/api/gallery?q=a%00b')).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'q' });
  });
});
