import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import { csrfBinding } from '../http/csrf-check';
import { addRoute } from '../http/route';
import { clearSessionCookie } from '../http/session-cookie';
import { consumeAccountToken, createAccountToken } from './account-tokens';
import { authMail } from './auth-mail';
import { mailAccountOwner } from './mail-account-owner';
import { issueCsrfToken } from './csrf';
import { assertStrongPassword, hashPassword, MAX_PASSWORD_LENGTH, verifyDecoyPassword, verifyPassword } from './passwords';
import { countHit } from './rate-limit';
import { checkThrottled, clearAccountThrottle } from './sign-in-throttle';
import { endSession, endUserSessions } from './session-store';
import { startSession } from './sign-in';
import { describeUser, findUserByEmail, findUserById, normaliseEmail } from './users';
import { recordPolicyAcceptance } from '../privacy/policy-acceptance';
import { recordSecurityEvent } from '../privacy/security-log';

export const emailField = z.string({ error: 'email is required' }).trim().max(254).email({ error: 'not an email address' });
const passwordField = z.string({ error: 'password is required' }).max(MAX_PASSWORD_LENGTH, { error: `at most ${MAX_PASSWORD_LENGTH} characters` });
const displayNameField = z.string({ error: 'displayName is required' }).trim().min(1, { error: 'say what to call you' }).max(80);

