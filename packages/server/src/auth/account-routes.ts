import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { clearSessionCookie } from '../http/session-cookie';
import { createAccountToken } from './account-tokens';
import { authMail } from './auth-mail';
import { emailField } from './auth-routes';
import { assertStrongPassword, hashPassword, MAX_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { assertRecentlyAuthenticated } from './reauthenticate';
import { countHit } from './rate-limit';
import { checkThrottled } from './sign-in-throttle';
import { endUserSessions } from './session-store';
import { describeUser, findUserByEmail, findUserById, normaliseEmail } from './users';
import { recordSecurityEvent } from '../privacy/security-log';

const passwordField = z.string().max(MAX_PASSWORD_LENGTH);

/** The signed-in user's own account: profile, re-authentication, password, email, "secure my account". */
export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'PATCH', url: '/api/me', tag: 'account', access: 'user',
    summary: 'Change the display name.',
    body: z.strictObject({ displayName: z.string().trim().min(1).max(80) }),
    handler: async ({ user, body }) => {
      await ctx.db.query('UPDATE users SET display_name = $2, updated_at = $3 WHERE id = $1', [user!.id, body.displayName, ctx.clock()]);
      return { user: describeUser((await findUserById(ctx.db, user!.id))!) };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/reauthenticate', tag: 'account', access: 'user',
    summary: 'Enter the password again; for ten minutes this session may change email, password, two-factor, export or delete.',
    body: z.strictObject({ password: passwordField }),
    handler: async ({ user, session, body, request }) => {
      const row = (await findUserById(ctx.db, user!.id))!;
      if (!(await checkThrottled(ctx.db, ctx.clock, { email: row.email, address: request.ip }, () => verifyPassword(row.password_hash, body.password), 'signed-in'))) {
        throw new ApiError('INKLESS_AUTH_INVALID', 'the password is wrong', { path: 'password' });
      }
      await ctx.db.query('UPDATE sessions SET reauthenticated_at = $2 WHERE id_hash = $1', [session!.idHash, ctx.clock()]);
      return undefined;
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/password', tag: 'account', access: 'user',
    summary: 'Change the password (current password required); other sessions end unless endOtherSessions is false.',
    body: z.strictObject({ currentPassword: passwordField, newPassword: passwordField, endOtherSessions: z.boolean().default(true) }),
    handler: async ({ user, session, body, request }) => {
      const row = (await findUserById(ctx.db, user!.id))!;
      const currentOk = await checkThrottled(ctx.db, ctx.clock, { email: row.email, address: request.ip }, () => verifyPassword(row.password_hash, body.currentPassword), 'signed-in');
      if (!currentOk) throw new ApiError('INKLESS_AUTH_INVALID', 'the current password is wrong', { path: 'currentPassword' });
      assertStrongPassword(body.newPassword, row.email, 'newPassword');
      await ctx.db.query('UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1', [row.id, await hashPassword(body.newPassword), ctx.clock()]);
      await recordSecurityEvent(ctx, { request, userId: row.id, event: 'password-changed' });
      const ended = body.endOtherSessions ? await endUserSessions(ctx.db, row.id, session!.idHash) : 0;
      await authMail.passwordChanged(ctx, row.email);
      return { endedSessions: ended };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/email', tag: 'account', access: 'user',
    summary: 'Change the email: a link goes to the new address; the change happens when it is followed.',
    body: z.strictObject({ newEmail: emailField }),
    handler: async ({ user, session, body, request, reply }) => {
      assertRecentlyAuthenticated(ctx, session!);
      await countHit(ctx.db, ctx.limits.mailPerAccount, user!.id, ctx.clock);
      await countHit(ctx.db, ctx.limits.mailPerIp, request.ip, ctx.clock);
      const email = normaliseEmail(body.newEmail);
      if (await findUserByEmail(ctx.db, email)) throw new ApiError('INKLESS_AUTH_EMAIL_TAKEN', 'another account uses this email', { path: 'newEmail' });
      await authMail.changeEmail(ctx, email, await createAccountToken(ctx.db, user!.id, 'change-email', ctx.clock, email));
      reply.code(202);
      return { message: `a link to confirm ${email} is on its way; until it is followed, ${user!.email} stays` };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/secure-account', tag: 'account', access: 'user',
    summary: '"Secure my account": every session ends (this one too), signing in needs a new password set by email, and you get a mail saying so.',
    handler: async ({ user, request, reply }) => {
      await secureAccount(ctx, user!.id);
      clearSessionCookie(request, reply);
      return { message: 'every session ended; set a new password with the link we mailed you' };
    },
  });
}

/** Ends every session of the account at once, forces a password reset by mail, and tells the user. */
export async function secureAccount(ctx: AppContext, userId: string): Promise<void> {
  const user = await ctx.db.transaction(async (tx) => {
    await tx.query('UPDATE users SET must_reset_password = true, updated_at = $2 WHERE id = $1', [userId, ctx.clock()]);
    await endUserSessions(tx, userId);
    return findUserById(tx, userId);
  });
  if (!user) return;
  await authMail.accountSecured(ctx, user.email);
  await authMail.resetPassword(ctx, user.email, await createAccountToken(ctx.db, user.id, 'reset-password', ctx.clock));
}
