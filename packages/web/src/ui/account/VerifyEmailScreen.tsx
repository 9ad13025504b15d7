import { useEffect, useState } from 'react';
import type { User } from '../../api/api-types';
import { describeFailure } from '../../api/api-error';
import { useT } from '../../i18n/i18n';
import { accountCalls } from './account-calls';
import { accountStore, refreshAccount } from './account-store';

/** One request per token, however often the screen mounts: a token works once. */
const verifications = new Map<string, Promise<User>>();

function verifyOnce(token: string): Promise<User> {
  let pending = verifications.get(token);
  if (!pending) {
    pending = accountCalls.verifyEmail(token);
    verifications.set(token, pending);
  }
  return pending;
}

/**
 * Opened by the link in the confirmation mail (/verify-email?token=): confirms the address at
 * once and says so, or says why not (a used or expired link) and where to ask for a new one.
 */
export function VerifyEmailScreen({ token }: { readonly token: string | undefined }) {
  const t = useT();
  const [outcome, setOutcome] = useState<{ user: User } | { problem: string } | undefined>();
  useEffect(() => {
    if (!token) return;
    let live = true;
    verifyOnce(token).then(
      (user) => {
        if (live) setOutcome({ user });
        // Signed in here, the account screen should show the address as confirmed (or the new one).
        if (accountStore.getState().status === 'signed-in') refreshAccount().catch(() => undefined);
      },
      (e: unknown) => live && setOutcome({ problem: describeFailure(e) }),
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (!token) return <p className="field-error" role="alert">{t('verify.noToken')}</p>;
  if (!outcome) return <p role="status">{t('verify.working')}</p>;
  if ('problem' in outcome) {
    return (
      <div role="alert" data-testid="verify-outcome" data-outcome="failed">
        <p className="field-error">{t('verify.failed', { message: outcome.problem })}</p>
        <p className="muted">{t('verify.askAgain')}</p>
      </div>
    );
  }
  return <p role="status" className="notice" data-testid="verify-outcome" data-outcome="verified">{t('verify.done', { email: outcome.user.email })}</p>;
}
