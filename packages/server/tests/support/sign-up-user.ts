import type { ApiClient, TestApp } from './test-app';

/** A signed-in user in a browser of its own, with a staff role when asked for. */
export interface SignedUpUser {
  readonly c: ApiClient;
  readonly id: string;
  readonly email: string;
}

/**
 * Signs `email` up and waits for its confirmation mail, so the test's next `smtp.waitFor` finds
 * the mail that comes after; `role` makes it staff.
 */
export async function signUpUser(t: TestApp, email: string, displayName = 'Test User', role?: 'moderator' | 'support' | 'admin'): Promise<SignedUpUser> {
  const c = t.client();
  const me = await c.signUp(email, undefined, displayName);
  await t.smtp.waitFor(email);
  if (role) await t.database.db.query('UPDATE users SET role = $2 WHERE id = $1', [me.id, role]);
  return { c, id: me.id, email };
}
