import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Socket } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveConsentPartner } from '../src/privacy/consent-partners';
import { disclose, type DisclosureRequest } from '../src/privacy/disclose';
import type { DisclosureBasis } from '../src/privacy/disclosure-bases';
import { verifyDisclosureChain } from '../src/privacy/verify-disclosure-chain';
import { installEgressGuard, type EgressGuard } from './privacy-egress-guard';
import { seedTemplate } from './support/seed-template';
import { createTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const PARTNER = { id: 'label-supplier', name: 'Example Label Supplier', purpose: 'Offers for label stock that fits your printers.' };

describe.each(databaseKinds)('the disclosure gate on %s', (kind) => {
  let t: TestApp;
  let guard: EgressGuard;
  let n = 0;
  const email = () => `disclose${++n}-${kind}@example.test`;
  const ctx = () => ({ db: t.database.db, clock: () => t.clock.now() });
  const registerCount = async () => Number((await t.database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM disclosure_register'))[0]!.n);
  /** Tries a disclosure; answers 'sent' or the refusal's code and message, and whether send ran. */
  const attempt = async (request: Omit<DisclosureRequest<string>, 'send'>): Promise<{ outcome: string; sent: boolean }> => {
    let sent = false;
    try {
      await disclose(ctx(), { ...request, send: async () => { sent = true; return 'data'; } });
      return { outcome: 'sent', sent };
    } catch (error) {
      return { outcome: `${(error as { code?: string }).code}: ${(error as Error).message}`, sent };
    }
  };
  beforeAll(async () => {
    guard = installEgressGuard();
    t = await createTestApp(kind);
    await saveConsentPartner(t.database.db, PARTNER, t.clock.now());
  });
  afterAll(async () => {
    await t.close();
    guard.uninstall();
    expect(guard.refused).toEqual([]);
  });

  it('refuses a transfer without a ground from the closed list, and sends nothing', async () => {
    const user = await t.client().signUp(email());
    const before = await registerCount();
    const base = { subject: { userId: user.id }, recipient: 'Anyone', categories: ['account'], reference: 'x' };
    for (const request of [
      { ...base, basis: 'marketing' as DisclosureBasis },
      { ...base, basis: 'dispute-counterparty' as const, reference: 'dispute:1' },
      { ...base, basis: 'consent' as const, recipient: '' },
      { ...base, basis: 'consent' as const, categories: [] },
      { ...base, basis: 'consent' as const, categories: ['passwords'] },
      { ...base, basis: 'legal-request' as const, reference: 'legal-request:00000000-0000-4000-8000-000000000000' },
      { ...base, basis: 'rule-violation' as const, reference: 'report:not-a-uuid' },
    ]) {
      const result = await attempt(request);
      expect(result.outcome, request.basis).toMatch(/^INKLESS_PRIVACY_DISCLOSURE_REFUSED: nothing was shared: /);
      expect(result.sent).toBe(false);
    }
    expect((await attempt({ ...base, basis: 'dispute-counterparty', reference: 'dispute:1' })).outcome).toContain('no transactions between users');
    expect(await registerCount()).toBe(before);
  });

  it('shares on consent only while it is in effect, only with that partner, writing the register row before the data leaves', async () => {
    const c = t.client();
    const user = await c.signUp(email());
    const request = { subject: { userId: user.id }, recipient: PARTNER.name, categories: ['account'], basis: 'consent' as const, reference: `partner:${PARTNER.id}` };
    expect((await attempt(request)).outcome).toContain('has not agreed');
    expect((await c.post('/api/privacy/consent', { partners: { [PARTNER.id]: true } })).status).toBe(200);
    const rowsAtSend: unknown[] = [];
    const result = await disclose(ctx(), {
      ...request,
      send: async () => {
        rowsAtSend.push(...(await t.database.db.query('SELECT subject_user_id, recipient, categories, basis, reference FROM disclosure_register WHERE subject_user_id = $1', [user.id])));
        return 'delivered';
      },
    });
    expect(result).toBe('delivered');
    expect(rowsAtSend).toEqual([{ subject_user_id: user.id, recipient: PARTNER.name, categories: ['account'], basis: 'consent', reference: `partner:${PARTNER.id}` }]);
    expect((await attempt({ ...request, recipient: 'Another Company' })).outcome).toContain(`covers ${PARTNER.name}`);
    expect((await c.post('/api/privacy/consent', { partners: { [PARTNER.id]: false } })).status).toBe(200);
    expect((await attempt(request)).outcome).toContain('has not agreed');
    expect(await verifyDisclosureChain(t.database.db)).toMatchObject({ ok: true });
  });

  it('shares with a service provider only what that provider may receive', async () => {
    const user = await t.client().signUp(email());
    const request = { subject: { userId: user.id }, recipient: "the operator's mail relay (SMTP_URL)", basis: 'service' as const, reference: 'service:mail-relay' };
    expect((await attempt({ ...request, categories: ['account'] })).outcome).toBe('sent');
    expect((await attempt({ ...request, categories: ['account', 'templates'] })).outcome).toContain('may not receive templates');
    expect((await attempt({ ...request, reference: 'service:analytics', categories: ['account'] })).outcome).toContain('listed provider');
  });

  it('shares on a complaint only between its two parties, and on a rules breach only once a report is upheld', async () => {
    const owner = await t.client().signUp(email());
    const stranger = await t.client().signUp(email());
    const template = await seedTemplate(t.database.db, { ownerId: owner.id, visibility: 'public' });
    const [complaint] = await t.database.db.query<{ id: string }>(
      "INSERT INTO reports (template_id, kind, reason, claimant, contact_email, work) VALUES ($1, 'ip', 'copy', 'Claire', 'claire@example.test', 'a drawing') RETURNING id", [template],
    );
    const ref = `report:${complaint!.id}`;
    const ip = { basis: 'ip-complaint' as const, reference: ref, categories: ['account'] };
    expect((await attempt({ ...ip, subject: { userId: owner.id }, recipient: 'claire@example.test' })).outcome).toBe('sent');
    expect((await attempt({ ...ip, subject: { userId: owner.id }, recipient: 'someone@example.test' })).outcome).toContain('only to the complainant');
    expect((await attempt({ ...ip, subject: { userId: stranger.id }, recipient: 'claire@example.test' })).outcome).toContain('only the data of the publisher');
    expect((await attempt({ ...ip, subject: { record: ref }, categories: ['reports'], recipient: owner.email })).outcome).toBe('sent');
    expect((await attempt({ ...ip, subject: { record: ref }, categories: ['reports'], recipient: 'someone@example.test' })).outcome).toContain('only to the publisher');
    const [rules] = await t.database.db.query<{ id: string }>("INSERT INTO reports (template_id, kind, reason) VALUES ($1, 'rules', 'spam') RETURNING id", [template]);
    const breach = { basis: 'rule-violation' as const, reference: `report:${rules!.id}`, categories: ['account'], recipient: 'Consumer protection office', subject: { userId: owner.id } };
    expect((await attempt(breach)).outcome).toContain('only an upheld rules report');
    await t.database.db.query("UPDATE reports SET status = 'upheld' WHERE id = $1", [rules!.id]);
    expect((await attempt(breach)).outcome).toBe('sent');
    expect((await attempt({ ...breach, subject: { userId: stranger.id } })).outcome).toContain('only the data of the publisher who broke the rules');
  });

  it('keeps the register append-only, and its hash chain shows an edit made behind the triggers', async () => {
    const db = t.database.db;
    const [row] = await db.query<{ seq: string }>('SELECT seq::text AS seq FROM disclosure_register ORDER BY seq LIMIT 1');
    expect(row).toBeDefined();
    await expect(db.query("UPDATE disclosure_register SET recipient = 'someone else' WHERE seq = $1", [row!.seq])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM disclosure_register WHERE seq = $1', [row!.seq])).rejects.toThrow(/append-only/);
    await expect(db.query('TRUNCATE disclosure_register')).rejects.toThrow(/append-only/);
    expect(await verifyDisclosureChain(db)).toMatchObject({ ok: true });
    await db.exec('ALTER TABLE disclosure_register DISABLE TRIGGER disclosure_register_append_only');
    try {
      await db.query("UPDATE disclosure_register SET recipient = 'someone else' WHERE seq = $1", [row!.seq]);
      expect(await verifyDisclosureChain(db)).toMatchObject({ ok: false, brokenSeq: row!.seq, problem: 'hash' });
    } finally {
      await db.exec('ALTER TABLE disclosure_register ENABLE TRIGGER disclosure_register_append_only');
    }
  });
});

describe('no path out but disclose()', () => {
  it('the egress guard refuses every connection but loopback, before anything reaches the network', () => {
    const reached: unknown[] = [];
    const real = Socket.prototype.connect;
    // Stand-in for the network: records what got past the guard, connects nowhere.
    Socket.prototype.connect = function (this: Socket, ...args: unknown[]) { reached.push(args[0]); return this; } as typeof Socket.prototype.connect;
    const guard = installEgressGuard();
    try {
      for (const [port, host] of [[80, '203.0.113.7'], [443, 'example.com'], [25, '2001:db8::1'], [5432, '10.0.0.5']] as const) {
        expect(() => new Socket().connect(port, host), host).toThrow(/egress blocked/);
      }
      expect(() => new Socket().connect({ host: '198.51.100.9', port: 80, path: null } as never)).toThrow(/egress blocked/);
      expect(reached).toEqual([]);
      for (const host of ['127.0.0.1', '127.5.5.5', '::1', 'localhost']) new Socket().connect(9, host);
      new Socket().connect('/tmp/some.sock');
      expect(reached).toHaveLength(5);
      expect(guard.refused).toEqual(['203.0.113.7:80', 'example.com:443', '2001:db8::1:25', '10.0.0.5:5432', '198.51.100.9:80']);
    } finally {
      guard.uninstall();
      Socket.prototype.connect = real;
    }
  });

  it('no server source outside the allow-list opens a network connection itself', () => {
    const root = new URL('../src/', import.meta.url).pathname;
    /** Who may open connections, and with what: the database driver, mail to SMTP_URL, the user's own printer. */
    const allowed: Record<string, RegExp> = {
      'db/postgres-database.ts': /from 'pg'/,
      'mail/mailer.ts': /from 'nodemailer'/,
      'printing/print-worker.ts': /from '@inkless\/printers\/node'/,
    };
    const egress = [
      /\bfetch\s*\(/, /\bXMLHttpRequest\b/, /\bnew WebSocket\b/,
      /^import (?!type )[^;]*from '(node:)?(http|https|http2|net|tls|dgram)'/m,
      /from '(undici|nodemailer|pg|axios|got|node-fetch)'/, /from '@inkless\/printers\/node'/,
    ];
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(path);
      }
    };
    walk(root);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((path) => {
      const file = relative(root, path);
      const own = allowed[file];
      const text = own ? readFileSync(path, 'utf8').replace(own, '') : readFileSync(path, 'utf8');
      return egress.filter((pattern) => pattern.test(text)).map((p) => `${file}: ${p.source}`);
    });
    expect(offenders).toEqual([]);
  });
});
