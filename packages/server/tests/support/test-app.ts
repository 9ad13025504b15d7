/* eslint-disable @typescript-eslint/no-explicit-any -- JSON bodies in tests are read loosely; assertions check their shape */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp, type AppOptions } from '../../src/app';
import { createSmtpMailer } from '../../src/mail/mailer';
import { openTestDatabase, type DatabaseKind, type TestDatabase } from './test-database';
import { startSmtpCatcher, type SmtpCatcher } from './smtp-catcher';

/** A clock tests can move. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function createTestClock(start = new Date('2026-06-01T12:00:00Z')): TestClock {
  let at = start.getTime();
  return { now: () => new Date(at), advance: (ms) => { at += ms; } };
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly smtp: SmtpCatcher;
  readonly clock: TestClock;
  /** A new browser: its own cookie jar and CSRF token. */
  client(): ApiClient;
  close(): Promise<void>;
}

/** The real app on a fresh database, mail going to a real SMTP listener on loopback. */
export async function createTestApp(kind: DatabaseKind, options: Partial<Pick<AppOptions, 'limits' | 'sessionTimeouts' | 'trustProxy' | 'printers'>> & { clock?: TestClock } = {}): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  const smtp = await startSmtpCatcher();
  const clock = options.clock ?? createTestClock();
  const app = await buildApp({
    db: database.db,
    mailer: createSmtpMailer(smtp.url, 'Inkless test <test@localhost>'),
    clock: () => clock.now(),
    publicUrl: 'http://localhost:3000',
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.sessionTimeouts ? { sessionTimeouts: options.sessionTimeouts } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    ...(options.printers ? { printers: options.printers } : {}),
  });
  return {
    app, database, smtp, clock,
    client: () => new ApiClient(injectInto(app)),
    close: async () => {
      await app.close();
      await smtp.close();
      await database.close();
    },
  };
}

export interface ApiResponse<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly raw: string;
}

/** One HTTP exchange, however it travels (app.inject, or a real socket to a server process). */
export type SendRequest = (request: { method: string; url: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; headers: Record<string, string | string[] | number | undefined>; body: string }>;

/** Requests through `app.inject` (no socket), as the host `localhost:3000`. */
export function injectInto(app: FastifyInstance): SendRequest {
  return async (r) => {
    const res = await app.inject({ method: r.method as InjectOptions['method'], url: r.url, headers: { host: 'localhost:3000', ...r.headers }, ...(r.body !== undefined ? { payload: r.body } : {}) });
    return { status: res.statusCode, headers: res.headers, body: res.body };
  };
}

/** Requests over real HTTP to a listening server (each call picks the base URL, e.g. round robin). */
export function sendOverHttp(baseUrl: () => string): SendRequest {
  return async (r) => {
    const res = await fetch(baseUrl() + r.url, { method: r.method, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) });
    const headers: Record<string, string | string[]> = {};
    res.headers.forEach((value, key) => { headers[key] = value; });
    const cookies = res.headers.getSetCookie();
    if (cookies.length) headers['set-cookie'] = cookies;
    return { status: res.status, headers, body: await res.text() };
  };
}

/** A browser's view of the API: keeps cookies like a browser, fetches and sends the CSRF token. */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  private csrf: string | undefined;
  /** Extra headers on every request (User-Agent, Origin...). */
  headers: Record<string, string> = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36' };

  constructor(private readonly send: SendRequest) {}

  async request<T = any>(method: string, url: string, body?: unknown, options: { csrf?: boolean; headers?: Record<string, string> } = {}): Promise<ApiResponse<T>> {
    const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(String(method));
    if (unsafe && options.csrf !== false && this.csrf === undefined) await this.refreshCsrf();
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.send({
      method, url,
      headers: {
        ...this.headers,
        ...(cookie ? { cookie } : {}),
        ...(unsafe && options.csrf !== false && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    this.takeCookies(res.headers['set-cookie'] as string | string[] | undefined);
    if (res.status < 400 && (url.startsWith('/api/auth/login') || url.startsWith('/api/auth/signup') || url.startsWith('/api/auth/logout'))) this.csrf = undefined;
    let parsed: unknown = undefined;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed as T, headers: res.headers, raw: res.body };
  }

  get<T = any>(url: string) { return this.request<T>('GET', url); }
  post<T = any>(url: string, body?: unknown) { return this.request<T>('POST', url, body ?? {}); }
  put<T = any>(url: string, body?: unknown) { return this.request<T>('PUT', url, body ?? {}); }
  patch<T = any>(url: string, body?: unknown) { return this.request<T>('PATCH', url, body ?? {}); }
  delete<T = any>(url: string, body?: unknown) { return this.request<T>('DELETE', url, body); }

  async refreshCsrf(): Promise<void> {
    const res = await this.request<{ token: string }>('GET', '/api/auth/csrf');
    this.csrf = res.body.token;
  }

  /** Signs up a new user and stays signed in. */
  async signUp(email: string, password = 'correct horse battery staple', displayName = 'Test User'): Promise<{ id: string; email: string }> {
    const res = await this.post('/api/auth/signup', { email, password, displayName });
    if (res.status !== 201) throw new Error(`sign-up of ${email} failed: ${res.status} ${res.raw}`);
    return res.body.user;
  }

  async logIn(email: string, password = 'correct horse battery staple'): Promise<ApiResponse> {
    return this.post('/api/auth/login', { email, password });
  }

  private takeCookies(header: string | string[] | undefined): void {
    for (const line of header === undefined ? [] : Array.isArray(header) ? header : [header]) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
