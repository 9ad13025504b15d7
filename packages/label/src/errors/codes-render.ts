/** Codes raised while rasterizing a label. */
export const renderErrorCodes = {
  INKLESS_RENDER_TOO_LARGE: 'The label would need more dots than the engine allows.',
  INKLESS_RENDER_ELEMENT_FAILED: 'An element could not be drawn; the message says why.',
  INKLESS_RENDER_CLIPPED: 'Warning: content did not fit its box and was clipped.',
} as const;
