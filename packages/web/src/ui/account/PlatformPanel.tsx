import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { GalleryScreen } from '../gallery/GalleryScreen';
import { PrivacyScreen } from '../privacy/PrivacyScreen';
import { startStudioSync } from '../../sync/studio-sync';
import { useStudio } from '../use-studio';
import { accountStore, refreshAccount } from './account-store';
import { takeAccountLink, type AccountLink } from './account-link';
import { AccountScreen } from './AccountScreen';
import { PrintHistory } from './PrintHistory';
import { ResetPasswordScreen } from './ResetPasswordScreen';
import { ScreenDialog } from './ScreenDialog';
import { SignInLinkScreen } from './SignInLinkScreen';
import { useAccount } from './use-account';
import { VerifyEmailScreen } from './VerifyEmailScreen';
import './platform.css';

type Screen = 'account' | 'print-history' | 'gallery' | 'privacy' | AccountLink['kind'];

/**
 * Account, gallery and privacy center: the studio works without them (labels stay in this
 * browser); an account adds sync, the gallery and print history. Each opens as a screen over the studio.
 */
export function PlatformPanel() {
  const t = useT();
  const account = useAccount();
  const studio = useStudio();
  // A mailed link (confirm the email, reset the password, sign in, cancel a deletion) opens its screen at once.
  const [link] = useState(takeAccountLink);
  const [screen, setScreen] = useState<Screen | undefined>(link?.kind);
  useEffect(() => {
    // Offline, the studio simply stays signed out.
    refreshAccount().catch(() => undefined);
  }, []);
  useEffect(() => {
    // Labels linked to account templates are sent there while signed in ('unknown': not yet known).
    const signedIn = () => {
      const { status } = accountStore.getState();
      return status === 'unknown' ? undefined : status === 'signed-in';
    };
    return startStudioSync(studio, signedIn, (listener) => accountStore.subscribe(listener));
  }, [studio]);
  const close = () => setScreen(undefined);
  return (
    <section className="panel platform-panel" aria-labelledby="platform-title">
      <h2 id="platform-title">{t('platform.title')}</h2>
      <p className="muted" data-testid="account-status">
        {account.status === 'signed-in' ? t('account.signedInAs', { name: account.user.displayName }) : t('platform.noAccount')}
      </p>
      <nav aria-label={t('platform.title')} className="platform-nav">
        <button type="button" data-screen-button="account" onClick={() => setScreen('account')}>{account.status === 'signed-in' ? t('platform.account') : t('platform.signIn')}</button>
        {account.status === 'signed-in' && <button type="button" data-screen-button="print-history" onClick={() => setScreen('print-history')}>{t('platform.printHistory')}</button>}
        <button type="button" data-screen-button="gallery" onClick={() => setScreen('gallery')}>{t('platform.gallery')}</button>
        <button type="button" data-screen-button="privacy" onClick={() => setScreen('privacy')}>{t('platform.privacy')}</button>
      </nav>
      {screen === 'account' && <ScreenDialog id="account" title={t('platform.account')} onClose={close}><AccountScreen onClose={close} /></ScreenDialog>}
      {screen === 'print-history' && <ScreenDialog id="print-history" title={t('platform.printHistory')} onClose={close}><PrintHistory /></ScreenDialog>}
      {screen === 'gallery' && <ScreenDialog id="gallery" title={t('platform.gallery')} onClose={close}><GalleryScreen /></ScreenDialog>}
      {screen === 'privacy' && <ScreenDialog id="privacy" title={t('platform.privacy')} onClose={close}><PrivacyScreen section={link?.kind === 'privacy' ? link.section : undefined} /></ScreenDialog>}
      {screen === 'verify-email' && <ScreenDialog id="verify-email" title={t('verify.title')} onClose={close}><VerifyEmailScreen token={link?.kind === 'verify-email' ? link.token : undefined} /></ScreenDialog>}
      {screen === 'sign-in-link' && (
        <ScreenDialog id="sign-in-link" title={t('signInLink.screenTitle')} onClose={close}>
          <SignInLinkScreen token={link?.kind === 'sign-in-link' ? link.token : undefined} />
        </ScreenDialog>
      )}
      {screen === 'reset-password' && (
        <ScreenDialog id="reset-password" title={t('reset.screenTitle')} onClose={close}>
          <ResetPasswordScreen token={link?.kind === 'reset-password' ? link.token : undefined} onClose={close} />
        </ScreenDialog>
      )}
    </section>
  );
}
