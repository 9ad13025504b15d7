import { useState } from 'react';
import { api } from '../../api/api-client';
import { useT } from '../../i18n/i18n';
import { refreshAccount } from './account-store';
import { FormProblem } from './FormProblem';
import { InputRow } from './InputRow';
import { useAsyncAction } from './use-async';

/**
 * Two-factor sign-in: start (a secret for the authenticator app), confirm with a code (the
 * recovery codes are shown this once), or switch off after entering the password again.
 */
export function TwoFactorSection({ enabled }: { readonly enabled: boolean }) {
  const t = useT();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | undefined>();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<readonly string[]>([]);
  const { busy, problem, run } = useAsyncAction();
  return (
    <section className="screen-section" aria-labelledby="mfa-section-title">
      <h3 id="mfa-section-title">{t('account.twoFactor')}</h3>
      <p>{enabled ? t('account.twoFactorOn') : t('account.twoFactorOff')}</p>
      {recoveryCodes.length > 0 && (
        <div role="status">
          <p>{t('account.recoveryCodes')}</p>
          <ul className="recovery-codes">{recoveryCodes.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
        </div>
      )}
      {!enabled && !setup && (
        <button type="button" disabled={busy} onClick={() => void run(async () => setSetup(await api.request('POST', '/api/me/2fa/setup')))}>{t('account.twoFactorStart')}</button>
      )}
      {!enabled && setup && (
        <form onSubmit={(e) => { e.preventDefault(); void run(async () => { setRecoveryCodes((await api.request<{ recoveryCodes: string[] }>('POST', '/api/me/2fa/enable', { code })).recoveryCodes); setSetup(undefined); await refreshAccount(); }); }}>
          <p>{t('account.twoFactorSecret')} <code data-testid="totp-secret">{setup.secret}</code></p>
          <InputRow label={t('account.mfaCode')} value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" inputMode="numeric" required />
          <button type="submit" disabled={busy}>{t('account.twoFactorEnable')}</button>
        </form>
      )}
      {enabled && (
        <form onSubmit={(e) => { e.preventDefault(); void run(async () => { await api.request('POST', '/api/auth/reauthenticate', { password }); await api.request('POST', '/api/me/2fa/disable'); await refreshAccount(); }); }}>
          <InputRow label={t('privacy.password')} type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
          <button type="submit" disabled={busy}>{t('account.twoFactorDisable')}</button>
        </form>
      )}
      <FormProblem problem={problem} />
    </section>
  );
}
