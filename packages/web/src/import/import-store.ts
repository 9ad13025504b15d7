import { createStore } from '../editor/store';
import type { ImportProblem } from './import-problem';
import type { PageImportSession } from './import-session';
import type { ZplImportSession } from './zpl-import';

/** The import on screen, if any: being opened, open (a page import or a ZPL file), or refused. */
export type ActiveImport =
  | { readonly kind: 'opening'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly fileName: string; readonly problem: ImportProblem }
  | { readonly kind: 'page'; readonly fileName: string; readonly session: PageImportSession }
  | { readonly kind: 'zpl'; readonly fileName: string; readonly session: ZplImportSession };

/**
 * The import screen's state. This module stays small (types only from the import engine): the
 * engine, PDFium and ZXing load with the screen, when a file is opened, not with the studio.
 */
export const importStore = createStore<ActiveImport | undefined>(undefined);

/** Ends the import on screen (frees the PDF). */
export function closeImport(): void {
  const active = importStore.getState();
  if (active?.kind === 'page') active.session.close();
  importStore.setState(undefined);
}

declare global {
  interface Window {
    /** Present only with ?test=1: browser tests read the import screen's state through it. */
    __inklessImport?: typeof importStore;
  }
}

/** Exposes the import state to browser tests when the page is opened with `?test=1`; otherwise nothing. */
export function exposeImportForTests(): void {
  if (new URLSearchParams(location.search).get('test') === '1') window.__inklessImport = importStore;
}
