import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAUTH_WINDOW_MS } from '../src/auth/reauthenticate';
import { inventory, resolveColumn } from '../src/privacy/inventory';
import { installEgressGuard, type EgressGuard } from './privacy-egress-guard';
import { downloadExport, findColumnsHolding, PNG_SIGNATURE, readExportZip, seedMarkedUser, unmarkableColumns, type MarkedUser } from './privacy-markers';
import { createTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const roomyLimits = { signupPerIp: { name: 'signup-ip', max: 10_000, windowSeconds: 60 } };
const textTypes = new Set(['text', 'jsonb', 'ARRAY', 'bytea', 'tsvector']);

describe.each(databaseKinds)('data export on %s', (kind) => {
  let t: TestApp;
  let guard: EgressGuard;
  let alice: MarkedUser;
  let bob: MarkedUser;
  beforeAll(async () => {
    guard = installEgressGuard();
    t = await createTestApp(kind, { limits: roomyLimits });
    alice = await seedMarkedUser(t, 'alice', { pendingDeletion: true });
    bob = await seedMarkedUser(t, 'bob');
  });
  afterAll(async () => {
    await t.close();
    guard.uninstall();
    expect(guard.refused).toEqual([]);
  });

  it('seeds a marker in every personal text column that can hold one, so the export test covers them all', async () => {
    const columns = await t.database.db.query<{ table_name: string; column_name: string; data_type: string }>(
      'SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()',
    );
    const personalText = columns.filter((c) => textTypes.has(c.data_type) && resolveColumn(c.table_name, c.column_name)).map((c) => `${c.table_name}.${c.column_name}`);
    const holding = new Set(await findColumnsHolding(t.database.db, alice.prefix));
    const uncovered = personalText.filter((c) => !holding.has(c) && !(c in unmarkableColumns));
    expect(uncovered).toEqual([]);
    // Every exemption is still a real personal column, and really cannot take a marker.
    for (const c of Object.keys(unmarkableColumns)) expect(personalText, c).toContain(c);
  });

  it('holds every exported marker of the user, none of the secrets, and nothing of another user', async () => {
    const res = await downloadExport(t, alice.client);
    expect(res.status).toBe(200);
    const { json, data, files } = readExportZip(res.bytes);
    const everything = json + Object.values(files).map((f) => new TextDecoder('latin1').decode(f)).join('\n');
    const missing: string[] = [];
    const leaked: string[] = [];
    for (const [column, marker] of alice.markers) {
      const [table, name] = column.split('.') as [string, string];
      const entry = resolveColumn(table, name)!;
      if (entry.exported && !everything.includes(marker)) missing.push(column);
      if (!entry.exported && everything.includes(marker)) leaked.push(column);
    }
    expect(missing, 'exported columns whose marker is not in the export').toEqual([]);
    expect(leaked, 'secrets in the export').toEqual([]);
    expect(everything.includes(bob.prefix)).toBe(false);
    expect(json).not.toContain(bob.id);
    expect(data).toMatchObject({ format: 'inkless-export', formatVersion: 1, userId: alice.id });
    const sections = data.sections as Record<string, Record<string, unknown[]>>;
    expect(sections.account!.users).toEqual([expect.objectContaining({ id: alice.id, email: alice.email })]);
    expect(sections.deletion!.account_deletions).toHaveLength(1);
    expect(sections.disclosures!.disclosure_register).toHaveLength(1);
    expect(sections['staff-access']!.audit_log).toEqual([expect.objectContaining({ action: alice.markers.get('audit_log.action'), target: alice.markers.get('audit_log.target') })]);
    // The complaint about her template shows her answer, never the complainant's own words or address.
    const about = sections.reports!.reports_about_your_templates as Record<string, unknown>[];
    expect(about).toHaveLength(1);
    expect(Object.keys(about[0]!).sort()).toEqual(['created_at', 'id', 'kind', 'publisher_response', 'resolution', 'resolved_at', 'responded_at', 'status', 'template_id']);
    expect(JSON.stringify(about)).not.toContain('claire@example.test');
    const explained = data.explanations as Record<string, { columns: Record<string, string> }>;
    expect(Object.keys(explained)).toEqual(Object.entries(inventory).filter(([, e]) => e.category !== null).map(([table]) => table));
  });

  it('is a ZIP of the JSON, a README and each thumbnail as a PNG file, sent as a download that is not cached', async () => {
    const res = await downloadExport(t, alice.client);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="inkless-export-\d{4}-\d{2}-\d{2}\.zip"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const { data, files } = readExportZip(res.bytes);
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'inkless-export.json', `thumbnails/${alice.templates.privateId}.png`]);
    const png = files[`thumbnails/${alice.templates.privateId}.png`]!;
    expect([...png.slice(0, 8)]).toEqual([...PNG_SIGNATURE]);
    const [stored] = await t.database.db.query<{ thumbnail: Uint8Array }>('SELECT thumbnail FROM templates WHERE id = $1', [alice.templates.privateId]);
    expect(Buffer.from(png).equals(Buffer.from(stored!.thumbnail))).toBe(true);
    const templates = (data.sections as Record<string, Record<string, Record<string, unknown>[]>>).templates!.templates!;
    expect(templates.find((x) => x.id === alice.templates.privateId)!.thumbnail).toBe(`thumbnails/${alice.templates.privateId}.png`);
    expect(templates.find((x) => x.id === alice.templates.publishedId)!.thumbnail).toBeNull();
    expect(new TextDecoder().decode(files['README.txt'])).toContain('password hash');
  });

  it('shows a corrected display name in the next export, and the old one nowhere', async () => {
    const c = t.client();
    const me = await c.signUp(`export-corrected-${kind}@example.test`, undefined, 'Mispelled Name');
    expect((await c.patch('/api/me', { displayName: 'Corrected Name' })).body.user).toMatchObject({ id: me.id, displayName: 'Corrected Name' });
    const { json } = readExportZip((await downloadExport(t, c)).bytes);
    expect(json).toContain('"display_name": "Corrected Name"');
    expect(json).not.toContain('Mispelled Name');
  });

  it('needs a session and a password entered in the last minutes, and is limited per account', async () => {
    expect((await downloadExport(t, t.client())).status).toBe(401);
    const c = t.client();
    await c.signUp(`export-limits-${kind}@example.test`);
    expect((await downloadExport(t, c)).status).toBe(200);
    t.clock.advance(REAUTH_WINDOW_MS + 1000);
    const stale = await downloadExport(t, c);
    expect(stale.status).toBe(401);
    expect(stale.body).toMatchObject({ error: { code: 'INKLESS_AUTH_REAUTH_REQUIRED' } });
    expect((await c.post('/api/auth/reauthenticate', { password: 'correct horse battery staple' })).status).toBe(204);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await downloadExport(t, c)).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(9);
    expect(statuses.at(-1)).toBe(429);
  });
});
