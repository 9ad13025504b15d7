import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readServerConfig } from '../src/config';
import { ApiError } from '../src/http/api-error';
import { serverLoggerOptions } from '../src/http/logger-options';
import { startServer } from '../src/start-server';
import { createHardeningApp, type HardeningApp } from './support/hardening-app';
import { databaseKinds } from './support/test-database';

/** Personal data in the failing request: none of it may reach the log. */
const EMAIL = 'zz-log-canary@example.test';
const NAME = 'Zelda Logcanary';
const PASSWORD = 'zz-secret-password-canary';

describe.each(databaseKinds)('server error log (%s)', (kind) => {
  let h: HardeningApp;
  const lines: string[] = [];
  beforeAll(async () => {
    h = await createHardeningApp(kind, {
      logger: serverLoggerOptions('info', { write: (line) => { lines.push(line); } }),
      site: (app) => {
        // A failure whose error object carries a user's value, as a database error's `detail` can.
        app.get('/api/test/busy', async () => {
          throw new ApiError('INKLESS_RENDER_BUSY', 'every render worker is busy', { retryAfterSeconds: 1 });
        });
        app.post('/api/test/fails-with-detail', async () => {
          throw Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505', detail: `Key (email)=(${EMAIL}) already exists.` });
        });
      },
    });
  });
  afterAll(() => h.close());

  const errorLines = () => lines.map((l) => JSON.parse(l) as Record<string, any>).filter((l) => l.level >= 50); // eslint-disable-line @typescript-eslint/no-explicit-any

  it('logs a 500 of a real route with code, route, request id and stack, without the body, the URL or the address', async () => {
    // The sign-up route fails in the database: its table is gone.
    await h.database.db.query('ALTER TABLE users RENAME TO users_gone');
    const c = h.client();
    c.headers['x-forwarded-for'] = '203.0.113.77';
    const res = await c.post('/api/auth/signup?ref=zz-url-canary', { email: EMAIL, password: PASSWORD, displayName: NAME });
    await h.database.db.query('ALTER TABLE users_gone RENAME TO users');
    expect(res.status).toBe(500);
    expect(res.body.error).toEqual({ code: 'INKLESS_API_INTERNAL', message: 'something went wrong on the server; try again' });
    expect(res.raw).not.toMatch(/users|stack|at /);
    const [logged, ...more] = errorLines();
    expect(more).toEqual([]);
    expect(logged).toMatchObject({ level: 50, msg: 'unexpected error', code: 'INKLESS_API_INTERNAL', statusCode: 500, method: 'POST', route: '/api/auth/signup', network: '127.0.0.0/24' });
    expect(logged!.reqId).toEqual(expect.any(String));
    expect(logged!.err.stack).toMatch(/users/);
    const all = lines.join('\n');
    for (const secret of [EMAIL, NAME, PASSWORD, 'zz-url-canary', '127.0.0.1', '203.0.113.77']) expect(all, secret).not.toContain(secret);
  });

  it('logs an error\'s type, code, message and stack, never its other fields', async () => {
    lines.length = 0;
    const res = await h.client().post('/api/test/fails-with-detail', {});
    expect(res.status).toBe(500);
    const [logged] = errorLines();
    expect(logged!.route).toBe('/api/test/fails-with-detail');
    expect(Object.keys(logged!.err).sort()).toEqual(['code', 'message', 'stack', 'type']);
    expect(lines.join('\n')).not.toContain(EMAIL);
  });

  it('logs the server\'s other 5xx answers with their code', async () => {
    lines.length = 0;
    const res = await h.client().get('/api/test/busy');
    expect(res.status).toBe(503);
    expect(errorLines()).toEqual([expect.objectContaining({ level: 50, code: 'INKLESS_RENDER_BUSY', statusCode: 503, route: '/api/test/busy', reqId: expect.any(String) })]);
  });

  it('logs nothing for requests that went well or were the client\'s fault', async () => {
    lines.length = 0;
    const c = h.client();
    expect((await c.get('/api/auth/csrf')).status).toBe(200);
    expect((await c.post('/api/auth/login', { email: EMAIL, password: PASSWORD })).status).toBe(401);
    expect((await c.post('/api/auth/login', { nope: 1 })).status).toBe(400);
    expect(lines).toEqual([]);
  });
});

describe('the served app logs by default', () => {
  let dataDir: string;
  beforeAll(() => { dataDir = mkdtempSync(join(tmpdir(), 'inkless-log-')); });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('has its logger on at info unless INKLESS_LOG_LEVEL says otherwise', async () => {
    expect(readServerConfig({}).logLevel).toBe('info');
    expect(readServerConfig({ INKLESS_LOG_LEVEL: 'WARN' }).logLevel).toBe('warn');
    expect(() => readServerConfig({ INKLESS_LOG_LEVEL: 'loud' })).toThrow(/INKLESS_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
    const server = await startServer(readServerConfig({ PORT: '0', INKLESS_DATA_DIR: dataDir, INKLESS_LOG_LEVEL: 'error' }));
    try {
      expect(server.app.log.level).toBe('error');
    } finally {
      await server.close();
    }
  }, 120_000);
});
