/** Codes of the image area. */
export const imageErrorCodes = {
} as const;
