import { useT } from '../../i18n/i18n';
import { SHEETS } from './sheet-list';
import { sheetButtonId, sheetElementId, useSheets } from './sheet-state';

/**
 * The narrow-screen layout's bar of buttons under the canvas: each opens its sheet (and closes
 * the one open), a second press closes it. Hidden on a desk.
 */
export function BottomBar() {
  const t = useT();
  const { open, setOpen } = useSheets();
  return (
    <nav className="bottom-bar" aria-label={t('phone.bottomBar')}>
      {SHEETS.map(({ id, icon, label }) => (
        <button key={id} id={sheetButtonId(id)} type="button" className="bottom-bar-button" data-sheet-button={id}
          aria-expanded={open === id} aria-controls={sheetElementId(id)} onClick={() => setOpen(open === id ? undefined : id)}>
          <span className="bottom-bar-icon" aria-hidden="true">{icon}</span>
          <span className="bottom-bar-label">{t(label)}</span>
        </button>
      ))}
    </nav>
  );
}
