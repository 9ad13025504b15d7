import cookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { AppContext } from './app-context';
import { loadSession, type LoadedSession } from './auth/session-store';
import { loadServerSecret } from './auth/secrets';
import { defaultRateLimits, type RateLimits } from './auth/rate-limit';
import { systemClock, type Clock } from './clock';
import { DEFAULT_SESSION_ABSOLUTE_DAYS, DEFAULT_SESSION_IDLE_MINUTES } from './config';
import type { Database } from './db/database';
import { registerCsrfCheck } from './http/csrf-check';
import { isApiRoute } from './http/api-route';
import { registerErrorHandler } from './http/error-handler';
import { registerHostCheck } from './http/host-check';
import { registerJsonBodyParser } from './http/json-body-parser';
import { registerSecurityHeaders } from './http/security-headers';
import { sessionCookieName } from './http/session-cookie';
import type { Mailer } from './mail/mailer';
import type { ConfiguredPrinter } from './printing/configured-printers';
import { routeModules } from './routes';

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's session, loaded for every /api request (undefined when signed out). */
    session: LoadedSession | undefined;
  }
  interface FastifyContextConfig {
    csrfExempt?: boolean;
  }
}

/** Request bodies above this get 413 unless a route allows more. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  readonly db: Database;
  readonly mailer: Mailer;
  readonly clock?: Clock;
  readonly publicUrl?: string;
  readonly sessionTimeouts?: AppContext['sessionTimeouts'];
  readonly limits?: Partial<RateLimits>;
  /** Proxy addresses whose X-Forwarded-For is believed; without them the header is ignored. */
  readonly trustProxy?: string[];
  /** Structured logs (serverLoggerOptions in http/logger-options.ts); none when absent (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** The printers print jobs may name (default: none, so print jobs are refused). */
  readonly printers?: readonly ConfiguredPrinter[];
  /** Host names the server answers to (http/host-check.ts); every name when absent (tests). */
  readonly allowedHosts?: readonly string[];
  /** Registers the web studio and other pages outside /api (the CLI passes the studio's files). */
  readonly site?: (app: FastifyInstance) => Promise<void> | void;
}

/**
 * Builds the server: JSON API under /api (every concern a route module), sessions in the
 * database, CSRF on every state-changing request, one error handler. Listening is the caller's.
 *
 * @example
 * const app = await buildApp({ db, mailer });
 * const res = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Request lines carry URLs (a search query, an id) and full addresses: only errors are logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: DEFAULT_BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy && options.trustProxy.length > 0 ? options.trustProxy : false,
    // Slow or stalled clients do not tie the server up.
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
  });
  const ctx: AppContext = {
    db: options.db,
    mailer: options.mailer,
    clock: options.clock ?? systemClock,
    publicUrl: options.publicUrl ?? 'http://localhost:3000',
    sessionTimeouts: options.sessionTimeouts ?? { idleMinutes: DEFAULT_SESSION_IDLE_MINUTES, absoluteDays: DEFAULT_SESSION_ABSOLUTE_DAYS },
    limits: { ...defaultRateLimits, ...options.limits },
    csrfSecret: await loadServerSecret(options.db, 'csrf'),
    printers: options.printers ?? [],
    routes: [],
  };
  await app.register(cookie);
  registerSecurityHeaders(app);
  if (options.allowedHosts) registerHostCheck(app, options.allowedHosts);
  registerJsonBodyParser(app);
  app.decorateRequest('session', undefined);
  // API-ness is the matched route's, never the raw URL's: the router decodes `/%61pi/...` to /api.
  app.addHook('onRequest', async (request) => {
    if (!isApiRoute(request)) return;
    const value = request.cookies[sessionCookieName(request)];
    request.session = value ? await loadSession(ctx.db, value, ctx.clock, ctx.sessionTimeouts) : undefined;
  });
  registerCsrfCheck(app, ctx);
  registerErrorHandler(app);
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiRoute(request)) reply.header('cache-control', 'no-store');
    return payload;
  });
  for (const register of routeModules) await register(app, ctx);
  if (options.site) await options.site(app);
  return app;
}
