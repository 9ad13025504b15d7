/** English strings of the studio's start area (spread into en.ts; kept apart so areas change independently). */
export const enStart = {
} as const;
