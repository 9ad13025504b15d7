// setTimeout and clearTimeout exist in every host this package runs in (Node, browsers, workers),
// but the pure build's lib (ES2022, no DOM, no Node types) does not declare them. This names the
// two the session needs and nothing more, so the rest of the host stays out of reach.

/** The timer functions of the host, typed by what the session uses. */
export interface HostTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The host's timers (called as methods of `globalThis`, as both Node and browsers expect). */
export const hostTimers = globalThis as unknown as HostTimers;
