/** A wait the way people say it: "4 minutes", not "240 s". */
export interface WaitTime {
  readonly unit: 'seconds' | 'minutes' | 'hours';
  readonly count: number;
}

/**
 * Rounds a server's Retry-After up to the largest unit that reads naturally, so trying again at
 * the time we name never comes too early: 45 s, 61 s -> 2 minutes, 3600 s -> 1 hour, a day -> 24 hours.
 */
export function roundWait(seconds: number): WaitTime {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return { unit: 'seconds', count: whole };
  const minutes = Math.ceil(whole / 60);
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  return { unit: 'hours', count: Math.ceil(whole / 3600) };
}
