/** Codes of the text area (fonts, layout). */
export const textErrorCodes = {
  INKLESS_TEXT_TOO_LONG: 'A text is longer than the 10,000 characters one text block may hold.',
  INKLESS_TEXT_FONT_UNKNOWN: 'The fontFamily names no registered font or alias.',
  INKLESS_TEXT_FONT_INVALID: 'A registered font file is not a TTF/OTF font that can be read.',
  INKLESS_TEXT_SIZE_INVALID: 'A font size is not a positive number of dots within the engine limit.',
  INKLESS_TEXT_NO_FONTS: 'Text must be drawn but no font is registered.',
} as const;
