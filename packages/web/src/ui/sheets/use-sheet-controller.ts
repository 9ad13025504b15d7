import { useEffect, useMemo, useState } from 'react';
import type { SheetId } from './sheet-list';
import { sheetButtonId, type SheetState } from './sheet-state';

/**
 * The open sheet, for SheetContext: one at a time. While one is open, Escape closes it (unless
 * a dialog over the studio takes that Escape) and gives the focus back to its bottom-bar button.
 */
export function useSheetController(): SheetState {
  const [open, setOpen] = useState<SheetId | undefined>();
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      setOpen(undefined);
      document.getElementById(sheetButtonId(open))?.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
  return useMemo(() => ({ open, setOpen }), [open]);
}
