import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../src/mail/mailer';
import { runPrivacyJobs } from '../src/privacy/privacy-jobs';
import { installEgressGuard, type EgressGuard } from './privacy-egress-guard';
import { downloadExport, readExportZip } from './privacy-markers';
import { seedTemplate } from './support/seed-template';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const DAY_MS = 86_400_000;
const roomyLimits = { signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 }, loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 } };

interface Person { c: ApiClient; id: string; email: string }

describe.each(databaseKinds)('legal requests on %s', (kind) => {
  let t: TestApp;
  let guard: EgressGuard;
  let n = 0;
  let staff1: Person;
  let staff2: Person;
  const person = async (role?: 'support' | 'admin'): Promise<Person> => {
    const c = t.client();
    const email = `legal${++n}-${kind}@example.test`;
    const me = await c.signUp(email);
    await t.smtp.waitFor(email);
    if (role) await t.database.db.query('UPDATE users SET role = $2 WHERE id = $1', [me.id, role]);
    return { c, id: me.id, email };
  };
  const record = (by: Person, subjectUserId: string, extra: Record<string, unknown> = {}) => by.c.post('/api/legal-requests', {
    subjectUserId, authority: 'District Court of Example', reference: `AZ ${++n}/26`, scope: ['account', 'templates'],
    receivedAt: t.clock.now().toISOString(), deadline: new Date(t.clock.now().getTime() + 10 * DAY_MS).toISOString(), ...extra,
  });
  const approvedRequest = async (subjectUserId: string, extra: Record<string, unknown> = {}): Promise<string> => {
    const id = (await record(staff1, subjectUserId, extra)).body.legalRequest.id as string;
    expect((await staff1.c.post(`/api/legal-requests/${id}/approve`)).status).toBe(200);
    expect((await staff2.c.post(`/api/legal-requests/${id}/approve`)).body.legalRequest.status).toBe('approved');
    return id;
  };
  const exportOf = async (p: Person) => {
    const res = await downloadExport(t, p.c);
    expect(res.status).toBe(200);
    return readExportZip(res.bytes).data.sections as Record<string, Record<string, Record<string, unknown>[]>>;
  };
  beforeAll(async () => {
    guard = installEgressGuard();
    t = await createTestApp(kind, { limits: roomyLimits });
    staff1 = await person('support');
    staff2 = await person('admin');
  });
  afterAll(async () => {
    await t.close();
    guard.uninstall();
    expect(guard.refused).toEqual([]);
  });

  it('records a request, and hands nothing over until two different staff members approved it', async () => {
    const user = await person();
    const created = await record(staff1, user.id);
    expect(created.status).toBe(201);
    expect(created.body.legalRequest).toMatchObject({ subjectUserId: user.id, authority: 'District Court of Example', scope: ['account', 'templates'], status: 'pending', createdBy: staff1.id, approvedBy: [], deferral: null });
    const id = created.body.legalRequest.id as string;
    const refused = await staff1.c.post(`/api/legal-requests/${id}/disclose`);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'INKLESS_PRIVACY_DISCLOSURE_REFUSED' });
    expect(refused.body.error.message).toContain('two different staff members');
    expect((await staff1.c.post(`/api/legal-requests/${id}/approve`)).body.legalRequest).toMatchObject({ status: 'pending', approvedBy: [staff1.id] });
    expect((await staff1.c.post(`/api/legal-requests/${id}/approve`)).body.error.code).toBe('INKLESS_API_CONFLICT');
    expect((await staff1.c.post(`/api/legal-requests/${id}/disclose`)).status).toBe(403);
    expect((await staff2.c.post(`/api/legal-requests/${id}/approve`)).body.legalRequest).toMatchObject({ status: 'approved', approvedBy: [staff1.id, staff2.id] });
    expect(await t.database.db.query('SELECT 1 FROM disclosure_register WHERE reference = $1', [`legal-request:${id}`])).toEqual([]);
    expect((await record(staff1, user.id, { scope: ['passwords'] })).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'scope[0]' });
    expect((await record(staff1, '00000000-0000-4000-8000-000000000000')).body.error).toMatchObject({ code: 'INKLESS_API_NOT_FOUND', path: 'subjectUserId' });
    expect((await record(staff1, user.id, { deadline: 'soon' })).body.error.path).toBe('deadline');
    expect((await staff1.c.get('/api/legal-requests/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('hands over only the categories in scope, registers it first, tells the user, and shows it in their export', async () => {
    const user = await person();
    const templateId = await seedTemplate(t.database.db, { ownerId: user.id, name: 'Evidence label' });
    await t.database.db.query("INSERT INTO print_jobs (user_id, document, printer_uri, profile, total_labels) VALUES ($1, '{}', 'tcp://printer.example:9100', 'tspl-203', 1)", [user.id]);
    const id = await approvedRequest(user.id);
    const handed = await staff2.c.post(`/api/legal-requests/${id}/disclose`);
    expect(handed.status).toBe(200);
    expect(handed.body.userNotified).toBe(true);
    expect(Object.keys(handed.body.package).sort()).toEqual(['account', 'templates']);
    expect(handed.body.package.account.users).toEqual([expect.objectContaining({ id: user.id, email: user.email })]);
    expect(handed.body.package.templates.templates.map((x: { id: string }) => x.id)).toEqual([templateId]);
    expect(JSON.stringify(handed.body.package)).not.toContain('printer.example');
    expect(handed.body.legalRequest.status).toBe('disclosed');
    const [row] = await t.database.db.query('SELECT subject_user_id, recipient, categories, basis FROM disclosure_register WHERE reference = $1', [`legal-request:${id}`]);
    expect(row).toEqual({ subject_user_id: user.id, recipient: 'District Court of Example', categories: ['account', 'templates'], basis: 'legal-request' });
    const mail = await t.smtp.waitFor(user.email);
    expect(mail.subject).toBe('Data of your Inkless account was handed to an authority');
    expect(mail.text).toContain('District Court of Example');
    expect(mail.text).toContain('account, templates');
    const sections = await exportOf(user);
    expect(sections.disclosures!.disclosure_register).toEqual([expect.objectContaining({ recipient: 'District Court of Example', basis: 'legal-request', reference: `legal-request:${id}` })]);
    expect(sections['legal-requests']!.legal_requests).toEqual([expect.objectContaining({ id, authority: 'District Court of Example', status: 'disclosed' })]);
    expect((await staff1.c.post(`/api/legal-requests/${id}/disclose`)).body.error.message).toContain('handed over already');
  });

  it('lets only staff use legal requests, audits every staff action, and shows staff access in the user export', async () => {
    const user = await person();
    expect((await user.c.get('/api/legal-requests')).status).toBe(403);
    expect((await t.client().get('/api/legal-requests')).status).toBe(401);
    expect((await user.c.post('/api/legal-requests/00000000-0000-4000-8000-000000000000/approve')).status).toBe(403);
    const id = await approvedRequest(user.id);
    expect((await staff2.c.get(`/api/legal-requests/${id}`)).status).toBe(200);
    expect((await staff1.c.get('/api/legal-requests?status=approved')).body.legalRequests.map((r: { id: string }) => r.id)).toContain(id);
    expect((await staff2.c.post(`/api/legal-requests/${id}/disclose`)).status).toBe(200);
    const audit = await t.database.db.query<{ staff_id: string; action: string }>("SELECT staff_id, action FROM audit_log WHERE subject_user_id = $1 AND target = $2 ORDER BY seq", [user.id, `legal-request:${id}`]);
    expect(audit).toEqual([
      { staff_id: staff1.id, action: 'legal-request.create' },
      { staff_id: staff1.id, action: 'legal-request.approve' },
      { staff_id: staff2.id, action: 'legal-request.approve' },
      { staff_id: staff2.id, action: 'legal-request.view' },
      { staff_id: staff1.id, action: 'legal-request.list' },
      { staff_id: staff2.id, action: 'legal-request.disclose' },
    ]);
    const seen = (await exportOf(user))['staff-access']!.audit_log!;
    expect(seen.map((r) => r.action)).toEqual(audit.map((r) => r.action));
    expect(JSON.stringify(seen)).not.toContain(staff1.id);
    const other = await person();
    const rejected = await record(staff1, other.id);
    expect((await staff2.c.post(`/api/legal-requests/${rejected.body.legalRequest.id}/reject`, { reason: 'no legal basis shown' })).body.legalRequest).toMatchObject({ status: 'rejected', rejectionReason: 'no legal basis shown' });
    expect((await staff1.c.post(`/api/legal-requests/${rejected.body.legalRequest.id}/approve`)).body.error.code).toBe('INKLESS_API_CONFLICT');
  });

  it('holds the notice and hides the disclosure from the export while a recorded deferral applies', async () => {
    const user = await person();
    const until = new Date(t.clock.now().getTime() + 30 * DAY_MS);
    const id = await approvedRequest(user.id, { deferral: { reason: 'The court order forbids telling the account holder for 30 days.', notifyAfter: until.toISOString() } });
    const handed = await staff1.c.post(`/api/legal-requests/${id}/disclose`);
    expect(handed.body.userNotified).toBe(false);
    expect(handed.body.legalRequest.deferral).toEqual({ reason: 'The court order forbids telling the account holder for 30 days.', notifyAfter: until.toISOString() });
    const jobs = { db: t.database.db, mailer: createSmtpMailer(t.smtp.url, 'test@localhost'), clock: () => t.clock.now(), publicUrl: 'http://localhost:3000' };
    expect((await runPrivacyJobs(jobs)).noticesSent).toBe(0);
    const before = await exportOf(user);
    expect(before.disclosures!.disclosure_register).toEqual([]);
    expect(before['legal-requests']!.legal_requests).toEqual([]);
    expect(t.smtp.mails.filter((m) => m.to.includes(user.email))).toHaveLength(1);

    t.clock.advance(30 * DAY_MS + 60_000);
    expect((await runPrivacyJobs(jobs)).noticesSent).toBe(1);
    expect((await t.smtp.waitFor(user.email)).subject).toBe('Data of your Inkless account was handed to an authority');
    expect((await runPrivacyJobs(jobs)).noticesSent).toBe(0);
    await user.c.refreshCsrf();
    expect((await user.c.logIn(user.email)).status).toBe(200);
    const after = await exportOf(user);
    expect(after.disclosures!.disclosure_register).toEqual([expect.objectContaining({ reference: `legal-request:${id}` })]);
    expect(after['legal-requests']!.legal_requests).toEqual([expect.objectContaining({ id, deferral_reason: 'The court order forbids telling the account holder for 30 days.' })]);
  });
});
