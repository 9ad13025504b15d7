import { useState } from 'react';
import type { User } from '../../api/api-types';
import { useT } from '../../i18n/i18n';
import { accountCalls } from './account-calls';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { useAsyncAction } from './use-async';

/**
 * The account's email: whether it is confirmed (with the link sent again on request) and a
 * change of address, which needs the password and takes effect when the link mailed to the new
 * address is followed; until then the old one stays.
 */
export function EmailSection({ user }: { readonly user: User }) {
  const t = useT();
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState('');
  const { busy, problem, run } = useAsyncAction();
  const resend = () => run(async () => {
    setOutcome('');
    const answer = await accountCalls.resendVerification();
    setOutcome(answer.sent ? t('email.resent', { email: user.email }) : t('email.alreadyConfirmed'));
  });
  const change = () => run(async () => {
    setOutcome('');
    const to = newEmail.trim();
    await accountCalls.changeEmail(password, to);
    setPassword('');
    setNewEmail('');
    setOutcome(t('email.changeSent', { email: to, old: user.email }));
  });
  return (
    <section className="screen-section" aria-labelledby="email-title">
      <h3 id="email-title">{t('email.title')}</h3>
      <p data-testid="email-state">{t(user.emailVerified ? 'email.confirmed' : 'email.unconfirmed', { email: user.email })}</p>
      {!user.emailVerified && <button type="button" disabled={busy} onClick={() => void resend()}>{t('email.resend')}</button>}
      <form aria-labelledby="email-change-title" onSubmit={(e) => { e.preventDefault(); void change(); }}>
        <h4 id="email-change-title">{t('email.changeTitle')}</h4>
        <InputRow label={t('email.newEmail')} type="email" value={newEmail} onChange={(e) => setNewEmail(e.target.value)} autoComplete="email" required maxLength={254} />
        <InputRow label={t('privacy.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        <button type="submit" disabled={busy}>{t('email.change')}</button>
      </form>
      <p className="muted" role="status" aria-live="polite" data-testid="email-outcome">{outcome}</p>
      <FormProblem problem={problem} />
    </section>
  );
}
