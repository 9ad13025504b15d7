/** English strings of the studio's canvas area (spread into en.ts; kept apart so areas change independently). */
export const enCanvas = {
  'canvas.textEditor': 'Text on the label. Enter starts a new line; Escape or a click outside finishes.',
} as const;
