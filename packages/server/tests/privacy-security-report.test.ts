import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installEgressGuard, type EgressGuard } from './privacy-egress-guard';
import { findColumnsHolding } from './privacy-markers';
import { createTestApp, type ApiClient, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const limits = {
  signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 },
  loginPerIp: { name: 'login-ip', max: 10_000, windowSeconds: 60 },
  securityReportPerIp: { name: 'security-report-ip', max: 6, windowSeconds: 3600 },
};
const REPORT_URL = '/api/support/security-report';

interface Person { c: ApiClient; id: string; email: string }

describe.each(databaseKinds)('security reports on %s', (kind) => {
  let t: TestApp;
  let guard: EgressGuard;
  let staff: Person;
  let n = 0;
  const person = async (role?: 'support'): Promise<Person> => {
    const c = t.client();
    const email = `report${++n}-${kind}@example.test`;
    const me = await c.signUp(email);
    await t.smtp.waitFor(email);
    if (role) await t.database.db.query('UPDATE users SET role = $2 WHERE id = $1', [me.id, role]);
    return { c, id: me.id, email };
  };
  const ticketsOf = (userId: string) => t.database.db.query<{ source: string; message: string; status: string }>('SELECT source, message, status FROM support_tickets WHERE user_id = $1 ORDER BY created_at', [userId]);
  beforeAll(async () => {
    guard = installEgressGuard();
    t = await createTestApp(kind, { limits });
    staff = await person('support');
  });
  afterAll(async () => {
    await t.close();
    guard.uninstall();
    expect(guard.refused).toEqual([]);
  });

  it('secures the account named by a signed-out report: every session ends on the next request, a reset is forced, the owner is mailed, a ticket opens', async () => {
    const victim = await person();
    const phone = t.client();
    expect((await phone.logIn(victim.email)).status).toBe(200);
    const res = await t.client().post(REPORT_URL, { email: victim.email.toUpperCase(), message: 'I found my password on a paste site.' });
    expect(res.status).toBe(202);
    expect((await victim.c.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await t.client().logIn(victim.email)).body.error.code).toBe('INKLESS_AUTH_RESET_REQUIRED');
    expect((await t.smtp.waitFor(victim.email)).subject).toBe('Your Inkless account was secured');
    expect((await t.smtp.waitFor(victim.email)).subject).toBe('Reset your Inkless password');
    expect(await ticketsOf(victim.id)).toEqual([{ source: 'signed-out', message: 'I found my password on a paste site.', status: 'open' }]);
    const queue = await staff.c.get('/api/support/tickets');
    const ticket = queue.body.tickets.find((x: { account: { id: string } }) => x.account.id === victim.id);
    expect(ticket).toMatchObject({ kind: 'security-report', source: 'signed-out', status: 'open', account: { email: victim.email } });
    const [audit] = await t.database.db.query('SELECT staff_id, action FROM audit_log WHERE subject_user_id = $1', [victim.id]);
    expect(audit).toEqual({ staff_id: staff.id, action: 'support.tickets.list' });
  });

  it('answers the same for an email without an account, and keeps nothing about it', async () => {
    const known = await person();
    const unknown = `nobody-here-${kind}@example.test`;
    const a = await t.client().post(REPORT_URL, { email: unknown });
    const b = await t.client().post(REPORT_URL, { email: known.email });
    expect(a.status).toBe(202);
    expect(a.raw).toBe(b.raw);
    expect(t.smtp.mails.some((m) => m.to.includes(unknown))).toBe(false);
    const [tickets] = await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM support_tickets t JOIN users u ON u.id = t.user_id WHERE u.email = $1', [unknown]);
    expect(tickets!.n).toBe(0);
    expect(await findColumnsHolding(t.database.db, 'nobody-here')).toEqual([]);
    expect((await t.client().post(REPORT_URL, {})).body.error).toMatchObject({ code: 'INKLESS_API_BAD_REQUEST', path: 'email' });
  });

  it('secures the account of a signed-in reporter who names no email, and signs them out', async () => {
    const me = await person();
    const res = await me.c.post(REPORT_URL, { message: 'Someone changed my templates.' });
    expect(res.status).toBe(202);
    expect(String(res.headers['set-cookie'])).toMatch(/sid=;/);
    expect((await me.c.get('/api/me')).status).toBe(401);
    expect(await ticketsOf(me.id)).toEqual([{ source: 'signed-in', message: 'Someone changed my templates.', status: 'open' }]);
  });

  it('is limited per address; past the per-account limit reports change nothing but get the same answer', async () => {
    t.clock.advance(3600_000);
    const victim = await person();
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) answers.push((await t.client().post(REPORT_URL, { email: victim.email, message: `report ${i}` })).raw);
    expect(new Set(answers).size).toBe(1);
    expect((await ticketsOf(victim.id)).map((x) => x.message)).toEqual(['report 0', 'report 1', 'report 2']);
    for (let i = 0; i < 2; i++) expect((await t.client().post(REPORT_URL, { email: `someone${i}-${kind}@example.test` })).status).toBe(202);
    const limited = await t.client().post(REPORT_URL, { email: victim.email });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('lets staff list and close tickets, audited, and nobody else', async () => {
    t.clock.advance(3600_000); // past the address limit the test before used up
    const user = await person();
    expect((await user.c.get('/api/support/tickets')).status).toBe(403);
    expect((await t.client().get('/api/support/tickets')).status).toBe(401);
    const victim = await person();
    await t.client().post(REPORT_URL, { email: victim.email });
    const open = (await staff.c.get('/api/support/tickets')).body.tickets as { id: string; account: { id: string } }[];
    const ticket = open.find((x) => x.account.id === victim.id)!;
    expect((await user.c.post(`/api/support/tickets/${ticket.id}/close`)).status).toBe(403);
    const closed = await staff.c.post(`/api/support/tickets/${ticket.id}/close`);
    expect(closed.body.ticket).toMatchObject({ id: ticket.id, status: 'closed' });
    expect((await staff.c.get('/api/support/tickets?status=closed')).body.tickets.map((x: { id: string }) => x.id)).toContain(ticket.id);
    expect((await staff.c.post('/api/support/tickets/00000000-0000-4000-8000-000000000000/close')).status).toBe(404);
    const actions = await t.database.db.query<{ action: string }>('SELECT action FROM audit_log WHERE subject_user_id = $1 AND staff_id = $2 ORDER BY seq', [victim.id, staff.id]);
    expect(actions.map((a) => a.action)).toEqual(['support.tickets.list', 'support.ticket.close', 'support.tickets.list']);
  });
});
