import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { appendAuditEntry } from '../src/audit/append-audit-entry';
import type { Database, Queryable } from '../src/db/database';
import { recordConsentChanges } from '../src/privacy/consent-ledger';
import { disclose } from '../src/privacy/disclose';
import { inventory } from '../src/privacy/inventory';
import { openSecurityTicket } from '../src/privacy/support-tickets';
import { seedTemplate } from './support/seed-template';
import type { ApiClient, TestApp } from './support/test-app';

/**
 * Markers for the export and erasure tests: a unique lower-case word per user and column, so a
 * scan can say which user's data is where, and search's word splitting keeps it whole.
 */
export interface MarkedUser {
  readonly id: string;
  readonly email: string;
  readonly client: ApiClient;
  /** `mk<tag>`: every marker of this user starts with it. */
  readonly prefix: string;
  /** table.column -> the marker seeded there. */
  readonly markers: ReadonlyMap<string, string>;
  readonly templates: { readonly privateId: string; readonly publishedId: string };
}

/** The PNG signature: seeded thumbnails start with it, so the exported files are PNGs. */
export const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Text columns that cannot hold a marker (a CHECK, a foreign key or a closed set), with the reason. */
export const unmarkableColumns: Readonly<Record<string, string>> = {
  'users.role': 'CHECK: user or a staff role',
  'account_tokens.purpose': 'CHECK: one of four purposes',
  'templates.visibility': 'CHECK: private, unlisted or public',
  'templates.license': 'CHECK: two licences',
  'reports.kind': 'CHECK: rules or ip',
  'reports.status': 'CHECK: unverified, open, upheld or dismissed',
  'reports.ground': 'CHECK: the complaint grounds',
  'reports.confirm_token_hash': 'a hash the server makes of a mailed link: never text from the user',
  'print_jobs.status': 'CHECK: the job states',
  'security_log.event': 'CHECK: the event list',
  'consent_ledger.visitor_id': 'CHECK: a user row has no visitor id',
  'consent_ledger.purpose': 'CHECK: the purposes',
  'consent_ledger.policy_version': 'foreign key to policy_versions',
  'consent_ledger.action': 'CHECK: grant or withdraw',
  'consent_ledger.source': 'CHECK: the sources',
  'disclosure_register.subject_record': 'NULL when the subject has an account',
  'disclosure_register.categories': 'disclose() takes inventory categories only',
  'disclosure_register.basis': 'CHECK: the closed list',
  'disclosure_register.reference': 'names the record behind the ground (legal-request:<id>)',
  'legal_requests.scope': 'inventory categories only',
  'legal_requests.status': 'CHECK: the states',
  'support_tickets.kind': 'CHECK: security-report',
  'support_tickets.source': 'CHECK: signed-in or signed-out',
  'support_tickets.status': 'CHECK: open or closed',
  'account_deletions.published_templates': 'CHECK: remove or keep-credited',
  'rate_limits.bucket': 'keyed by the account id: the rows are found by it, not by a marker',
  'sign_in_throttle.scope': 'a hash of the email and an address: the rows are found by the hash, not by a marker',
  'sign_in_throttle.account_hash': 'a hash of the email: it cannot hold a marker',
};

/**
 * Signs a user up and seeds, directly in the database, a marker in every text column of every
 * table that can hold one for them: profile, secrets, sessions, tokens, templates (a private and
 * a published one, versions, a PNG thumbnail), a review, reports both ways, a print job, logs, a
 * rate-limit counter, consents, a disclosure under an approved legal request, an audit entry, a
 * support ticket and, if asked, a pending deletion. Counterparts (a gallery author, a complainant)
 * are users of their own without markers, so another user's export never meets these.
 */
