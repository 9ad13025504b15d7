import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DELETION_GRACE_DAYS } from '../src/privacy/account-deletion';
import { runDueDeletions } from '../src/privacy/account-erasure';
import { fileConfirmedComplaint } from './support/file-complaint';
import { seedTemplate } from './support/seed-template';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { moderationTestLimits } from './support/moderation-limits';

const DAY_MS = 86_400_000;
const confirm = 'delete my account';
const MODERATED = 'Removed by a moderator: it breaks the content rules.';

describe.each(databaseKinds)('published templates when an account is deleted, on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  /** A user with a public, an unlisted, a private and a moderated (hidden) template, all named with one word. */
  const publisher = async () => {
    const c = t.client();
    const email = `publisher${++n}-${kind}@example.test`;
    const me = await c.signUp(email);
    await t.smtp.waitFor(email);
    const word = `zqpub${n}${kind}`;
    const publishedAt = new Date('2026-05-01T08:00:00Z');
    const seed = (name: string, visibility: 'public' | 'unlisted' | 'private', extra = {}) => seedTemplate(t.database.db, { ownerId: me.id, name: `${name} ${word}`, visibility, publishedAt: visibility === 'private' ? null : publishedAt, ...extra });
    return {
      c, email, id: me.id, word, publishedAt,
      publicId: await seed('Public', 'public'),
      unlistedId: await seed('Unlisted', 'unlisted'),
      privateId: await seed('Private', 'private'),
      moderatedId: await seed('Moderated', 'public', { hiddenAt: new Date('2026-05-02T08:00:00Z'), hiddenReason: MODERATED }),
    };
  };
  const visitorSees = async (id: string) => (await t.client().get(`/api/gallery/${id}`)).status === 200;
  const galleryIds = async (word: string) => ((await t.client().get(`/api/gallery?q=${word}`)).body.items as { id: string }[]).map((i) => i.id);
  const searchIds = async (word: string) => ((await t.client().get(`/api/search?q=${word}&scope=gallery`)).body.results as { id: string }[]).map((r) => r.id);
  const signInAgain = async (c: ApiClient, email: string) => {
    await c.refreshCsrf(); // the session ended, and with it the CSRF token bound to it
    expect((await c.logIn(email)).status).toBe(200);
  };
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: moderationTestLimits });
  });
  afterAll(() => t.close());

  it('takes published templates out of the gallery at once when the user asks to remove them, as the mail says', async () => {
    const p = await publisher();
    expect(await visitorSees(p.publicId)).toBe(true);
    expect(await visitorSees(p.unlistedId)).toBe(true);
    expect(await galleryIds(p.word)).toEqual([p.publicId]);
    expect(await searchIds(p.word)).toEqual([p.publicId]);

    const asked = await p.c.delete('/api/me', { confirm, publishedTemplates: 'remove' });
    expect(asked.status).toBe(202);
    expect(asked.body.deletion).toMatchObject({ publishedTemplates: 'remove', withdrawnTemplates: 2 });
    // At once, not when the grace period ends: by id, in the list and in search.
    expect(await visitorSees(p.publicId)).toBe(false);
    expect(await visitorSees(p.unlistedId)).toBe(false);
    expect(await galleryIds(p.word)).toEqual([]);
    expect(await searchIds(p.word)).toEqual([]);
    const mail = await t.smtp.waitFor(p.email);
    expect(mail.text).toContain('2 templates you published have left the gallery now: nobody can open them, by search or by link.');
    expect(mail.text).toContain('your published templates then return to the gallery as they were');

    await signInAgain(p.c, p.email);
    expect((await p.c.get('/api/me/deletion')).body.deletion).toMatchObject({ withdrawnTemplates: 2 });
    expect((await p.c.get(`/api/gallery/${p.publicId}`)).body.template.hidden.reason).toMatch(/^Withdrawn from the gallery: you asked to delete your account/);
    // Nothing new goes up while the deletion waits.
    const publish = await p.c.post(`/api/templates/${p.privateId}/publish`, { visibility: 'public', license: 'CC0-1.0' });
    expect(publish.status).toBe(409);
    expect(publish.body.error).toMatchObject({ code: 'INKLESS_API_CONFLICT', path: 'visibility' });
    expect(await visitorSees(p.privateId)).toBe(false);
    expect((await p.c.post(`/api/templates/${p.privateId}/publish`, { visibility: 'private' })).status).toBe(200);

    t.clock.advance(DEFAULT_DELETION_GRACE_DAYS * DAY_MS + 1000);
    expect((await runDueDeletions(t.database.db, () => t.clock.now())).erased).toContain(p.id);
    expect(await t.database.db.query('SELECT id FROM templates WHERE id IN ($1, $2)', [p.publicId, p.unlistedId])).toEqual([]);
  });

  it('shows the withdrawn templates again, as they were, when the deletion is cancelled, as the mail says; a moderated one stays hidden', async () => {
    const p = await publisher();
    expect((await p.c.delete('/api/me', { confirm, publishedTemplates: 'remove' })).status).toBe(202);
    await t.smtp.waitFor(p.email);
    expect(await visitorSees(p.publicId)).toBe(false);

    await signInAgain(p.c, p.email);
    const canceled = await p.c.post('/api/me/deletion/cancel');
    expect(canceled.body).toEqual({ deletion: null, restoredTemplates: 2 });
    expect(await visitorSees(p.publicId)).toBe(true);
    expect(await visitorSees(p.unlistedId)).toBe(true);
    expect(await galleryIds(p.word)).toEqual([p.publicId]);
    expect(await searchIds(p.word)).toEqual([p.publicId]);
    const rows = await t.database.db.query<{ id: string; visibility: string; published_at: Date | null; hidden_reason: string | null }>(
      'SELECT id, visibility, published_at, hidden_reason FROM templates WHERE owner_id = $1 ORDER BY name', [p.id],
    );
    expect(rows).toEqual([
      { id: p.moderatedId, visibility: 'public', published_at: p.publishedAt, hidden_reason: MODERATED },
      { id: p.privateId, visibility: 'private', published_at: null, hidden_reason: null },
      { id: p.publicId, visibility: 'public', published_at: p.publishedAt, hidden_reason: null },
      { id: p.unlistedId, visibility: 'unlisted', published_at: p.publishedAt, hidden_reason: null },
    ]);
    const mail = await t.smtp.waitFor(p.email);
    expect(mail.subject).toBe('Your Inkless account will not be deleted');
    expect(mail.text).toContain('2 published templates withdrawn when you asked for the deletion are back in the gallery, as they were.');
  });

  it('keeps a withdrawn template out of the gallery when a complaint that hid it is dismissed during the grace period, and shows it on cancel', async () => {
    const p = await publisher();
    const mod = t.client();
    const modEmail = `mod${++n}-${kind}@example.test`;
    const modUser = await mod.signUp(modEmail);
    await t.database.db.query("UPDATE users SET role = 'moderator' WHERE id = $1", [modUser.id]);
    const hidden = await fileConfirmedComplaint(t, p.publicId, { ground: 'personal-data', claimant: 'Claire', contactEmail: `claire${n}-${kind}@example.test`, work: 'my address', reason: 'my home address is on it' });
    expect(hidden.hidden).toBe(true);
    const asked = await p.c.delete('/api/me', { confirm, publishedTemplates: 'remove' });
    expect(asked.body.deletion.withdrawnTemplates).toBe(1);
    const dismissed = await mod.post(`/api/moderation/reports/${hidden.id}/resolve`, { decision: 'dismissed' });
    expect(dismissed.body.template).toEqual({ id: p.publicId, visible: false });
    expect(await visitorSees(p.publicId)).toBe(false);

    await signInAgain(p.c, p.email);
    expect((await p.c.post('/api/me/deletion/cancel')).body.restoredTemplates).toBe(2);
    expect(await visitorSees(p.publicId)).toBe(true);
  });

  it('leaves published templates in the gallery through the grace period with keep-credited, as the mail says', async () => {
    const p = await publisher();
    const asked = await p.c.delete('/api/me', { confirm, publishedTemplates: 'keep-credited' });
    expect(asked.body.deletion).toMatchObject({ publishedTemplates: 'keep-credited', withdrawnTemplates: 0 });
    expect(await visitorSees(p.publicId)).toBe(true);
    expect(await visitorSees(p.unlistedId)).toBe(true);
    const mail = await t.smtp.waitFor(p.email);
    expect(mail.text).toContain('Templates you published stay in the gallery under your name until then, and after it credited to "Deleted user".');
  });
});
