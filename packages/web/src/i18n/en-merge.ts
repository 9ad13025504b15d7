/** English strings of the studio's merge area (spread into en.ts; kept apart so areas change independently). */
export const enMerge = {
} as const;
