import type { MouseEvent, ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { SHEETS, type SheetId } from './sheet-list';
import { sheetButtonId, sheetElementId, useSheets } from './sheet-state';

/**
 * One panel group that, on a narrow screen, slides up from the bottom bar over the lower part of
 * the canvas and scrolls inside itself; on a desk it is invisible (its panels sit in the side
 * columns). It stays mounted while closed, so a panel keeps its state (a merge, a print in
 * progress, an open account screen). The close button (or Escape: use-sheet-controller.ts)
 * closes it, focus going back to its bottom-bar button. `closeOn` (a CSS selector): a click on
 * a matching element closes the sheet, so the canvas is free for the next tap (after choosing a tool).
 */
export function Sheet({ id, closeOn, children }: { readonly id: SheetId; readonly closeOn?: string; readonly children: ReactNode }) {
  const t = useT();
  const { open, setOpen } = useSheets();
  const isOpen = open === id;
  const title = t(SHEETS.find((s) => s.id === id)!.label);
  const close = () => {
    setOpen(undefined);
    document.getElementById(sheetButtonId(id))?.focus({ preventScroll: true });
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (closeOn && isOpen && e.target instanceof Element && e.target.closest(closeOn)) setOpen(undefined);
  };
  return (
    <div id={sheetElementId(id)} className="sheet" data-sheet={id} data-open={isOpen} role="region" aria-label={title} onClick={onClick}>
      <div className="sheet-head">
        <span className="sheet-handle" aria-hidden="true" />
        <span className="sheet-title">{title}</span>
        <button type="button" className="sheet-close" onClick={close}>{t('phone.sheet.close')}</button>
      </div>
      <div className="sheet-body">{children}</div>
    </div>
  );
}
