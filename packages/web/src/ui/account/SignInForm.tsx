import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { signIn, signOut, signUp, submitSecondFactor } from './account-store';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { SignInLinkForm } from './SignInLinkForm';
import { readSignInPause, SignInPaused } from './SignInPaused';
import { useAccount } from './use-account';
import { useAsyncAction } from './use-async';

/**
 * Sign in, create an account, ask for a password reset or a sign-in link; the second step asks
 * for the authenticator code when 2FA is on (or goes back, ending the half-finished sign-in). A paused sign-in says how long, and offers the link.
 */
export function SignInForm() {
  const t = useT();
  const account = useAccount();
  const [mode, setMode] = useState<'sign-in' | 'sign-up' | 'forgot' | 'link'>('sign-in');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [code, setCode] = useState('');
  const { busy, problem, failure, run } = useAsyncAction();
  const pause = readSignInPause(failure);
  const outcome = pause ? <SignInPaused pause={pause} onAskLink={() => setMode('link')} /> : <FormProblem problem={problem} />;

  if (mode === 'link') return <SignInLinkForm initialEmail={email} onBack={() => setMode('sign-in')} />;
  if (account.status === 'mfa') {
    return (
      <form className="account-form" aria-labelledby="mfa-title" onSubmit={(e) => { e.preventDefault(); void run(() => submitSecondFactor(code)); }}>
        <h3 id="mfa-title">{t('account.mfaTitle')}</h3>
        <InputRow label={t('account.mfaCode')} hint={t('account.mfaHint')} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" inputMode="numeric" required />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>{t('account.signIn')}</button>
          <button type="button" className="link" disabled={busy} onClick={() => { setCode(''); void run(() => signOut()); }}>{t('forgot.back')}</button>
        </div>
        {outcome}
      </form>
    );
  }
  if (mode === 'forgot') return <ForgotPasswordForm initialEmail={email} onBack={() => setMode('sign-in')} />;
  const signingUp = mode === 'sign-up';
  return (
    <form className="account-form" aria-labelledby="auth-title"
      onSubmit={(e) => { e.preventDefault(); void run(() => (signingUp ? signUp(email, password, displayName) : signIn(email, password))); }}>
      <h3 id="auth-title">{signingUp ? t('account.signUpTitle') : t('account.signInTitle')}</h3>
      <p className="muted">{t('account.why')}</p>
      {signingUp && <InputRow label={t('account.displayName')} value={displayName} onChange={(e) => setDisplayName(e.target.value)} autoComplete="nickname" required maxLength={80} />}
      <InputRow label={t('account.email')} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" required />
      <InputRow label={t('account.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)}
        autoComplete={signingUp ? 'new-password' : 'current-password'} hint={signingUp ? t('account.passwordHint') : undefined} required />
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>{signingUp ? t('account.signUp') : t('account.signIn')}</button>
        <button type="button" className="link" onClick={() => setMode(signingUp ? 'sign-in' : 'sign-up')}>
          {signingUp ? t('account.haveAccount') : t('account.noAccount')}
        </button>
        {!signingUp && <button type="button" className="link" onClick={() => setMode('forgot')}>{t('account.forgotPassword')}</button>}
        {!signingUp && <button type="button" className="link" onClick={() => setMode('link')}>{t('signIn.askLink')}</button>}
      </div>
      {outcome}
    </form>
  );
}
