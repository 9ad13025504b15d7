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

/** Asks the server who this browser is signed in as (signed out when offline or without a session). */
export async function refreshAccount(): Promise<void> {
  try {
    setUser((await api.request<{ user: User }>('GET', '/api/me')).user);
  } catch (e) {
    if (!(e instanceof ApiRequestError)) throw e;
    setUser(undefined);
  }
}

/** Signs in; with two-factor on, the state becomes `mfa` and submitSecondFactor finishes. */
export async function signIn(email: string, password: string): Promise<void> {
  const answer = await api.request<{ user?: User; mfaRequired?: boolean }>('POST', '/api/auth/login', { email, password });
  api.resetCsrf();
  if (answer.mfaRequired) accountStore.setState({ status: 'mfa' });
  else setUser(answer.user);
}

export async function submitSecondFactor(code: string): Promise<void> {
  const answer = await api.request<{ user: User }>('POST', '/api/auth/login/mfa', { code });
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
