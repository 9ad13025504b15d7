/** English strings of the studio's messages area (spread into en.ts; kept apart so areas change independently). */
export const enMessages = {
} as const;
