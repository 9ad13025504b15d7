import { createContext, useContext } from 'react';
import type { SheetId } from './sheet-list';

/** Which sheet is open (one at a time, or none) and how to open or close one. */
export interface SheetState {
  readonly open: SheetId | undefined;
  /** Opens `id` (closing any other), or closes every sheet with undefined. */
  setOpen(id: SheetId | undefined): void;
}

export const SheetContext = createContext<SheetState>({ open: undefined, setOpen: () => {} });

export function useSheets(): SheetState {
  return useContext(SheetContext);
}

/** The id of a sheet's element and of its bottom-bar button, for aria-controls and focus. */
export const sheetElementId = (id: SheetId) => `sheet-${id}`;
export const sheetButtonId = (id: SheetId) => `sheet-button-${id}`;
