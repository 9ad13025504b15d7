import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context';
import { setSessionCookie } from '../http/session-cookie';
import { describeClient } from './client-info';
import { createSession } from './session-store';

/**
 * Starts a fresh session (a new id at every sign-in: a planted cookie is worth nothing) and sets
 * its cookie; `viaMailLink` marks a sign-in that began with a mailed link instead of a password.
 */
export async function startSession(ctx: AppContext, request: FastifyRequest, reply: FastifyReply, userId: string, mfaPending: boolean, viaMailLink = false): Promise<void> {
  const client = describeClient(request.headers['user-agent'], request.ip);
  const id = await createSession(ctx.db, userId, client, ctx.clock, ctx.sessionTimeouts, { mfaPending, viaMailLink });
  setSessionCookie(request, reply, id, ctx.sessionTimeouts.absoluteDays * 86_400);
}