export async function seedMarkedUser(t: TestApp, label: string, options: { pendingDeletion?: boolean } = {}): Promise<MarkedUser> {
  const db = t.database.db;
  const tag = `${label.replace(/[^a-z0-9]/g, '')}${randomBytes(4).toString('hex')}`;
  const prefix = `mk${tag}`;
  const markers = new Map<string, string>();
  const m = (table: string, column: string) => {
    const marker = `${prefix}q${createHash('sha256').update(`${table}.${column}`).digest('hex').slice(0, 8)}`;
    markers.set(`${table}.${column}`, marker);
    return marker;
  };
  const client = t.client();
  const email = `${m('users', 'email')}@example.test`;
  const user = await client.signUp(email, undefined, m('users', 'display_name'));
  const at = t.clock.now();
  await db.query('UPDATE users SET password_hash = $2, totp_secret = $3 WHERE id = $1', [user.id, m('users', 'password_hash'), m('users', 'totp_secret')]);
  await db.query("UPDATE sessions SET browser = $2, os = $3, device = $4, ip_prefix = $5 WHERE user_id = $1", [user.id, m('sessions', 'browser'), m('sessions', 'os'), m('sessions', 'device'), m('sessions', 'ip_prefix')]);
  await db.query("INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, $3)", [m('sessions', 'id_hash'), user.id, new Date(at.getTime() + 86_400_000)]);
  await db.query("INSERT INTO account_tokens (token_hash, user_id, purpose, email, expires_at) VALUES ($1, $2, 'change-email', $3, $4)", [m('account_tokens', 'token_hash'), user.id, m('account_tokens', 'email'), at]);
  await db.query('INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)', [user.id, m('recovery_codes', 'code_hash')]);

  const gallery = await plainUser(t, 'gallery');
  const theirs = await seedTemplate(db, { ownerId: gallery, name: 'A neighbour label', visibility: 'public' });
  const privateId = await insertTemplate(db, user.id, 'private', m);
  const publishedId = await seedTemplate(db, { ownerId: user.id, name: `${m('templates', 'name')} published`, description: `${m('templates', 'description')} published`, visibility: 'public', license: 'CC0-1.0' });
  await db.query("INSERT INTO template_versions (template_id, version, name, document) VALUES ($1, 1, $2, $3::jsonb), ($4, 1, $2, $3::jsonb)",
    [privateId, m('template_versions', 'name'), JSON.stringify({ text: m('template_versions', 'document') }), publishedId]);
  await db.query('INSERT INTO reviews (template_id, user_id, rating, body) VALUES ($1, $2, 4, $3)', [theirs, user.id, m('reviews', 'body')]);
  await db.query(
    "INSERT INTO reports (template_id, reporter_id, kind, reason, claimant, contact_email, work, resolution) VALUES ($1, $2, 'ip', $3, $4, $5, $6, $7)",
    [theirs, user.id, m('reports', 'reason'), m('reports', 'claimant'), `${m('reports', 'contact_email')}@example.test`, m('reports', 'work'), m('reports', 'resolution')],
  );
  // A complaint about the user's published template, by someone else, answered by the user.
  await db.query(
    "INSERT INTO reports (template_id, reporter_id, kind, reason, claimant, contact_email, work, publisher_response) VALUES ($1, NULL, 'ip', 'a copy of my drawing', 'Claire', 'claire@example.test', 'a drawing', $2)",
    [publishedId, m('reports', 'publisher_response')],
  );
  await db.query(
    `INSERT INTO print_jobs (user_id, template_id, document, rows, printer_uri, profile, total_labels, error_code, error_message, printer_id)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, 1, $7, $8, $9)`,
    [user.id, privateId, JSON.stringify({ text: m('print_jobs', 'document') }), JSON.stringify([{ name: m('print_jobs', 'rows') }]), `tcp://${m('print_jobs', 'printer_uri')}:9100`, m('print_jobs', 'profile'), m('print_jobs', 'error_code'), m('print_jobs', 'error_message'), m('print_jobs', 'printer_id')],
  );
  await db.query('INSERT INTO recent_views (user_id, template_id, viewed_at) VALUES ($1, $2, $3)', [user.id, theirs, at]);
  await db.query('INSERT INTO access_log (at, user_id, route, method, status, ip_prefix, browser, os, device, language) VALUES ($1, $2, $3, $4, 200, $5, $6, $7, $8, $9)',
    [at, user.id, m('access_log', 'route'), m('access_log', 'method'), m('access_log', 'ip_prefix'), m('access_log', 'browser'), m('access_log', 'os'), m('access_log', 'device'), m('access_log', 'language')]);
  await db.query("INSERT INTO security_log (at, user_id, event, ip, browser, os) VALUES ($1, $2, 'sign-in', $3, $4, $5)", [at, user.id, m('security_log', 'ip'), m('security_log', 'browser'), m('security_log', 'os')]);
  await db.query('INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)', [`test-counter:${user.id}`, at]);
  await recordConsentChanges(db, { kind: 'user', userId: user.id }, [{ purpose: 'preferences', action: 'grant' }], { at, policyVersion: '1.0', source: 'consent-choice', ipPrefix: m('consent_ledger', 'ip_prefix') });
  await openSecurityTicket(db, { userId: user.id, source: 'signed-in', message: m('support_tickets', 'message'), at });
  await seedLegalDisclosure(t, db, user.id, m);
  // The register names the request's authority as the recipient: the same words.
  markers.set('disclosure_register.recipient', markers.get('legal_requests.authority')!);
  await appendAuditEntry(db, { staffId: randomUUID(), action: m('audit_log', 'action'), subjectUserId: user.id, target: m('audit_log', 'target'), at });
  if (options.pendingDeletion) await db.query("INSERT INTO account_deletions (user_id, requested_at, due_at, published_templates) VALUES ($1, $2, $3, 'remove')", [user.id, at, new Date(at.getTime() + 14 * 86_400_000)]);
  return { id: user.id, email, client, prefix, markers, templates: { privateId, publishedId } };
}

