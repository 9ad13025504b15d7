import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { LoadedSession, SessionUser } from '../auth/session-store';
import { ApiError } from './api-error';
import { parseInput } from './parse-input';

/** Who may call a route: anyone, a signed-in user, or staff (moderator, support, admin). */
export type RouteAccess = 'public' | 'user' | 'staff';

/** What a handler gets: parsed input, the caller, and the app's context. */
export interface RouteCall<B, Q, P> {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  /** The signed-in user; present whenever access is 'user' or 'staff'. */
  readonly user: SessionUser | undefined;
  readonly session: LoadedSession | undefined;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly ctx: AppContext;
}

export interface RouteDefinition<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify path, e.g. `/api/templates/:id`. */
  readonly url: string;
  /** One line for the API docs. */
  readonly summary: string;
  readonly tag: string;
  readonly access: RouteAccess;
  readonly body?: B;
  readonly query?: Q;
  readonly params?: P;
  /** Larger bodies get 413 before they are read (default: the app's 1 MiB). */
  readonly bodyLimitBytes?: number;
  /** Skips the CSRF check: only for links followed from email clients (one-click unsubscribe). */
  readonly csrfExempt?: boolean;
  /** The response on success; an object becomes JSON. */
  handler(call: RouteCall<z.output<B>, z.output<Q>, z.output<P>>): Promise<unknown>;
}

/** Every route the app registered: the OpenAPI document and the access tests read it. */
export interface RouteRecord {
  readonly method: string;
  readonly url: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: RouteAccess;
  /** Opened from mail without the studio's CSRF token (the route's token authorises it). */
  readonly csrfExempt: boolean;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  readonly params?: z.ZodType;
}

/** Ids in paths are UUIDs; anything else is simply not found. */
export const idParams = z.strictObject({ id: z.string().uuid({ error: 'not found' }) });

/**
 * Registers one API route: input parsed by strict schemas (unknown fields are a 400 with the
 * field's path), access checked before the handler runs, and the route recorded for the docs.
 */
export function addRoute<B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined>(
  app: FastifyInstance, ctx: AppContext, def: RouteDefinition<B, Q, P>,
): void {
  ctx.routes.push({ method: def.method, url: def.url, summary: def.summary, tag: def.tag, access: def.access, csrfExempt: def.csrfExempt === true, ...(def.body ? { body: def.body } : {}), ...(def.query ? { query: def.query } : {}), ...(def.params ? { params: def.params } : {}) });
  app.route({
    method: def.method,
    url: def.url,
    ...(def.bodyLimitBytes ? { bodyLimit: def.bodyLimitBytes } : {}),
    config: { csrfExempt: def.csrfExempt === true },
    handler: async (request, reply) => {
      const session = request.session;
      if (def.access !== 'public') {
        if (!session) throw new ApiError('INKLESS_API_UNAUTHENTICATED', 'sign in first');
        if (session.mfaPending) throw new ApiError('INKLESS_AUTH_MFA_REQUIRED', 'give the code from your authenticator app first (POST /api/auth/login/mfa)');
        if (def.access === 'staff' && session.user.role === 'user') throw new ApiError('INKLESS_API_FORBIDDEN', 'this is for staff only');
      }
      const params = def.params ? parseParams(def.params, request.params) : undefined;
      const query = def.query ? parseInput(def.query, request.query, 'query') : undefined;
      const body = def.body ? parseInput(def.body, request.body, 'body') : undefined;
      const user = session && !session.mfaPending ? session.user : undefined;
      const result = await def.handler({ body, query, params, user, session, request, reply, ctx } as RouteCall<z.output<B>, z.output<Q>, z.output<P>>);
      if (reply.sent) return reply;
      if (result === undefined) return reply.code(204).send();
      return result;
    },
  });
}

/** Path parameters that do not parse (a malformed id) mean "no such thing": 404, not 400. */
function parseParams<P extends z.ZodType>(schema: P, value: unknown): z.output<P> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError('INKLESS_API_NOT_FOUND', 'not found');
  return result.data;
}
