/** Codes of the output area. */
export const outputErrorCodes = {
} as const;
