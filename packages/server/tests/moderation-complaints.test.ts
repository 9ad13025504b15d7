import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimits } from '../src/auth/rate-limit';
import { verifyAuditChain } from '../src/audit/verify-audit-chain';
import { createSmtpMailer } from '../src/mail/mailer';
import { runPrivacyJobs } from '../src/privacy/privacy-jobs';
import { complaintLinkToken, fileConfirmedComplaint } from './support/file-complaint';
import { seedTemplate } from './support/seed-template';
import { signUpUser } from './support/sign-up-user';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { moderationTestLimits } from './support/moderation-limits';

const HOUR_MS = 3_600_000;

interface AuditRow { staff_id: string | null; action: string; subject_user_id: string | null; target: string }

describe.each(databaseKinds)('complaints on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const user = (displayName = 'Test User', role?: 'moderator') => signUpUser(t, `complaints${++n}-${kind}@example.test`, displayName, role);
  const publicTemplate = (ownerId: string, name = `Complained ${++n}`) => seedTemplate(t.database.db, { ownerId, name, visibility: 'public', license: 'CC-BY-4.0' });
  const complaint = (ground: string) => ({ ground, claimant: 'Claire Claimant', contactEmail: `claire${++n}-${kind}@example.test`, work: 'My "Spice" jar drawing, 2024', reason: 'This is a copy of my drawing.' });
  const hiddenAt = async (id: string) => (await t.database.db.query<{ hidden_at: Date | null }>('SELECT hidden_at FROM templates WHERE id = $1', [id]))[0]!.hidden_at;
  const queueIds = async (mod: ApiClient) => ((await mod.get('/api/moderation/reports?kind=ip&limit=100')).body.reports as { id: string }[]).map((r) => r.id);
  const count = async (sql: string, params: unknown[]) => Number((await t.database.db.query<{ n: number }>(sql, params))[0]!.n);
  const mailsTo = (to: string) => t.smtp.mails.filter((m) => m.to.includes(to)).length;
  const lastSeq = async () => Number((await t.database.db.query<{ s: string | number | null }>('SELECT max(seq) AS s FROM audit_log'))[0]!.s ?? 0);
  const fileConfirmed = (templateId: string, body: { contactEmail: string } & Record<string, string>) => fileConfirmedComplaint(t, templateId, body);
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: moderationTestLimits });
  });
  afterAll(() => t.close());

  it('an anonymous complaint hides nothing, reaches neither staff nor publisher, and shares nothing until its sender opens the mailed link', async () => {
    const a = await user('Ada');
    const mod = await user('Mo', 'moderator');
    const id = await publicTemplate(a.id, 'Spice jar');
    const body = complaint('personal-data');
    const publisherMails = mailsTo(a.email);
    const anonymous = t.client();
    expect((await anonymous.post(`/api/gallery/${id}/ip-complaint`, { ...body, contactEmail: undefined })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'contactEmail' });
    expect((await anonymous.post(`/api/gallery/${id}/ip-complaint`, { ...body, ground: 'dislike' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'ground' });
    const filed = await anonymous.post(`/api/gallery/${id}/ip-complaint`, body);
    expect(filed.status).toBe(202);
    expect(filed.body.complaint).toMatchObject({ status: 'unverified', ground: 'personal-data' });
    expect(filed.body.message).toMatch(/nothing happens to the template/);

    // Nothing happened: the template is public, staff do not see it, the publisher hears nothing.
    expect(await hiddenAt(id)).toBeNull();
    expect((await t.client().get(`/api/gallery/${id}`)).status).toBe(200);
    expect(await queueIds(mod.c)).not.toContain(filed.body.complaint.id);
    expect((await mod.c.get(`/api/moderation/reports/${filed.body.complaint.id}`)).status).toBe(404);
    expect((await mod.c.post(`/api/moderation/reports/${filed.body.complaint.id}/resolve`, { decision: 'upheld' })).status).toBe(404);
    expect((await a.c.get(`/api/gallery/${id}`)).body.template.complaints).toEqual([]);
    expect((await a.c.post(`/api/templates/${id}/ip-response`, { response: 'mine' })).body.error.code).toBe('INKLESS_MODERATION_NO_OPEN_COMPLAINT');
    // Mail is sent before the answer, so none has been sent if none is there now.
    expect(mailsTo(a.email)).toBe(publisherMails);
    expect(await count('SELECT count(*)::int AS n FROM disclosure_register WHERE reference = $1', [`report:${filed.body.complaint.id}`])).toBe(0);

    // The link: opening the page changes nothing; a wrong token is refused in plain words.
    const mail = await t.smtp.waitFor(body.contactEmail);
    expect(mail.subject).toBe('Confirm your complaint to Inkless');
    expect(mail.text).toContain(`http://localhost:3000/gallery/${id}`);
    const token = complaintLinkToken(mail.text);
    const page = await t.client().get(`/api/complaints/confirm?token=${token}`);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.raw).toContain('<form method="post"');
    expect(await hiddenAt(id)).toBeNull();
    const wrong = await t.client().post('/api/complaints/confirm?token=not-the-token');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'INKLESS_MODERATION_COMPLAINT_LINK_INVALID', path: 'token' });
    expect(wrong.raw).not.toMatch(/at .*\.ts/);

    // Confirmed: now it counts, and a personal-data complaint hides the template at once.
    const confirmed = await t.client().post(`/api/complaints/confirm?token=${token}`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.complaint).toEqual({ id: filed.body.complaint.id, status: 'open', ground: 'personal-data', hidden: true });
    expect(await hiddenAt(id)).not.toBeNull();
    expect(await queueIds(mod.c)).toContain(filed.body.complaint.id);
    expect((await t.client().post(`/api/complaints/confirm?token=${token}`)).body.error.code).toBe('INKLESS_MODERATION_COMPLAINT_LINK_INVALID');
  });

  it('lets a link expire after 48 hours, and the privacy jobs delete the complaint that never counted', async () => {
    const a = await user();
    const id = await publicTemplate(a.id);
    const body = complaint('personal-data');
    const filed = await t.client().post(`/api/gallery/${id}/ip-complaint`, body);
    const token = complaintLinkToken((await t.smtp.waitFor(body.contactEmail)).text);
    t.clock.advance(48 * HOUR_MS + 1000);
    expect((await t.client().post(`/api/complaints/confirm?token=${token}`)).body.error.code).toBe('INKLESS_MODERATION_COMPLAINT_LINK_INVALID');
    expect(await hiddenAt(id)).toBeNull();
    await runPrivacyJobs({ db: t.database.db, mailer: createSmtpMailer(t.smtp.url, 'test@localhost'), clock: () => t.clock.now(), publicUrl: 'http://localhost:3000' });
    expect(await count('SELECT count(*)::int AS n FROM reports WHERE id = $1', [filed.body.complaint.id])).toBe(0);
  });

  it('queues a confirmed copyright complaint for staff while the template stays public, mails the publisher, and staff decide', async () => {
    const a = await user('Ada');
    const mod = await user('Mo', 'moderator');
    const dismissedId = await publicTemplate(a.id);
    const body = complaint('copyright');
    const first = await fileConfirmed(dismissedId, body);
    expect(first.hidden).toBe(false);
    expect(await hiddenAt(dismissedId)).toBeNull();
    expect((await t.client().get(`/api/gallery/${dismissedId}`)).status).toBe(200);
    const told = await t.smtp.waitFor(a.email);
    expect(told.subject).toBe('A complaint about your Inkless template');
    expect(told.text).toContain('It stays in the gallery while staff look at the complaint');
    expect(told.text).toContain('Claire Claimant');
    expect(told.text).toContain(`POST /api/templates/${dismissedId}/ip-response`);
    expect(told.text).not.toContain(body.contactEmail);
    const queued = (await mod.c.get('/api/moderation/reports?kind=ip&limit=100')).body.reports.find((r: { id: string }) => r.id === first.id);
    expect(queued).toMatchObject({ kind: 'ip', ground: 'copyright', status: 'open', contactEmail: body.contactEmail, template: { id: dismissedId, hidden: null } });

    const dismissed = await mod.c.post(`/api/moderation/reports/${first.id}/resolve`, { decision: 'dismissed', note: 'Not a copy.' });
    expect(dismissed.body.template).toEqual({ id: dismissedId, visible: true });
    expect((await t.smtp.waitFor(a.email)).subject).toBe('A complaint about your Inkless template was dismissed');
    expect((await t.smtp.waitFor(body.contactEmail)).text).toMatch(/was dismissed/);

    const upheldId = await publicTemplate(a.id);
    const second = await fileConfirmed(upheldId, complaint('trademark'));
    await t.smtp.waitFor(a.email);
    const upheld = await mod.c.post(`/api/moderation/reports/${second.id}/resolve`, { decision: 'upheld', note: 'Their mark.' });
    expect(upheld.body.template).toEqual({ id: upheldId, visible: false });
    expect((await t.smtp.waitFor(a.email)).subject).toBe('Your Inkless template was taken down');
    expect((await t.client().get(`/api/gallery/${upheldId}`)).status).toBe(404);
  });

  it('counts a complaint at once from a signed-in account with a confirmed address; an unconfirmed account or another address gets a link', async () => {
    const a = await user();
    const id = await publicTemplate(a.id);
    const c = t.client();
    const email = `signed-in${++n}-${kind}@example.test`;
    await c.signUp(email);
    const { contactEmail: _unused, ...withoutEmail } = complaint('personal-data');
    const unconfirmed = await c.post(`/api/gallery/${id}/ip-complaint`, withoutEmail);
    expect(unconfirmed.status).toBe(202);
    expect(await hiddenAt(id)).toBeNull();
    const signUpMail = await t.smtp.waitFor(email);
    expect((await t.smtp.waitFor(email)).subject).toBe('Confirm your complaint to Inkless');
    const verifyToken = /token=([A-Za-z0-9_-]+)/.exec(signUpMail.text)![1]!;
    expect((await c.post('/api/auth/verify-email', { token: verifyToken })).status).toBe(200);

    const elsewhere = await c.post(`/api/gallery/${id}/ip-complaint`, { ...withoutEmail, contactEmail: `other${++n}-${kind}@example.test` });
    expect(elsewhere.status).toBe(202);
    expect(await hiddenAt(id)).toBeNull();

    const counted = await c.post(`/api/gallery/${id}/ip-complaint`, withoutEmail);
    expect(counted.status).toBe(201);
    expect(counted.body.complaint).toMatchObject({ status: 'open', ground: 'personal-data' });
    expect(await hiddenAt(id)).not.toBeNull();
    const [row] = await t.database.db.query<{ contact_email: string; confirmed_at: Date | null }>('SELECT contact_email, confirmed_at FROM reports WHERE id = $1', [counted.body.complaint.id]);
    expect(row).toEqual({ contact_email: email, confirmed_at: t.clock.now() });
    expect((await t.smtp.waitFor(a.email)).subject).toBe('Your Inkless template was hidden after a complaint');
  });

  it('limits complaints per complainant address whatever the client address, and per client address whatever the complainant', async () => {
    const local = await createTestApp(kind, {
      trustProxy: ['127.0.0.1'],
      limits: { ...moderationTestLimits, ipComplaintPerIp: { name: 'ip-complaint-ip', max: 3, windowSeconds: 3600 }, ipComplaintPerComplainant: { name: 'ip-complaint-complainant', max: 2, windowSeconds: 86_400 } } as Partial<RateLimits>,
    });
    try {
      const owner = await local.client().signUp(`limits-${kind}@example.test`);
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push(await seedTemplate(local.database.db, { ownerId: owner.id, name: `Limited ${i}`, visibility: 'public' }));
      const from = (address: string) => {
        const c = local.client();
        c.headers = { ...c.headers, 'x-forwarded-for': address };
        return c;
      };
      const same = { ...complaint('copyright'), contactEmail: `same-${kind}@example.test` };
      expect((await from('198.51.100.1').post(`/api/gallery/${ids[0]}/ip-complaint`, same)).status).toBe(202);
      expect((await from('198.51.100.2').post(`/api/gallery/${ids[1]}/ip-complaint`, same)).status).toBe(202);
      const third = await from('198.51.100.3').post(`/api/gallery/${ids[2]}/ip-complaint`, same);
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('INKLESS_API_RATE_LIMITED');
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(await local.database.db.query('SELECT 1 FROM reports WHERE template_id = $1', [ids[2]])).toEqual([]);

      const busy = from('203.0.113.9');
      for (let i = 0; i < 3; i++) expect((await busy.post(`/api/gallery/${ids[3]}/ip-complaint`, { ...same, contactEmail: `each${i}-${kind}@example.test` })).status).toBe(202);
      expect((await busy.post(`/api/gallery/${ids[4]}/ip-complaint`, { ...same, contactEmail: `fourth-${kind}@example.test` })).status).toBe(429);
      expect((await from('203.0.113.10').post(`/api/gallery/${ids[4]}/ip-complaint`, { ...same, contactEmail: `fourth-${kind}@example.test` })).status).toBe(202);
      // A day later the complainant may complain again.
      local.clock.advance(86_400_000);
      expect((await from('198.51.100.3').post(`/api/gallery/${ids[5]}/ip-complaint`, same)).status).toBe(202);
    } finally {
      await local.close();
    }
  });

  it('writes every step of a complaint to the audit log, from filing to the staff decision, and the chain verifies', async () => {
    const a = await user();
    const mod = await user('Mo', 'moderator');
    const id = await publicTemplate(a.id);
    const mark = await lastSeq();
    const body = complaint('personal-data');
    const filed = await t.client().post(`/api/gallery/${id}/ip-complaint`, body);
    const reportId = filed.body.complaint.id as string;
    const target = `report:${reportId}`;
    const steps = async () => (await t.database.db.query<AuditRow>('SELECT staff_id, action, subject_user_id, target FROM audit_log WHERE seq > $1 AND target = $2 ORDER BY seq', [mark, target]));
    expect(await steps()).toEqual([{ staff_id: null, action: 'complaint.file', subject_user_id: a.id, target }]);
    await t.client().post(`/api/complaints/confirm?token=${complaintLinkToken((await t.smtp.waitFor(body.contactEmail)).text)}`);
    await t.smtp.waitFor(a.email);
    expect((await a.c.post(`/api/templates/${id}/ip-response`, { response: 'Those are made-up names.' })).status).toBe(200);
    expect((await mod.c.post(`/api/moderation/reports/${reportId}/resolve`, { decision: 'dismissed' })).body.template.visible).toBe(true);
    expect(await steps()).toEqual([
      { staff_id: null, action: 'complaint.file', subject_user_id: a.id, target },
      { staff_id: null, action: 'complaint.confirm', subject_user_id: a.id, target },
      { staff_id: null, action: 'complaint.hide-template', subject_user_id: a.id, target },
      { staff_id: null, action: 'complaint.notify-publisher', subject_user_id: a.id, target },
      { staff_id: null, action: 'complaint.publisher-answer', subject_user_id: a.id, target },
      { staff_id: mod.id, action: 'moderation.report.resolve', subject_user_id: a.id, target },
    ]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });
});
