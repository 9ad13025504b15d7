/**
 * A refusal from the server, typed: the screens show `message` beside the field named by `path`.
 * Wire format of every error body: { "error": { "code": "INKLESS_...", "message": "...", "path"?: "field.path" } };
 * a pause (429) also has the header `Retry-After: <seconds>`, kept as `retryAfterSeconds`.
 */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly path: string | undefined;
  /** How long the server asks to wait before trying again (a paused sign-in says "try again in 4 minutes"). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, path?: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, options);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.path = path;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** Seconds from a `Retry-After` header; only the delay form (the server never sends a date). */
function readRetryAfter(header: string | null | undefined): number | undefined {
  if (!header || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

/** Reads an error body (and its Retry-After); a body that is not the server's error shape still becomes a typed error. */
export function readApiError(status: number, body: unknown, retryAfter?: string | null): ApiRequestError {
  const error = (body as { error?: { code?: unknown; message?: unknown; path?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const retryAfterSeconds = readRetryAfter(retryAfter);
    return new ApiRequestError(status, error.code, error.message, typeof error.path === 'string' ? error.path : undefined, retryAfterSeconds === undefined ? undefined : { retryAfterSeconds });
  }
  return new ApiRequestError(status, 'INKLESS_WEB_API_UNEXPECTED', `the server answered ${status} without an explanation; try again later`);
}

/** The text a screen shows for any failure (a network error has no code). */
export function describeFailure(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
