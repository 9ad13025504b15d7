import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultRetention, readRetentionConfig, runRetention, startRetentionTimer } from '../src/privacy/retention';
import { createTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/test-database';

const DAY_MS = 86_400_000;

describe.each(databaseKinds)('retention of the privacy logs on %s', (kind) => {
  let t: TestApp;
  let userId: string;
  let templateIds: string[];
  const db = () => t.database.db;
  const daysAgo = (days: number) => new Date(t.clock.now().getTime() - days * DAY_MS);
  const addAccess = (route: string, at: Date) => db().query("INSERT INTO access_log (at, user_id, route, method, status, ip_prefix, browser, os, device, language) VALUES ($1, $2, $3, 'GET', 200, '', '', '', 'other', '')", [at, userId, route]);
  const addSecurity = (ip: string, at: Date) => db().query("INSERT INTO security_log (at, user_id, event, ip, browser, os) VALUES ($1, $2, 'sign-in', $3, '', '')", [at, userId, ip]);
  const addView = (templateId: string, at: Date) => db().query('INSERT INTO recent_views (user_id, template_id, viewed_at) VALUES ($1, $2, $3)', [userId, templateId, at]);
  const routes = async () => (await db().query<{ route: string }>("SELECT route FROM access_log WHERE route LIKE '/retention/%' ORDER BY route")).map((r) => r.route);
  const ips = async () => (await db().query<{ ip: string }>("SELECT ip FROM security_log WHERE ip LIKE '192.0.2.%' ORDER BY ip")).map((r) => r.ip);

  beforeAll(async () => {
    t = await createTestApp(kind);
    userId = (await t.client().signUp(`retention-${kind}@example.test`)).id;
    templateIds = [];
    for (const name of ['kept', 'gone']) {
      const [row] = await t.database.db.query<{ id: string }>("INSERT INTO templates (owner_id, name, document, width_mm, height_mm) VALUES ($1, $2, '{}'::jsonb, 50, 30) RETURNING id", [userId, name]);
      templateIds.push(row!.id);
    }
  });
  afterAll(() => t.close());

  it('deletes each log past its own limit: a row a day inside stays, a row a day outside goes', async () => {
    await addAccess('/retention/inside', daysAgo(defaultRetention.accessLogDays - 1));
    await addAccess('/retention/outside', daysAgo(defaultRetention.accessLogDays + 1));
    await addSecurity('192.0.2.1', daysAgo(defaultRetention.securityLogDays - 1));
    await addSecurity('192.0.2.2', daysAgo(defaultRetention.securityLogDays + 1));
    await addView(templateIds[0]!, daysAgo(defaultRetention.recentViewsDays - 1));
    await addView(templateIds[1]!, daysAgo(defaultRetention.recentViewsDays + 1));

    const deleted = await runRetention(db(), () => t.clock.now());
    expect(deleted).toEqual({ access_log: 1, security_log: 1, recent_views: 1 });
    expect(await routes()).toEqual(['/retention/inside']);
    expect(await ips()).toEqual(['192.0.2.1']);
    expect((await db().query<{ template_id: string }>('SELECT template_id FROM recent_views WHERE user_id = $1', [userId])).map((r) => r.template_id)).toEqual([templateIds[0]]);

    // Two days later the rows that were a day inside are past their limits too.
    t.clock.advance(2 * DAY_MS);
    expect(await runRetention(db(), () => t.clock.now())).toEqual({ access_log: 1, security_log: 1, recent_views: 1 });
    expect(await routes()).toEqual([]);
    expect(await ips()).toEqual([]);
  });

  it('follows a configured limit, and works through a backlog larger than one batch', async () => {
    await db().query(
      "INSERT INTO access_log (at, user_id, route, method, status, ip_prefix, browser, os, device, language) SELECT $1, NULL, '/retention/backlog', 'GET', 200, '', '', '', 'other', '' FROM generate_series(1, 1234)",
      [daysAgo(8)],
    );
    await addAccess('/retention/six-days', daysAgo(6));
    expect((await runRetention(db(), () => t.clock.now())).access_log).toBe(0);
    const deleted = await runRetention(db(), () => t.clock.now(), { ...defaultRetention, accessLogDays: 7 });
    expect(deleted.access_log).toBe(1234);
    expect(await routes()).toEqual(['/retention/six-days']);
  });

  it('runs from a timer that purges at once and stops cleanly', async () => {
    await addAccess('/retention/timer', daysAgo(defaultRetention.accessLogDays + 5));
    const errors: unknown[] = [];
    const stop = startRetentionTimer(db(), () => t.clock.now(), defaultRetention, (e) => errors.push(e));
    await stop();
    expect(errors).toEqual([]);
    expect(await routes()).not.toContain('/retention/timer');
  });
});

describe('retention configuration', () => {
  it('reads whole days from the environment and keeps the defaults for what is unset', () => {
    expect(readRetentionConfig({})).toEqual(defaultRetention);
    expect(readRetentionConfig({ INKLESS_ACCESS_LOG_DAYS: '180', INKLESS_SECURITY_LOG_DAYS: '14' })).toEqual({ accessLogDays: 180, securityLogDays: 14, recentViewsDays: defaultRetention.recentViewsDays });
    expect(() => readRetentionConfig({ INKLESS_SECURITY_LOG_DAYS: '0' })).toThrow(/INKLESS_SECURITY_LOG_DAYS must be a whole number of days/);
    expect(() => readRetentionConfig({ INKLESS_RECENT_VIEWS_DAYS: '1.5' })).toThrow(/INKLESS_RECENT_VIEWS_DAYS/);
  });
});
