import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { endUserSessions } from './session-store';

/** Sessions are named to their user by the first 16 hex digits of their id's hash (never the id). */
const PUBLIC_ID_LENGTH = 16;

/** "Your sessions": list them (device, browser, last seen) and end any or all but this one. */
export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/me/sessions', tag: 'account', access: 'user',
    summary: 'Your sessions: browser, system, device class, network (truncated address), created and last seen.',
    handler: async ({ user, session }) => {
      const rows = await ctx.db.query<{ id_hash: string; created_at: Date; last_seen_at: Date; browser: string; os: string; device: string; ip_prefix: string }>(
        'SELECT id_hash, created_at, last_seen_at, browser, os, device, ip_prefix FROM sessions WHERE user_id = $1 AND NOT mfa_pending ORDER BY last_seen_at DESC',
        [user!.id],
      );
      return {
        sessions: rows.map((r) => ({
          id: r.id_hash.slice(0, PUBLIC_ID_LENGTH), current: r.id_hash === session!.idHash, browser: r.browser, os: r.os, device: r.device,
          network: r.ip_prefix, createdAt: new Date(r.created_at).toISOString(), lastSeenAt: new Date(r.last_seen_at).toISOString(),
        })),
      };
    },
  });

  addRoute(app, ctx, {
    method: 'DELETE', url: '/api/me/sessions/:id', tag: 'account', access: 'user',
    summary: 'End one of your sessions (the id from the list).',
    params: z.strictObject({ id: z.string().regex(/^[0-9a-f]{16}$/) }),
    handler: async ({ user, params }) => {
      const rows = await ctx.db.query("DELETE FROM sessions WHERE user_id = $1 AND substr(id_hash, 1, 16) = $2 RETURNING 1", [user!.id, params.id]);
      if (rows.length === 0) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such session of yours');
      return undefined;
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/sessions/end-others', tag: 'account', access: 'user',
    summary: 'End every session but this one.',
    handler: async ({ user, session }) => ({ endedSessions: await endUserSessions(ctx.db, user!.id, session!.idHash) }),
  });
}
