/** Why an import stopped: the engine's code and its message (what and where: page, byte offset, pixel size). */
export interface ImportProblem {
  readonly code: string;
  readonly message: string;
}

/** Any throw as a problem a person can read: an engine error keeps its code, anything else is unexpected. */
export function toImportProblem(error: unknown): ImportProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && error.code.startsWith('INKLESS_') ? error.code : 'INKLESS_WEB_IMPORT_FAILED';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message };
}
