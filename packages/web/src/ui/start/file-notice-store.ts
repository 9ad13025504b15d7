import { createStore } from '../../editor/store';
import type { LabelFileMessage } from '../../files/label-file-message';

/** The outcome of the last file action the user should see: a file that did not open, a label saved. */
export type FileNotice =
  | { readonly kind: 'open-failed'; readonly fileName: string; readonly message: LabelFileMessage }
  | { readonly kind: 'save-failed'; readonly reason: string }
  | { readonly kind: 'saved'; readonly fileName: string };

export const fileNoticeStore = createStore<FileNotice | undefined>(undefined);
