import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { SignInForm } from '../account/SignInForm';
import { useAccount } from '../account/use-account';
import { AccessHistory } from './AccessHistory';
import { ConsentSection } from './ConsentSection';
import { DeletionSection } from './DeletionSection';
import { ExportSection } from './ExportSection';
import { PolicySection } from './PolicySection';

/**
 * The privacy center: consents, the policy and its history; signed in, access history, export and
 * deletion. Opened at `section` "deletion" (the link in the deletion mail), it shows that section,
 * asking to sign in first when needed (the deletion ended every session).
 */
export function PrivacyScreen({ section }: { readonly section?: 'deletion' | undefined }) {
  const t = useT();
  const account = useAccount();
  const [deletedDueAt, setDeletedDueAt] = useState<string | undefined>();
  const signedIn = account.status === 'signed-in';
  useEffect(() => {
    if (section !== 'deletion' || !signedIn) return;
    const heading = document.getElementById('delete-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }, [section, signedIn]);
  return (
    <div className="privacy-screen">
      {deletedDueAt && <p role="status" className="notice" data-testid="deletion-requested">{t('privacy.deletionRequested', { at: new Date(deletedDueAt).toLocaleString() })}</p>}
      {section === 'deletion' && !signedIn && (
        <div data-testid="deletion-sign-in">
          <p className="notice">{t('privacy.signInForDeletion')}</p>
          <SignInForm />
        </div>
      )}
      <ConsentSection signedIn={signedIn} />
      {signedIn ? (
        <>
          <AccessHistory />
          <ExportSection />
          <DeletionSection onDeleted={setDeletedDueAt} />
        </>
      ) : <p className="muted">{t('privacy.signInForData')}</p>}
      <PolicySection signedIn={signedIn} />
    </div>
  );
}
