/** Called after every change with the new and the previous state. */
export type Listener<T> = (state: T, previous: T) => void;

/** A new state, or a function of the current one (so callers never read a stale state). */
export type StateUpdate<T> = T | ((state: T) => T);

/**
 * A vanilla observable holder of one immutable state: React reads it through
 * `useSyncExternalStore(store.subscribe, store.getState)`, tests read it directly.
 */
export interface Store<T> {
  getState(): T;
  setState(update: StateUpdate<T>): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener<T>): () => void;
}

/**
 * Creates a store. Listeners run only when the state object changes (by identity), so a reducer
 * that returns its input unchanged notifies nobody.
 *
 * @example
 * const store = createStore({ count: 0 });
 * const stop = store.subscribe((s) => console.log(s.count));
 * store.setState((s) => ({ count: s.count + 1 })); // logs 1
 * stop();
 */
export function createStore<T>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<Listener<T>>();
  return {
    getState: () => state,
    setState(update) {
      const next = typeof update === 'function' ? (update as (s: T) => T)(state) : update;
      if (Object.is(next, state)) return;
      const previous = state;
      state = next;
      // A copy: a listener that unsubscribes (or subscribes) while we notify does not skip anyone.
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
