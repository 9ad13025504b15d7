import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { assertRecentlyAuthenticated } from './reauthenticate';
import { createRandomToken, hashToken } from './secrets';
import { checkThrottled } from './sign-in-throttle';
import { endSession } from './session-store';
import { startSession } from './sign-in';
import { createTotpSecret, matchTotpStep, totpUri } from './totp';
import { describeUser, findUserById } from './users';
import { recordSecurityEvent } from '../privacy/security-log';

/** Recovery codes shown at enrolment, each good once. */
const RECOVERY_CODE_COUNT = 10;
/** Codes one half-finished sign-in may try: then it ends, and only the password starts another. */
export const MAX_CODES_PER_SIGN_IN = 3;
const codeField = z.string().trim().min(6).max(40);

/** TOTP two-factor: enrol, confirm, switch off, new recovery codes, and the second step of sign-in. */
export function registerMfaRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/2fa/setup', tag: 'account', access: 'user',
    summary: 'Start two-factor enrolment: a new secret and its otpauth:// URI for the authenticator app.',
    handler: async ({ user, session }) => {
      assertRecentlyAuthenticated(ctx, session!);
      if (user!.totpEnabled) throw new ApiError('INKLESS_API_CONFLICT', 'two-factor is on already; switch it off first to enrol a new device');
      const secret = createTotpSecret();
      await ctx.db.query('UPDATE users SET totp_secret = $2 WHERE id = $1', [user!.id, secret]);
      return { secret, uri: totpUri(secret, user!.email) };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/2fa/enable', tag: 'account', access: 'user',
    summary: 'Finish enrolment with a code from the app; answers the recovery codes, shown this once.',
    body: z.strictObject({ code: codeField }),
    handler: async ({ user, body, request }) => {
      const row = (await findUserById(ctx.db, user!.id))!;
      if (!row.totp_secret || row.totp_enabled_at) throw new ApiError('INKLESS_API_CONFLICT', 'start with POST /api/me/2fa/setup');
      const step = matchTotpStep(row.totp_secret, body.code, ctx.clock());
      if (step === undefined) throw new ApiError('INKLESS_AUTH_MFA_INVALID', 'that code is wrong; check the phone\'s clock and try the next one', { path: 'code' });
      await recordSecurityEvent(ctx, { request, userId: row.id, event: 'two-factor-enabled' });
      return ctx.db.transaction(async (tx) => {
        await tx.query('UPDATE users SET totp_enabled_at = $2, totp_last_step = $3 WHERE id = $1', [row.id, ctx.clock(), step]);
        return { recoveryCodes: await replaceRecoveryCodes(tx, row.id) };
      });
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/2fa/disable', tag: 'account', access: 'user',
    summary: 'Switch two-factor off (after re-entering the password).',
    handler: async ({ user, session, request }) => {
      assertRecentlyAuthenticated(ctx, session!);
      await ctx.db.transaction(async (tx) => {
        await tx.query('UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1', [user!.id]);
        await tx.query('DELETE FROM recovery_codes WHERE user_id = $1', [user!.id]);
      });
      await recordSecurityEvent(ctx, { request, userId: user!.id, event: 'two-factor-disabled' });
      return undefined;
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/2fa/recovery-codes', tag: 'account', access: 'user',
    summary: 'New recovery codes; the old ones stop working.',
    handler: async ({ user, session, request }) => {
      assertRecentlyAuthenticated(ctx, session!);
      if (!user!.totpEnabled) throw new ApiError('INKLESS_API_CONFLICT', 'two-factor is off');
      await recordSecurityEvent(ctx, { request, userId: user!.id, event: 'recovery-codes-renewed' });
      return { recoveryCodes: await ctx.db.transaction((tx) => replaceRecoveryCodes(tx, user!.id)) };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/auth/login/mfa', tag: 'auth', access: 'public',
    summary: 'Second step of sign-in: a code from the authenticator app, or a recovery code.',
    body: z.strictObject({ code: codeField }),
    handler: async ({ session, body, request, reply }) => {
      if (!session?.mfaPending) throw new ApiError('INKLESS_API_UNAUTHENTICATED', 'sign in with email and password first');
      const tries = await takeCodeTry(ctx.db, session.idHash);
      if (tries === undefined) {
        await endSession(ctx.db, session.idHash);
        throw new ApiError('INKLESS_API_UNAUTHENTICATED', 'too many wrong codes: this sign-in has ended; sign in with email and password again');
      }
      const row = (await findUserById(ctx.db, session.user.id))!;
      const who = { email: row.email, address: request.ip, skipAccountCeiling: session.viaMailLink };
      const accepted = await checkThrottled(ctx.db, ctx.clock, who, () => acceptSecondFactor(ctx, row.id, row.totp_secret, row.totp_last_step, body.code), 'signed-in');
      if (!accepted) {
        await recordSecurityEvent(ctx, { request, userId: row.id, event: 'sign-in-failed' });
        if (tries < MAX_CODES_PER_SIGN_IN) throw new ApiError('INKLESS_AUTH_MFA_INVALID', 'that code is wrong or used already', { path: 'code' });
        await endSession(ctx.db, session.idHash);
        throw new ApiError('INKLESS_AUTH_MFA_INVALID', 'that code is wrong or used already, and it was the last try: this sign-in has ended; sign in with email and password again', { path: 'code' });
      }
      // A new session id once both factors are in: the half-signed-in id is worth nothing.
      await endSession(ctx.db, session.idHash);
      await startSession(ctx, request, reply, row.id, false);
      await recordSecurityEvent(ctx, { request, userId: row.id, event: 'sign-in' });
      return { user: describeUser((await findUserById(ctx.db, row.id))!) };
    },
  });
}

/** Takes one of a half-finished sign-in's code tries, atomically (a parallel burst gets exactly the allowed ones); undefined when none is left. */
async function takeCodeTry(db: Queryable, idHash: string): Promise<number | undefined> {
  const rows = await db.query<{ mfa_failures: number }>(
    'UPDATE sessions SET mfa_failures = mfa_failures + 1 WHERE id_hash = $1 AND mfa_pending AND mfa_failures < $2 RETURNING mfa_failures',
    [idHash, MAX_CODES_PER_SIGN_IN],
  );
  return rows[0]?.mfa_failures;
}

/** A TOTP code newer than the last one used (replays fail), or an unused recovery code (used up atomically). */
async function acceptSecondFactor(ctx: AppContext, userId: string, secret: string | null, lastStep: string | null, code: string): Promise<boolean> {
  if (secret && /^\d{6}$/.test(code)) {
    const step = matchTotpStep(secret, code, ctx.clock());
    if (step === undefined) return false;
    const rows = await ctx.db.query('UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2) RETURNING 1', [userId, step]);
    return rows.length > 0 && (lastStep === null || Number(lastStep) < step);
  }
  const rows = await ctx.db.query(
    'UPDATE recovery_codes SET used_at = $3 WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING 1',
    [userId, hashToken(normaliseRecoveryCode(code)), ctx.clock()],
  );
  return rows.length > 0;
}

async function replaceRecoveryCodes(tx: Queryable, userId: string): Promise<string[]> {
  await tx.query('DELETE FROM recovery_codes WHERE user_id = $1', [userId]);
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => formatRecoveryCode(createRandomToken(10)));
  for (const code of codes) await tx.query('INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)', [userId, hashToken(normaliseRecoveryCode(code))]);
  return codes;
}

/** xxxx-xxxx-xxxx: easy to copy from paper. */
function formatRecoveryCode(raw: string): string {
  const clean = raw.replace(/[^A-Za-z0-9]/g, '').toLowerCase().padEnd(12, '0').slice(0, 12);
  return `${clean.slice(0, 4)}-${clean.slice(4, 8)}-${clean.slice(8, 12)}`;
}

function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}
