/** Now, injectable so tests can move time (session timeouts, token expiry, retention). */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
