import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { consumeAccountToken, createAccountToken } from './account-tokens';
import { authMail } from './auth-mail';
import { mailAccountOwner } from './mail-account-owner';
import { emailField } from './auth-routes';
import { endSession } from './session-store';
import { startSession } from './sign-in';
import { describeUser, findUserById } from './users';
import { recordSecurityEvent } from '../privacy/security-log';

/**
 * Sign-in by a link mailed to the account: the owner's way in while password sign-in is paused by
 * outsiders' guesses (decision 007). The link works once, for 15 minutes, and the second factor is
 * still asked for when it is on.
 */
export function registerLoginLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/login-link', tag: 'auth', access: 'public',
    summary: 'Mail a one-time sign-in link (works while password sign-in is paused). Answers the same whether or not the email has an account.',
    body: z.strictObject({ email: emailField }),
    handler: async ({ body, request, reply }) => {
      await mailAccountOwner(ctx, request.ip, body.email, async (user) => {
        await authMail.signInLink(ctx, user.email, await createAccountToken(ctx.db, user.id, 'sign-in', ctx.clock));
      });
      reply.code(202);
      return { message: 'if an account has this email, a sign-in link is on its way; it works once, within 15 minutes' };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/login-link/confirm', tag: 'auth', access: 'public',
    summary: 'Sign in with the token from a mailed sign-in link. With two-factor on, answers { mfaRequired: true }: then POST /api/auth/login/mfa.',
    body: z.strictObject({ token: z.string().min(10).max(200) }),
    handler: async ({ body, request, reply, session }) => {
      const { userId } = await consumeAccountToken(ctx.db, body.token, 'sign-in', ctx.clock);
      const user = await findUserById(ctx.db, userId);
      if (!user) throw new ApiError('INKLESS_AUTH_TOKEN_INVALID', 'this link is wrong, used or expired; ask for a new one', { path: 'token' });
      if (user.must_reset_password) throw new ApiError('INKLESS_AUTH_RESET_REQUIRED', 'this account was secured after a reported leak: reset the password by email (POST /api/auth/password-reset) before signing in');
      // The link came to the mailbox: the address is proved.
      await ctx.db.query('UPDATE users SET email_verified_at = $2 WHERE id = $1 AND email_verified_at IS NULL', [user.id, ctx.clock()]);
      if (session) await endSession(ctx.db, session.idHash);
      const mfaPending = user.totp_enabled_at !== null;
      await startSession(ctx, request, reply, user.id, mfaPending, true);
      if (mfaPending) return { mfaRequired: true };
      await recordSecurityEvent(ctx, { request, userId: user.id, event: 'sign-in' });
      return { user: describeUser((await findUserById(ctx.db, user.id))!) };
    },
  });
}
