import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { addRoute } from '../http/route';
import { listAccessLog } from './access-log';
import { logPageQuery } from './log-page';
import { listSecurityLog } from './security-log';

/** What is logged about you, shown to you: your own rows only, newest first. */
export function registerLogRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/me/access-log', tag: 'privacy', access: 'user',
    summary: 'Your access log, newest first: time, method, route, status, network, browser, system, device and language. ?before=<next>&limit=<1..200>.',
    query: logPageQuery,
    handler: async ({ user, query }) => listAccessLog(ctx.db, user!.id, query),
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/me/security-log', tag: 'privacy', access: 'user',
    summary: 'Your sign-ins and security changes, newest first, with the full address. ?before=<next>&limit=<1..200>.',
    query: logPageQuery,
    handler: async ({ user, query }) => listSecurityLog(ctx.db, user!.id, query),
  });
}
