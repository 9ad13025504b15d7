/** Where JSON.parse stopped, 1-based as editors count, and the character it stopped at. */
export interface JsonErrorPlace {
  readonly line: number;
  readonly column: number;
  /** The character found there; undefined when the text ended too early. */
  readonly found: string | undefined;
}

/**
 * Reads the place of a JSON syntax error from the parser's message: V8 says "at position N"
 * (newer versions add "(line L column C)"), Firefox "at line L column C". Undefined when the
 * message names no place.
 */
export function locateJsonError(text: string, error: unknown): JsonErrorPlace | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - before.lastIndexOf('\n'), found: text[offset] };
  }
  const place = /line (\d+) column (\d+)/.exec(message);
  if (place) {
    const line = Number(place[1]);
    const column = Number(place[2]);
    return { line, column, found: text.split('\n')[line - 1]?.[column - 1] };
  }
  if (/unexpected end/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, found: undefined };
  }
  return undefined;
}
