import { createStore } from '../../editor/store';

/** Whether the merge screen is open: the side panel's button and the Download menu both open it. */
export const mergeScreenStore = createStore<boolean>(false);
