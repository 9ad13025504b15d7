import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { verifyCsrfToken } from '../auth/csrf';
import { ApiError } from './api-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The binding of a request's CSRF token: its session, or `anonymous` before sign-in. */
export function csrfBinding(sessionIdHash: string | undefined): string {
  return sessionIdHash ?? 'anonymous';
}

/**
 * Every state-changing request must come from this site (a browser's Origin and Sec-Fetch-Site
 * say so) and carry `X-CSRF-Token` from `GET /api/auth/csrf` for its session. Decided on the
 * route Fastify matched (any route, unless it is marked `csrfExempt`), never on how the URL is
 * spelled: `/%61pi/auth/login` reaches the login route and is checked like `/api/auth/login`.
 * A request that matched no route changes nothing and gets its 404.
 */
export function registerCsrfCheck(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('preHandler', async (request) => {
    if (SAFE_METHODS.has(request.method) || request.routeOptions.url === undefined) return;
    if (request.routeOptions.config?.csrfExempt) return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') throw new ApiError('INKLESS_API_CSRF', 'requests from other sites are refused');
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== 'null') {
      let host: string;
      try {
        host = new URL(origin).host;
      } catch {
        throw new ApiError('INKLESS_API_CSRF', 'the Origin header is malformed');
      }
      if (host !== request.host) throw new ApiError('INKLESS_API_CSRF', `requests from ${origin} are refused`);
    } else if (origin === 'null') {
      throw new ApiError('INKLESS_API_CSRF', 'requests from opaque origins are refused');
    }
    const token = request.headers['x-csrf-token'];
    if (!verifyCsrfToken(ctx.csrfSecret, csrfBinding(request.session?.idHash), typeof token === 'string' ? token : undefined, ctx.clock())) {
      throw new ApiError('INKLESS_API_CSRF', 'missing or stale X-CSRF-Token header: get a token from GET /api/auth/csrf (a new one after signing in or out)');
    }
  });
}
