import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { accountCalls } from './account-calls';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { useAsyncAction } from './use-async';

/**
 * "Forgot password?": asks for the email and has the server mail a reset link. The answer is
 * the same whether or not an account has that email, so nobody can probe for accounts here.
 */
export function ForgotPasswordForm({ initialEmail = '', onBack }: { readonly initialEmail?: string; readonly onBack?: () => void }) {
  const t = useT();
  const [email, setEmail] = useState(initialEmail);
  const [sentTo, setSentTo] = useState<string | undefined>();
  const { busy, problem, run } = useAsyncAction();
  return (
    <form className="account-form" aria-labelledby="forgot-title"
      onSubmit={(e) => { e.preventDefault(); void run(async () => { setSentTo(undefined); await accountCalls.requestPasswordReset(email); setSentTo(email.trim()); }); }}>
      <h3 id="forgot-title">{t('forgot.title')}</h3>
      <p className="muted">{t('forgot.hint')}</p>
      <InputRow label={t('account.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" required />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>{t('forgot.send')}</button>
        {onBack && <button type="button" className="link" onClick={onBack}>{t('forgot.back')}</button>}
      </div>
      {sentTo && <p role="status" className="notice" data-testid="reset-requested">{t('forgot.sent', { email: sentTo })}</p>}
      <FormProblem problem={problem} />
    </form>
  );
}
