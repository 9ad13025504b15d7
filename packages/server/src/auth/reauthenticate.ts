import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { LoadedSession } from './session-store';

/** How long a re-entered password counts as recent. */
export const REAUTH_WINDOW_MS = 10 * 60_000;

/** Sensitive changes (email, password, 2FA, export, deletion) need a password entered in the last minutes. */
export function assertRecentlyAuthenticated(ctx: AppContext, session: LoadedSession): void {
  const at = session.reauthenticatedAt?.getTime() ?? 0;
  if (ctx.clock().getTime() - at > REAUTH_WINDOW_MS) {
    throw new ApiError('INKLESS_AUTH_REAUTH_REQUIRED', 'enter your password again first (POST /api/auth/reauthenticate)');
  }
}
