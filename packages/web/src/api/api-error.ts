/**
 * A refusal from the server, typed: the screens show `message` beside the field named by `path`.
 * Wire format of every error body: { "error": { "code": "INKLESS_...", "message": "...", "path"?: "field.path" } }
 */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly path: string | undefined;

  constructor(status: number, code: string, message: string, path?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.path = path;
  }
}

/** Reads an error body; a body that is not the server's error shape still becomes a typed error. */
export function readApiError(status: number, body: unknown): ApiRequestError {
  const error = (body as { error?: { code?: unknown; message?: unknown; path?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiRequestError(status, error.code, error.message, typeof error.path === 'string' ? error.path : undefined);
  }
  return new ApiRequestError(status, 'INKLESS_WEB_API_UNEXPECTED', `the server answered ${status} without an explanation; try again later`);
}

/** The text a screen shows for any failure (a network error has no code). */
export function describeFailure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
