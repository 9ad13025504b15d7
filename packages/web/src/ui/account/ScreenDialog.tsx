import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';

/**
 * A screen over the studio (account, gallery, privacy): a modal <dialog>, so focus stays inside,
 * Escape closes it and screen readers announce its title. Closing returns focus to the opener.
 */
export function ScreenDialog({ id, title, onClose, children }: { readonly id: string; readonly title: string; readonly onClose: () => void; readonly children: ReactNode }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    // Removing the element on unmount takes it out of the top layer; no close() needed.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="screen" aria-labelledby={`${id}-title`} data-screen={id} onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <header className="screen-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" onClick={onClose}>{t('platform.close')}</button>
      </header>
      <div className="screen-body">{children}</div>
    </dialog>
  );
}
