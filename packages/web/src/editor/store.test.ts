import { describe, expect, it } from 'vitest';
import { createStore } from './store';

describe('createStore', () => {
  it('replaces the state and tells subscribers the new and the previous state', () => {
    const store = createStore({ n: 1 });
    const seen: [number, number][] = [];
    store.subscribe((s, prev) => seen.push([s.n, prev.n]));
    store.setState({ n: 2 });
    store.setState((s) => ({ n: s.n * 10 }));
    expect(store.getState()).toEqual({ n: 20 });
    expect(seen).toEqual([[2, 1], [20, 2]]);
  });

  it('notifies nobody when an update returns the same state object', () => {
    const store = createStore({ n: 1 });
    let calls = 0;
    store.subscribe(() => calls++);
    store.setState((s) => s);
    expect(calls).toBe(0);
  });

  it('stops notifying after unsubscribe, even when unsubscribing during a notification', () => {
    const store = createStore(0);
    const log: string[] = [];
    const stopA = store.subscribe(() => {
      log.push('a');
      stopA();
    });
    store.subscribe(() => log.push('b'));
    store.setState(1);
    store.setState(2);
    expect(log).toEqual(['a', 'b', 'b']);
  });
});