async function insertTemplate(db: Queryable, ownerId: string, visibility: 'private', m: (table: string, column: string) => string): Promise<string> {
  const thumbnail = new Uint8Array([...PNG_SIGNATURE, ...new TextEncoder().encode(m('templates', 'thumbnail'))]);
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO templates (owner_id, name, description, document, folder, tags, width_mm, height_mm, printer_language, visibility, hidden_reason, credit_name, thumbnail)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6::text[], 50, 30, $7, $8, $9, $10, $11) RETURNING id`,
    [ownerId, m('templates', 'name'), m('templates', 'description'), JSON.stringify({ text: m('templates', 'document') }), m('templates', 'folder'), [m('templates', 'tags')],
      m('templates', 'printer_language'), visibility, m('templates', 'hidden_reason'), m('templates', 'credit_name'), thumbnail],
  );
  return row!.id;
}

/** An approved legal request about the user, handed over through disclose(), its notice due already. */
async function seedLegalDisclosure(t: TestApp, db: Database, userId: string, m: (table: string, column: string) => string): Promise<void> {
  const at = t.clock.now();
  const [request] = await db.query<{ id: string }>(
    `INSERT INTO legal_requests (subject_user_id, authority, reference, scope, received_at, deadline, created_by, created_at, status, deferral_reason, notify_after, rejection_reason)
     VALUES ($1, $2, $3, '{account}', $4, $4, $5, $4, 'approved', $6, $4, $7) RETURNING id`,
    [userId, m('legal_requests', 'authority'), m('legal_requests', 'reference'), at, randomUUID(), m('legal_requests', 'deferral_reason'), m('legal_requests', 'rejection_reason')],
  );
  await db.query('INSERT INTO legal_request_approvals (request_id, staff_id, at) VALUES ($1, $2, $4), ($1, $3, $4)', [request!.id, randomUUID(), randomUUID(), at]);
  await disclose({ db, clock: () => t.clock.now() }, {
    subject: { userId }, recipient: m('legal_requests', 'authority'), categories: ['account'], basis: 'legal-request',
    reference: `legal-request:${request!.id}`, send: async () => undefined,
  });
  await db.query("UPDATE legal_requests SET status = 'disclosed', disclosed_at = $2 WHERE id = $1", [request!.id, at]);
}

async function plainUser(t: TestApp, label: string): Promise<string> {
  const [row] = await t.database.db.query<{ id: string }>(
    "INSERT INTO users (email, password_hash, display_name) VALUES ($1, 'x', 'Plain neighbour') RETURNING id",
    [`${label}-${randomBytes(6).toString('hex')}@example.test`],
  );
  return row!.id;
}

/** Every table.column of the schema whose value holds `needle` in some row (binary columns by their bytes). */
export async function findColumnsHolding(db: Queryable, needle: string): Promise<string[]> {
  const columns = await db.query<{ table_name: string; column_name: string; data_type: string }>(
    "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
  );
  const hex = Buffer.from(needle, 'utf8').toString('hex');
  const byTable = new Map<string, { column_name: string; data_type: string }[]>();
  for (const c of columns) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c]);
  const hits: string[] = [];
  for (const [table, cols] of byTable) {
    const select = cols.map((c, i) => `"${c.column_name}"::text AS c${i}`).join(', ');
    const rows = await db.query<Record<string, string | null>>(`SELECT ${select} FROM "${table}"`);
    cols.forEach((c, i) => {
      const wanted = c.data_type === 'bytea' ? hex : needle;
      if (rows.some((r) => (r[`c${i}`] ?? '').includes(wanted))) hits.push(`${table}.${c.column_name}`);
    });
  }
  return hits;
}

/** The export ZIP, unpacked: the JSON as text and parsed, and every file. */
export function readExportZip(bytes: Uint8Array): { json: string; data: Record<string, unknown>; files: Record<string, Uint8Array> } {
  const files = unzipSync(bytes);
  const json = new TextDecoder().decode(files['inkless-export.json']);
  return { json, data: JSON.parse(json) as Record<string, unknown>, files };
}

/** Downloads the export through the app (binary, so not through the JSON test client). */
export async function downloadExport(t: TestApp, client: ApiClient): Promise<{ status: number; headers: Record<string, unknown>; bytes: Uint8Array; body: unknown }> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await t.app.inject({ method: 'GET', url: '/api/privacy/export', headers: { host: 'localhost:3000', ...(cookie ? { cookie } : {}) } });
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, headers: res.headers, bytes: new Uint8Array(res.rawPayload), body };
}

/** The tables the inventory says a user's rows live in, for scans that must cover them all. */
export const inventoryTables = Object.keys(inventory);