/** Sign-up, sign-in (with the second factor), sign-out, email verification and password reset. */
export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/auth/csrf', tag: 'auth', access: 'public',
    summary: 'A CSRF token for this session: send it as X-CSRF-Token on every POST, PUT, PATCH and DELETE.',
    handler: async ({ request }) => ({ token: issueCsrfToken(ctx.csrfSecret, csrfBinding(request.session?.idHash), ctx.clock()) }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/signup', tag: 'auth', access: 'public',
    summary: 'Create an account (email, password, display name) and sign in; a link to confirm the email is mailed.',
    body: z.strictObject({ email: emailField, password: passwordField, displayName: displayNameField }),
    handler: async ({ body, request, reply }) => {
      await countHit(ctx.db, ctx.limits.signupPerIp, request.ip, ctx.clock);
      const email = normaliseEmail(body.email);
      assertStrongPassword(body.password, email);
      const passwordHash = await hashPassword(body.password);
      const rows = await ctx.db.query<{ id: string }>(
        'INSERT INTO users (email, password_hash, display_name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) ON CONFLICT (email) DO NOTHING RETURNING id',
        [email, passwordHash, body.displayName, ctx.clock()],
      );
      if (!rows[0]) throw new ApiError('INKLESS_AUTH_EMAIL_TAKEN', 'an account with this email exists already: sign in, or reset its password', { path: 'email' });
      await recordPolicyAcceptance(ctx, request, rows[0].id, 'signup');
      const token = await createAccountToken(ctx.db, rows[0].id, 'verify-email', ctx.clock, email);
      await authMail.verifyEmail(ctx, email, token);
      await startSession(ctx, request, reply, rows[0].id, false);
      reply.code(201);
      return { user: describeUser((await findUserById(ctx.db, rows[0].id))!) };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/login', tag: 'auth', access: 'public',
    summary: 'Sign in with email and password. With two-factor on, answers { mfaRequired: true }: then POST /api/auth/login/mfa.',
    body: z.strictObject({ email: emailField, password: passwordField }),
    handler: async ({ body, request, reply, session }) => {
      await countHit(ctx.db, ctx.limits.loginPerIp, request.ip, ctx.clock);
      const user = await findUserByEmail(ctx.db, body.email);
      // An unknown email is counted and checked (against a decoy) like a known one: the answers match.
      const passwordOk = await checkThrottled(ctx.db, ctx.clock, { email: body.email, address: request.ip },
        async () => (user ? verifyPassword(user.password_hash, body.password) : verifyDecoyPassword(body.password).then(() => false)),
        user?.totp_enabled_at ? 'passed' : 'signed-in');
      if (!user || !passwordOk) {
        await recordSecurityEvent(ctx, { request, userId: user?.id, event: 'sign-in-failed' });
        throw new ApiError('INKLESS_AUTH_INVALID', 'the email or the password is wrong');
      }
      if (user.must_reset_password) throw new ApiError('INKLESS_AUTH_RESET_REQUIRED', 'this account was secured after a reported leak: reset the password by email (POST /api/auth/password-reset) before signing in');
      if (session) await endSession(ctx.db, session.idHash);
      const mfaPending = user.totp_enabled_at !== null;
      await startSession(ctx, request, reply, user.id, mfaPending);
      await recordSecurityEvent(ctx, { request, userId: user.id, event: mfaPending ? 'sign-in-password-ok' : 'sign-in' });
      return mfaPending ? { mfaRequired: true } : { user: describeUser(user) };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/logout', tag: 'auth', access: 'public',
    summary: 'Sign out: this session ends on the server and its cookie is cleared.',
    handler: async ({ session, request, reply }) => {
      if (session) await endSession(ctx.db, session.idHash);
      clearSessionCookie(request, reply);
      return undefined;
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/verify-email', tag: 'auth', access: 'public',
    summary: 'Confirm an email address with the token from the mailed link (sign-up or change of email).',
    body: z.strictObject({ token: z.string().min(10).max(200) }),
    handler: async ({ body }) => {
      return ctx.db.transaction(async (tx) => {
        let used: { userId: string; email: string | null };
        let changed = false;
        try {
          used = await consumeAccountToken(tx, body.token, 'verify-email', ctx.clock);
        } catch {
          used = await consumeAccountToken(tx, body.token, 'change-email', ctx.clock);
          changed = true;
        }
        const user = await findUserById(tx, used.userId);
        if (!user || !used.email) throw new ApiError('INKLESS_AUTH_TOKEN_INVALID', 'this link is wrong, used or expired; ask for a new one', { path: 'token' });
        if (changed) {
          const taken = await tx.query('SELECT 1 FROM users WHERE email = $1 AND id <> $2', [used.email, user.id]);
          if (taken.length > 0) throw new ApiError('INKLESS_AUTH_EMAIL_TAKEN', 'another account uses this email now', { path: 'token' });
          await tx.query('UPDATE users SET email = $2, email_verified_at = $3, updated_at = $3 WHERE id = $1', [user.id, used.email, ctx.clock()]);
          await authMail.emailChanged(ctx, user.email, used.email);
        } else if (used.email === user.email) {
          await tx.query('UPDATE users SET email_verified_at = $2 WHERE id = $1 AND email_verified_at IS NULL', [user.id, ctx.clock()]);
        }
        return { user: describeUser((await findUserById(tx, user.id))!) };
      });
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/verify-email/resend', tag: 'auth', access: 'user',
    summary: 'Mail the confirmation link again.',
    handler: async ({ user, request }) => {
      await countHit(ctx.db, ctx.limits.mailPerAccount, user!.id, ctx.clock);
      await countHit(ctx.db, ctx.limits.mailPerIp, request.ip, ctx.clock);
      if (user!.emailVerified) return { sent: false, reason: 'already confirmed' };
      await authMail.verifyEmail(ctx, user!.email, await createAccountToken(ctx.db, user!.id, 'verify-email', ctx.clock, user!.email));
      return { sent: true };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/password-reset', tag: 'auth', access: 'public',
    summary: 'Mail a password-reset link. Answers the same whether or not the email has an account.',
    body: z.strictObject({ email: emailField }),
    handler: async ({ body, request, reply }) => {
      await mailAccountOwner(ctx, request.ip, body.email, async (user) => {
        await recordSecurityEvent(ctx, { request, userId: user.id, event: 'password-reset-requested' });
        await authMail.resetPassword(ctx, user.email, await createAccountToken(ctx.db, user.id, 'reset-password', ctx.clock));
      });
      reply.code(202);
      return { message: 'if an account has this email, a link to reset its password is on its way' };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/password-reset/confirm', tag: 'auth', access: 'public',
    summary: 'Set a new password with the token from the mailed link; every session of the account ends.',
    body: z.strictObject({ token: z.string().min(10).max(200), password: passwordField }),
    handler: async ({ body, request }) => {
      const used = await ctx.db.transaction(async (tx) => {
        const { userId } = await consumeAccountToken(tx, body.token, 'reset-password', ctx.clock);
        const user = (await findUserById(tx, userId))!;
        assertStrongPassword(body.password, user.email);
        await tx.query(
          'UPDATE users SET password_hash = $2, must_reset_password = false, updated_at = $3, email_verified_at = COALESCE(email_verified_at, $3) WHERE id = $1',
          [userId, await hashPassword(body.password), ctx.clock()],
        );
        await endUserSessions(tx, userId);
        await clearAccountThrottle(tx, user.email);
        return user;
      });
      await recordSecurityEvent(ctx, { request, userId: used.id, event: 'password-reset' });
      await authMail.passwordChanged(ctx, used.email);
      return { message: 'password changed; sign in with the new one' };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/me', tag: 'account', access: 'user',
    summary: 'The signed-in user.',
    handler: async ({ user }) => ({ user: describeUser(user!) }),
  });
}
