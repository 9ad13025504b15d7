import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { accountCalls } from './account-calls';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { useAsyncAction } from './use-async';

/**
 * "Email me a sign-in link": the way in while password sign-in is paused (decision 007). The
 * answer is the same whether or not an account has that email, so nobody can probe for accounts.
 */
export function SignInLinkForm({ initialEmail = '', intro, onBack }: { readonly initialEmail?: string; readonly intro?: string; readonly onBack?: () => void }) {
  const t = useT();
  const [email, setEmail] = useState(initialEmail);
  const [sentTo, setSentTo] = useState<string | undefined>();
  const { busy, problem, run } = useAsyncAction();
  return (
    <form className="account-form" aria-labelledby="sign-in-link-title"
      onSubmit={(e) => { e.preventDefault(); void run(async () => { setSentTo(undefined); await accountCalls.requestSignInLink(email); setSentTo(email.trim()); }); }}>
      <h3 id="sign-in-link-title">{t('signInLink.title')}</h3>
      <p className="muted">{intro ?? t('signInLink.hint')}</p>
      <InputRow label={t('account.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" required />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>{t('signInLink.send')}</button>
        {onBack && <button type="button" className="link" onClick={onBack}>{t('forgot.back')}</button>}
      </div>
      {sentTo && <p role="status" className="notice" data-testid="sign-in-link-requested">{t('signInLink.sent', { email: sentTo })}</p>}
      <FormProblem problem={problem} />
    </form>
  );
}
