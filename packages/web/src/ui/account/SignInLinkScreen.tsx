import { useEffect, useState } from 'react';
import { ApiRequestError, describeFailure } from '../../api/api-error';
import { useT } from '../../i18n/i18n';
import { signInWithLink } from './account-store';
import { SignInForm } from './SignInForm';
import { SignInLinkForm } from './SignInLinkForm';
import { useAccount } from './use-account';

/** One request per token, however often the screen mounts: a link works once. */
const confirmations = new Map<string, Promise<void>>();

function confirmOnce(token: string): Promise<void> {
  let pending = confirmations.get(token);
  if (!pending) {
    pending = signInWithLink(token);
    confirmations.set(token, pending);
  }
  return pending;
}

/** Why a link did not sign in, in plain words: used or expired is the common case. */
function describeLinkFailure(t: ReturnType<typeof useT>, failure: unknown): string {
  if (failure instanceof ApiRequestError && failure.code === 'INKLESS_AUTH_TOKEN_INVALID') return t('signInLink.used');
  return t('signInLink.failed', { message: describeFailure(failure) });
}

/**
 * Opened by the sign-in mail's link (/sign-in-link?token=): signs in at once, or asks for the
 * two-factor code when it is on; a used or expired link says so and offers to mail a new one.
 */
export function SignInLinkScreen({ token }: { readonly token: string | undefined }) {
  const t = useT();
  const account = useAccount();
  const [outcome, setOutcome] = useState<{ signedIn: true } | { failure: unknown } | undefined>();
  useEffect(() => {
    if (!token) return;
    let live = true;
    confirmOnce(token).then(
      () => live && setOutcome({ signedIn: true }),
      (e: unknown) => live && setOutcome({ failure: e }),
    );
    return () => {
      live = false;
    };
  }, [token]);
  if (!token) return <SignInLinkForm intro={t('signInLink.noToken')} />;
  if (!outcome) return <p role="status">{t('signInLink.working')}</p>;
  if ('failure' in outcome) {
    return (
      <>
        <p className="field-error sign-in-link-failed" role="alert" data-testid="sign-in-link-outcome" data-outcome="failed">{describeLinkFailure(t, outcome.failure)}</p>
        <SignInLinkForm intro={t('signInLink.askNew')} />
      </>
    );
  }
  if (account.status === 'signed-in') {
    return <p role="status" className="notice" data-testid="sign-in-link-outcome" data-outcome="signed-in">{t('signInLink.done', { name: account.user.displayName })}</p>;
  }
  // Two-factor is on: the code, then signed in; after three wrong codes, the password form.
  return <SignInForm />;
}
