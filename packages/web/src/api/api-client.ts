import { readApiError, ApiRequestError } from './api-error';

/** The methods that change state: the server wants X-CSRF-Token on each. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A small typed client for the server's /api: same-origin cookies, CSRF handled, errors typed. */
export interface ApiClient {
  /** JSON in, JSON out; `undefined` for 204. Throws ApiRequestError on a refusal. */
  request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T>;
  /** The raw response of a GET (downloads such as the export ZIP); throws ApiRequestError unless 2xx. */
  download(path: string): Promise<Blob>;
  /** Forgets the CSRF token: call after signing in or out (the token is bound to the session). */
  resetCsrf(): void;
}

/**
 * Makes the client. `fetchImpl` is the browser's fetch (tests pass a fake). The CSRF token
 * (`GET /api/auth/csrf` -> { token }) is fetched on the first unsafe request and again after
 * resetCsrf(); a request refused with INKLESS_API_CSRF (a stale token) is retried once.
 */
export function createApiClient(fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init), baseUrl = ''): ApiClient {
  let csrf: Promise<string> | undefined;

  const readCsrf = (): Promise<string> => {
    csrf ??= (async () => {
      const response = await fetchImpl(`${baseUrl}/api/auth/csrf`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      const body = (await response.json().catch(() => undefined)) as { token?: string } | undefined;
      if (!response.ok || typeof body?.token !== 'string') throw readApiError(response.status, body);
      return body.token;
    })();
    csrf.catch(() => {
      csrf = undefined;
    });
    return csrf;
  };

  const send = async (method: HttpMethod, path: string, body: unknown): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (UNSAFE_METHODS.has(method)) headers['x-csrf-token'] = await readCsrf();
    try {
      return await fetchImpl(`${baseUrl}${path}`, { method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (e) {
      throw new ApiRequestError(0, 'INKLESS_WEB_API_OFFLINE', 'the server cannot be reached: check the connection (labels in this browser still work)', undefined, { cause: e });
    }
  };

  const checked = async (method: HttpMethod, path: string, body: unknown): Promise<Response> => {
    let response = await send(method, path, body);
    if (!response.ok) {
      let error = readApiError(response.status, await response.clone().json().catch(() => undefined), response.headers.get('retry-after'));
      if (error.code === 'INKLESS_API_CSRF' && UNSAFE_METHODS.has(method)) {
        csrf = undefined;
        response = await send(method, path, body);
        if (response.ok) return response;
        error = readApiError(response.status, await response.json().catch(() => undefined), response.headers.get('retry-after'));
      }
      throw error;
    }
    return response;
  };

  return {
    async request<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
      const response = await checked(method, path, body);
      if (response.status === 204) return undefined as T;
      const text = await response.text();
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async download(path) {
      return (await checked('GET', path, undefined)).blob();
    },
    resetCsrf() {
      csrf = undefined;
    },
  };
}

/** The studio's one client (same origin as the page). */
export const api: ApiClient = createApiClient();
