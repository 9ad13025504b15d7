import { api } from '../../api/api-client';
import { ApiRequestError } from '../../api/api-error';
import type { User } from '../../api/api-types';
import { createStore } from '../../editor/store';

/**
 * Who is signed in, for every screen: unknown until the first answer, `mfa` between the password
 * and the second factor. Without an account the studio works as before (labels in this browser).
 */
export type AccountState =
  | { readonly status: 'unknown' | 'signed-out' | 'mfa' }
  | { readonly status: 'signed-in'; readonly user: User };

export const accountStore = createStore<AccountState>({ status: 'unknown' });

function setUser(user: User | undefined): void {
  accountStore.setState(user ? { status: 'signed-in', user } : { status: 'signed-out' });
}

/**
 * Asks the server who this browser is signed in as (signed out when offline or without a
 * session; `mfa` while a sign-in waits for its code). When the answer differs from what the
 * studio believed, the server changed the session on its own (it ended a half-finished sign-in
 * after wrong codes, or a session expired): the CSRF token was bound to the old one, so it goes too.
 */
export async function refreshAccount(): Promise<void> {
  const asked = accountStore.getState();
  let answer: AccountState;
  try {
    answer = { status: 'signed-in', user: (await api.request<{ user: User }>('GET', '/api/me')).user };
  } catch (e) {
    if (!(e instanceof ApiRequestError)) throw e;
    answer = { status: e.code === 'INKLESS_AUTH_MFA_REQUIRED' ? 'mfa' : 'signed-out' };
  }
  // A sign-in finished while we asked (a mailed link opened at start-up): its answer is newer.
  if (accountStore.getState() !== asked) return;
  accountStore.setState(answer);
  if (asked.status !== 'unknown' && asked.status !== answer.status) api.resetCsrf();
}

/** The server's answer to the first step of a sign-in (password or mailed link). */
function settleFirstStep(answer: { user?: User; mfaRequired?: boolean }): void {
  api.resetCsrf();
  if (answer.mfaRequired) accountStore.setState({ status: 'mfa' });
  else setUser(answer.user);
}

/** Signs in; with two-factor on, the state becomes `mfa` and submitSecondFactor finishes. */
export async function signIn(email: string, password: string): Promise<void> {
  settleFirstStep(await api.request<{ user?: User; mfaRequired?: boolean }>('POST', '/api/auth/login', { email, password }));
}

/** Signs in with the token of a mailed sign-in link (decision 007); two-factor still asks for its code. */
export async function signInWithLink(token: string): Promise<void> {
  settleFirstStep(await api.request<{ user?: User; mfaRequired?: boolean }>('POST', '/api/auth/login-link/confirm', { token }));
}

/**
 * The second step. A wrong code may have been the last try (the server then ends the
 * half-finished sign-in): the state is asked again, so the form goes back to the password.
 */
export async function submitSecondFactor(code: string): Promise<void> {
  let answer: { user: User };
  try {
    answer = await api.request<{ user: User }>('POST', '/api/auth/login/mfa', { code });
  } catch (e) {
    await refreshAccount().catch(() => undefined);
    throw e;
  }
  api.resetCsrf();
  setUser(answer.user);
}

export async function signUp(email: string, password: string, displayName: string): Promise<void> {
  const answer = await api.request<{ user: User }>('POST', '/api/auth/signup', { email, password, displayName });
  api.resetCsrf();
  setUser(answer.user);
}

export async function signOut(): Promise<void> {
  await api.request('POST', '/api/auth/logout');
  api.resetCsrf();
  setUser(undefined);
}

/** After the server ended the session itself (account deletion): forget it here too. */
export function forgetSession(): void {
  api.resetCsrf();
  setUser(undefined);
}
