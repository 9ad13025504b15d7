import { useSyncExternalStore } from 'react';
import { accountStore, type AccountState } from './account-store';

/** The account state, re-rendering when someone signs in or out. */
export function useAccount(): AccountState {
  return useSyncExternalStore(accountStore.subscribe, accountStore.getState);
}
