import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { accountCalls } from './account-calls';
import { forgetSession } from './account-store';
import { AccountScreen } from './AccountScreen';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { useAsyncAction } from './use-async';

/**
 * Opened by the reset mail's link (/reset-password?token=): a new password, then signing in with
 * it (the server ends every session of the account, this browser's too). Without a token (the
 * "password changed" mails link here too) it asks for a reset mail.
 */
export function ResetPasswordScreen({ token, onClose }: { readonly token: string | undefined; readonly onClose: () => void }) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const { busy, problem, run } = useAsyncAction();
  if (!token) return <ForgotPasswordForm />;
  if (done) {
    return (
      <>
        <p role="status" className="notice" data-testid="password-reset-done">{t('reset.done')}</p>
        <AccountScreen onClose={onClose} />
      </>
    );
  }
  return (
    <form className="account-form" aria-labelledby="reset-title"
      onSubmit={(e) => { e.preventDefault(); void run(async () => { await accountCalls.confirmPasswordReset(token, password); forgetSession(); setDone(true); }); }}>
      <h3 id="reset-title">{t('reset.title')}</h3>
      <InputRow label={t('reset.newPassword')} type="password" value={password} onChange={(e) => setPassword(e.target.value)}
        autoComplete="new-password" hint={t('account.passwordHint')} required />
      <button type="submit" className="primary" disabled={busy}>{t('reset.save')}</button>
      <FormProblem problem={problem} />
    </form>
  );
}
