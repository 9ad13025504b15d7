import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { secureAccount } from '../auth/account-routes';
import { emailField } from '../auth/auth-routes';
import { countHit } from '../auth/rate-limit';
import { findUserByEmail } from '../auth/users';
import { textField } from '../gallery/text-field';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { clearSessionCookie } from '../http/session-cookie';
import { openSecurityTicket } from './support-tickets';

const reportBody = z.strictObject({
  /** The account at risk; signed in, it defaults to your own. */
  email: emailField.optional(),
  message: textField('message', { max: 2000 }).default(''),
});

/** The same words whether or not the email has an account: the answer tells nobody who is registered. */
const ANSWER = 'if an account has this email, every session of it has ended, signing in now needs a new password set from the link we mailed to it, and our support team will look into it';

/**
 * "My account may be compromised" / "I found a leaked password": works signed out (naming the
 * account by its email) or signed in. The account is secured at once (every session ends, so the
 * very next request of any of them is refused; the password must be reset by mail; the owner is
 * told) and a support ticket is opened for staff. Limited per address, and per account beyond
 * which further reports change nothing (and still get the same answer).
 */
export function registerSecurityReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/support/security-report', tag: 'support', access: 'public',
    summary: 'Report that an account may be compromised (signed out: name it by email). Ends its sessions, forces a password reset, mails its owner and opens a ticket; the answer is the same whether or not the email has an account.',
    body: reportBody,
    handler: async ({ body, user, request, reply }) => {
      await countHit(ctx.db, ctx.limits.securityReportPerIp, request.ip, ctx.clock);
      if (!body.email && !user) throw new ApiError('INKLESS_API_BAD_REQUEST', 'email: name the account by its email address, or sign in to report your own', { path: 'email' });
      const target = body.email ? await findUserByEmail(ctx.db, body.email) : { id: user!.id };
      if (target && (await withinAccountLimit(ctx, target.id))) {
        await secureAccount(ctx, target.id);
        await openSecurityTicket(ctx.db, { userId: target.id, source: user?.id === target.id ? 'signed-in' : 'signed-out', message: body.message, at: ctx.clock() });
        if (user?.id === target.id) clearSessionCookie(request, reply);
      }
      reply.code(202);
      return { message: ANSWER };
    },
  });
}

/** Counts a report of the account; past the limit it is not acted on, but the answer stays the same. */
async function withinAccountLimit(ctx: AppContext, userId: string): Promise<boolean> {
  try {
    await countHit(ctx.db, ctx.limits.securityReportPerAccount, userId, ctx.clock);
    return true;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'INKLESS_API_RATE_LIMITED') return false;
    throw error;
  }
}
