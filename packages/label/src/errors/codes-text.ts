/** Codes of the text area. */
export const textErrorCodes = {
} as const;
