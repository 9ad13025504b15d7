import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { GalleryScreen } from '../gallery/GalleryScreen';
import { PrivacyScreen } from '../privacy/PrivacyScreen';
import { refreshAccount } from './account-store';
import { AccountScreen } from './AccountScreen';
import { ScreenDialog } from './ScreenDialog';
import { useAccount } from './use-account';
import './platform.css';

type Screen = 'account' | 'gallery' | 'privacy';

/**
 * Account, gallery and privacy center: the studio works without them (labels stay in this
 * browser); an account adds sync, the gallery and print history. Each opens as a screen over the studio.
 */
export function PlatformPanel() {
  const t = useT();
  const account = useAccount();
  const [screen, setScreen] = useState<Screen | undefined>();
  useEffect(() => {
    // Offline, the studio simply stays signed out.
    refreshAccount().catch(() => undefined);
  }, []);
  const close = () => setScreen(undefined);
  return (
    <section className="panel platform-panel" aria-labelledby="platform-title">
      <h2 id="platform-title">{t('platform.title')}</h2>
      <p className="muted" data-testid="account-status">
        {account.status === 'signed-in' ? t('account.signedInAs', { name: account.user.displayName }) : t('platform.noAccount')}
      </p>
      <nav aria-label={t('platform.title')} className="platform-nav">
        <button type="button" data-screen-button="account" onClick={() => setScreen('account')}>{account.status === 'signed-in' ? t('platform.account') : t('platform.signIn')}</button>
        <button type="button" data-screen-button="gallery" onClick={() => setScreen('gallery')}>{t('platform.gallery')}</button>
        <button type="button" data-screen-button="privacy" onClick={() => setScreen('privacy')}>{t('platform.privacy')}</button>
      </nav>
      {screen === 'account' && <ScreenDialog id="account" title={t('platform.account')} onClose={close}><AccountScreen onClose={close} /></ScreenDialog>}
      {screen === 'gallery' && <ScreenDialog id="gallery" title={t('platform.gallery')} onClose={close}><GalleryScreen /></ScreenDialog>}
      {screen === 'privacy' && <ScreenDialog id="privacy" title={t('platform.privacy')} onClose={close}><PrivacyScreen /></ScreenDialog>}
    </section>
  );
}
