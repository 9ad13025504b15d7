/** English strings of the studio's canvas area (spread into en.ts; kept apart so areas change independently). */
export const enCanvas = {
} as const;
