import { describe, expect, it } from 'vitest';
import { createApiClient } from './api-client';
import { ApiRequestError } from './api-error';

interface Call {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly credentials: RequestCredentials | undefined;
}

/** A fake server: hands out numbered CSRF tokens and answers each other call with the next reply. */
function fakeFetch(replies: Response[]) {
  const calls: Call[] = [];
  let tokens = 0;
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string>, credentials: init?.credentials });
    if (url.endsWith('/api/auth/csrf')) return Response.json({ token: `t${++tokens}` });
    return replies.shift() ?? new Response(null, { status: 204 });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('the api client', () => {
  it('sends X-CSRF-Token on unsafe methods only, with same-origin credentials', async () => {
    const { calls, fetchImpl } = fakeFetch([Response.json({ user: { id: '1' } }), Response.json({ templates: [] })]);
    const api = createApiClient(fetchImpl);
    await api.request('POST', '/api/auth/login', { email: 'a@b.c', password: 'x' });
    await api.request('GET', '/api/templates');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/auth/csrf', 'POST /api/auth/login', 'GET /api/templates']);
    expect(calls[1]!.headers['x-csrf-token']).toBe('t1');
    expect(calls[2]!.headers['x-csrf-token']).toBeUndefined();
    expect(calls.every((c) => c.credentials === 'same-origin')).toBe(true);
  });

  it('fetches a new token after resetCsrf (signing in or out changes the binding)', async () => {
    const { calls, fetchImpl } = fakeFetch([]);
    const api = createApiClient(fetchImpl);
    await api.request('POST', '/api/auth/logout');
    await api.request('POST', '/api/auth/logout');
    api.resetCsrf();
    await api.request('POST', '/api/auth/logout');
    expect(calls.filter((c) => c.url.endsWith('/csrf'))).toHaveLength(2);
    expect(calls.at(-1)!.headers['x-csrf-token']).toBe('t2');
  });

  it('maps {error:{code,message,path}} to a typed error', async () => {
    const body = { error: { code: 'INKLESS_AUTH_EMAIL_TAKEN', message: 'an account with this email exists already', path: 'email' } };
    const { fetchImpl } = fakeFetch([Response.json(body, { status: 409 })]);
    const failure = await createApiClient(fetchImpl).request('POST', '/api/auth/signup', {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ status: 409, code: 'INKLESS_AUTH_EMAIL_TAKEN', path: 'email', message: body.error.message });
  });

  it('retries once with a fresh token when the server calls the token stale', async () => {
    const stale = Response.json({ error: { code: 'INKLESS_API_CSRF', message: 'stale' } }, { status: 403 });
    const { calls, fetchImpl } = fakeFetch([stale, Response.json({ ok: true })]);
    expect(await createApiClient(fetchImpl).request('PUT', '/api/templates/1', {})).toEqual({ ok: true });
    expect(calls.map((c) => c.headers['x-csrf-token'] ?? '-')).toEqual(['-', 't1', '-', 't2']);
  });

  it('turns a body that is not the error shape, and an unreachable server, into typed errors too', async () => {
    const { fetchImpl } = fakeFetch([new Response('<html>bad gateway</html>', { status: 502 })]);
    expect(await createApiClient(fetchImpl).request('GET', '/api/me').catch((e: unknown) => e)).toMatchObject({ status: 502, code: 'INKLESS_WEB_API_UNEXPECTED' });
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const failure = await createApiClient(offline).request('GET', '/api/me').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiRequestError);
    expect(failure).toMatchObject({ status: 0, code: 'INKLESS_WEB_API_OFFLINE' });
    expect((failure as Error).cause).toBeInstanceOf(TypeError);
  });

  it('keeps the Retry-After of a paused sign-in, so the form can say how long to wait', async () => {
    const paused = Response.json({ error: { code: 'INKLESS_API_LOCKED', message: 'too many wrong attempts' } }, { status: 429, headers: { 'retry-after': '240' } });
    const { fetchImpl } = fakeFetch([paused, Response.json({ error: { code: 'INKLESS_AUTH_INVALID', message: 'wrong' } }, { status: 401 })]);
    const api = createApiClient(fetchImpl);
    expect(await api.request('POST', '/api/auth/login', {}).catch((e: unknown) => e)).toMatchObject({ status: 429, code: 'INKLESS_API_LOCKED', retryAfterSeconds: 240 });
    expect(await api.request('POST', '/api/auth/login', {}).catch((e: unknown) => e)).toMatchObject({ status: 401, retryAfterSeconds: undefined });
  });
});
