import { createMergeStore } from '../../merge/merge-state';

/** The studio's one data merge, shared by the merge panel and the print panel. */
export const mergeStore = createMergeStore();
