import type { AppContext } from '../app-context';
import { countHit } from './rate-limit';
import { findUserByEmail, type UserRow } from './users';

/**
 * For routes that mail a link to whoever owns an email (password reset, sign-in link): counts the
 * request against the mail limit of the client's address and, when an account has the email,
 * against the account's, then lets `send` mail it. The caller answers the same either way, so the
 * answer never tells whether the account exists.
 */
export async function mailAccountOwner(ctx: AppContext, clientIp: string, email: string, send: (user: UserRow) => Promise<void>): Promise<void> {
  await countHit(ctx.db, ctx.limits.mailPerIp, clientIp, ctx.clock);
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return;
  await countHit(ctx.db, ctx.limits.mailPerAccount, user.id, ctx.clock);
  await send(user);
}
