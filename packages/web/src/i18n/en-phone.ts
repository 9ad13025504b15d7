/** English strings of the studio's phone area (spread into en.ts; kept apart so areas change independently). */
export const enPhone = {
} as const;
