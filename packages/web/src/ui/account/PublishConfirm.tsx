import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { useAccount } from './use-account';

/** The licence the studio publishes under: no rights kept, so a fork needs no permission. */
export const PUBLISH_LICENSE = 'CC0-1.0';

/**
 * Publishing asks first and says what becomes public: the design, its name and description, the
 * publisher's display name, and the licence; the email does not. Focus moves to the question so
 * keyboard and screen-reader users meet it.
 */
export function PublishConfirm({ name, busy, onConfirm, onCancel }: { readonly name: string; readonly busy: boolean; readonly onConfirm: () => void; readonly onCancel: () => void }) {
  const t = useT();
  const account = useAccount();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const publisher = account.status === 'signed-in' ? account.user.displayName : '';
  return (
    <div ref={ref} className="publish-confirm notice" role="group" aria-labelledby="publish-question" tabIndex={-1} data-testid="publish-confirm">
      <p id="publish-question"><strong>{t('templates.publishQuestion', { name })}</strong></p>
      <p>{t('templates.publishWhat', { publisher, license: PUBLISH_LICENSE })}</p>
      <div className="button-row">
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>{t('templates.publishConfirm')}</button>
        <button type="button" disabled={busy} onClick={onCancel}>{t('templates.publishCancel')}</button>
      </div>
    </div>
  );
}
