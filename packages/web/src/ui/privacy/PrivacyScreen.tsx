import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useAccount } from '../account/use-account';
import { AccessHistory } from './AccessHistory';
import { ConsentSection } from './ConsentSection';
import { DeletionSection } from './DeletionSection';
import { ExportSection } from './ExportSection';
import { PolicySection } from './PolicySection';

/** The privacy center: consents, the policy and its history; signed in, access history, export and deletion. */
export function PrivacyScreen() {
  const t = useT();
  const account = useAccount();
  const [deletedDueAt, setDeletedDueAt] = useState<string | undefined>();
  const signedIn = account.status === 'signed-in';
  return (
    <div className="privacy-screen">
      {deletedDueAt && <p role="status" className="notice" data-testid="deletion-requested">{t('privacy.deletionRequested', { at: new Date(deletedDueAt).toLocaleString() })}</p>}
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
