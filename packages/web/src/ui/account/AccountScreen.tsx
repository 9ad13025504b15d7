import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { signOut } from './account-store';
import { EmailSection } from './EmailSection';
import { FormProblem } from './FormProblem';
import { SessionsList } from './SessionsList';
import { SignInForm } from './SignInForm';
import { TemplatesSection } from './TemplatesSection';
import { TwoFactorSection } from './TwoFactorSection';
import { UploadLocalLabels } from './UploadLocalLabels';
import { useAccount } from './use-account';
import { useAsyncAction } from './use-async';

/** The account screen: sign in or up; signed in, the email, the templates, uploading local labels, sessions and 2FA. */
export function AccountScreen({ onClose }: { readonly onClose: () => void }) {
  const t = useT();
  const account = useAccount();
  const [uploads, setUploads] = useState(0);
  const { busy, problem, run } = useAsyncAction();
  if (account.status !== 'signed-in') return <SignInForm />;
  const { user } = account;
  return (
    <div className="account-screen">
      <section className="screen-section" aria-labelledby="profile-title">
        <h3 id="profile-title">{t('account.signedInAs', { name: user.displayName })}</h3>
        <p data-testid="account-email">{user.email}</p>
        <button type="button" disabled={busy} onClick={() => void run(signOut)}>{t('account.signOut')}</button>
        <FormProblem problem={problem} />
      </section>
      <EmailSection user={user} />
      <UploadLocalLabels onUploaded={() => setUploads((n) => n + 1)} />
      <TemplatesSection version={uploads} onOpened={onClose} />
      <SessionsList />
      <TwoFactorSection enabled={user.twoFactor} />
    </div>
  );
}
