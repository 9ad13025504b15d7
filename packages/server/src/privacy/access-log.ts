import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context';
import { describeClient } from '../auth/client-info';
import type { Queryable } from '../db/database';
import { describeAccessAction, isTemplateRoute, type AccessAction } from './access-actions';
import { readPrimaryLanguage } from './client-language';
import { readLogPage, type LogPage, type LogPageQuery } from './log-page';

/** One access-log row as its user sees it. */
export interface AccessLogEntry {
  readonly at: string;
  readonly method: string;
  /** The route template, e.g. /api/templates/:id ('' when no route matched). */
  readonly route: string;
  readonly status: number;
  /** The truncated address: /24 for IPv4, /48 for IPv6. */
  readonly network: string;
  readonly browser: string;
  readonly os: string;
  readonly device: string;
  readonly language: string;
  /** What the request did, for the studio to say in words ("template.open" -> "Opened template '…'"). */
  readonly action: AccessAction;
  /** The template the request was about, by its current name, while the user may still see it. */
  readonly templateName: string | null;
}

/**
 * Logs every response, kept small: time, user, the route TEMPLATE and never the URL (a query
 * string or an id in the path can carry anything), method, status, the network instead of the
 * address, browser and system families, device class and primary language. A hook on the root
 * app, so it sees the routes of every module whenever they were added.
 */
export function registerAccessLog(app: FastifyInstance, ctx: AppContext): void {
  // The time of a request is when it arrived, so rows sort in the order requests were made.
  const arrivals = new WeakMap<FastifyRequest, Date>();
  app.addHook('onRequest', async (request) => {
    arrivals.set(request, ctx.clock());
  });
  app.addHook('onResponse', async (request, reply) => {
    try {
      await recordAccess(ctx.db, request, reply.statusCode, arrivals.get(request) ?? ctx.clock());
    } catch (error) {
      request.log.warn({ err: error }, 'access log row not written');
    }
  });
}

async function recordAccess(db: Queryable, request: FastifyRequest, status: number, at: Date): Promise<void> {
  const client = describeClient(request.headers['user-agent'], request.ip);
  const session = request.session;
  const userId = session && !session.mfaPending ? session.user.id : null;
  const route = request.routeOptions.url ?? '';
  await db.query(
    'INSERT INTO access_log (at, user_id, route, method, status, ip_prefix, browser, os, device, language, template_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
    [at, userId, route, request.method, status, client.ipPrefix, client.browser, client.os, client.device, readPrimaryLanguage(request.headers['accept-language']), readTemplateId(request, route)],
  );
}

/** The template id of a signed-in request to a template route (only a well-formed UUID), else null. */
function readTemplateId(request: FastifyRequest, route: string): string | null {
  if (!request.session || !isTemplateRoute(route)) return null;
  const id = (request.params as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && UUID.test(id) ? id : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The template's current name, read with the history: only the user's own templates and ones still
 * published for everyone; a deleted, hidden or private-to-someone-else template stays unnamed.
 */
const TEMPLATE_NAME = `(SELECT t.name FROM templates t WHERE t.id = access_log.template_id
  AND (t.owner_id = access_log.user_id OR (t.visibility <> 'private' AND t.hidden_at IS NULL))) AS template_name`;

/** A user's own access log, newest first, one page at a time. */
export async function listAccessLog(db: Queryable, userId: string, page: LogPageQuery): Promise<LogPage<AccessLogEntry>> {
  return readLogPage(db, 'access_log', `at, method, route, status, ip_prefix, browser, os, device, language, ${TEMPLATE_NAME}`, userId, page, (r: AccessLogRow) => ({
    at: new Date(r.at).toISOString(), method: r.method, route: r.route, status: Number(r.status), network: r.ip_prefix,
    browser: r.browser, os: r.os, device: r.device, language: r.language,
    action: describeAccessAction(r.method, r.route), templateName: r.template_name ?? null,
  }));
}

interface AccessLogRow {
  at: Date;
  method: string;
  route: string;
  status: number;
  ip_prefix: string;
  browser: string;
  os: string;
  device: string;
  language: string;
  template_name: string | null;
}
