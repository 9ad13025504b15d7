/**
 * Every error the API returns, with its HTTP status and what it means (docs/errors.md is built
 * from this table). Routes throw `ApiError`; one handler turns it into
 * `{ error: { code, message, path? } }`.
 */
export const serverErrorCodes = {
  INKLESS_API_BAD_REQUEST: { status: 400, meaning: 'The request body or query is malformed (not JSON, not UTF-8, nested more than 64 levels, text with a NUL or a lone UTF-16 surrogate) or has a field the API does not know; `path` names the field.' },
  INKLESS_API_UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'The body is not JSON, or is declared in a charset other than UTF-8 (`content-type: application/json; charset=utf-8`, or no charset).' },
  INKLESS_API_HOST_NOT_ALLOWED: { status: 421, meaning: "The request named a host (`Host` header) this server does not answer to, as a DNS-rebinding page would; the administrator adds real names with INKLESS_PUBLIC_URL or INKLESS_ALLOWED_HOSTS." },
  INKLESS_API_BODY_TOO_LARGE: { status: 413, meaning: 'The request body is larger than this route accepts.' },
  INKLESS_API_UNAUTHENTICATED: { status: 401, meaning: 'Sign in first (no session, or it ended).' },
  INKLESS_API_FORBIDDEN: { status: 403, meaning: 'Signed in, but this account may not do that.' },
  INKLESS_API_CSRF: { status: 403, meaning: 'A state-changing request without a valid `X-CSRF-Token` header (get one from `GET /api/auth/csrf`), or from another site.' },
  INKLESS_API_NOT_FOUND: { status: 404, meaning: 'No such thing, or not yours to see (the two look the same on purpose).' },
  INKLESS_API_CONFLICT: { status: 409, meaning: 'Someone changed it since you read it (a stale `version`), or it already exists.' },
  INKLESS_API_RATE_LIMITED: { status: 429, meaning: 'Too many requests from this address or for this account; wait for the time in `Retry-After`.' },
  INKLESS_API_LOCKED: { status: 429, meaning: 'Too many wrong passwords or two-factor codes for this account (from this address, or from many); trying again is paused for the time in `Retry-After`. A sign-in link by email (`POST /api/auth/login-link`) works meanwhile.' },
  INKLESS_AUTH_INVALID: { status: 401, meaning: 'The email or password is wrong (which one is not said).' },
  INKLESS_AUTH_MFA_REQUIRED: { status: 401, meaning: 'The password was right; now give the code from the authenticator app (or a recovery code).' },
  INKLESS_AUTH_MFA_INVALID: { status: 401, meaning: 'The two-factor code is wrong or used already.' },
  INKLESS_AUTH_WEAK_PASSWORD: { status: 400, meaning: 'The password is shorter than 8 characters, or on the list of common and breached passwords.' },
  INKLESS_AUTH_EMAIL_TAKEN: { status: 409, meaning: 'An account with this email exists already.' },
  INKLESS_AUTH_TOKEN_INVALID: { status: 400, meaning: 'The link from the email is wrong, used, or expired; ask for a new one.' },
  INKLESS_AUTH_REAUTH_REQUIRED: { status: 401, meaning: 'Enter your password again first (this change protects your account).' },
  INKLESS_AUTH_RESET_REQUIRED: { status: 403, meaning: 'This account was secured after a reported leak: reset the password by email before signing in.' },
  INKLESS_API_FILE_TOO_LARGE: { status: 413, meaning: 'The file to import (`file.base64` of `POST /api/import` or a file print job) is over 10 MB; split it, or save only the pages you need.' },
  INKLESS_API_FILE_REFUSED: { status: 422, meaning: 'The file cannot be imported (corrupt or encrypted PDF, a page or picture over the pixel limit, ZPL without ^XZ, not a PDF, picture or ZPL); `issues[0].code` is the import code (see Import above) and the message says what and where (page from 1, byte offset).' },
  INKLESS_API_TOO_MANY_PAGES: { status: 422, meaning: 'The file has more pages (or ZPL labels) than one request imports (20); choose some with `pages` (e.g. "1-20") and send the rest in another request.' },
  INKLESS_API_FILE_TOO_SLOW: { status: 422, meaning: 'Importing the file took longer than the server allows per request (2 minutes); import fewer pages at once with `pages`.' },
  INKLESS_PRINT_BARCODE_CHECK: { status: 422, meaning: 'Nothing was queued: a barcode of the imported file no longer scans, or scans as something else, on the label as it would print; the message says which symbol and where on which page. Try `"fit": "actual"` or a printer with more dots, or send `"force": true` to print anyway.' },
  INKLESS_TEMPLATE_INVALID: { status: 422, meaning: 'The label document does not validate; the issues carry field paths.' },
  INKLESS_RENDER_FAILED: { status: 422, meaning: 'The label could not be rendered (a barcode that does not fit, a missing field); the message says which element.' },
  INKLESS_RENDER_TIMEOUT: { status: 503, meaning: 'Rendering took longer than this server allows per request.' },
  INKLESS_RENDER_BUSY: { status: 503, meaning: 'Every render worker is busy and too many renders wait already; try again after `Retry-After`.' },
  INKLESS_PRINT_JOB_FAILED: { status: 502, meaning: 'The printer could not be reached or went away; the job records the last label sent.' },
  INKLESS_PRINT_PREFLIGHT: { status: 422, meaning: 'Nothing was queued: the label does not fit the printer profile (dpi, head width, length, media) or some data rows would not print; `issues` lists each with its `row` (1 = the first record of `rows`) and field `path`.' },
  INKLESS_PRINT_PRINTER_NOT_ALLOWED: { status: 403, meaning: "A configured printer's host name leads inside the server's own network (loopback, link-local, private), which the server does not print to unless the administrator allows it for that printer (`allowInternalAddress`); recorded on the job, which fails." },
  INKLESS_PRINT_PRINTER_UNKNOWN: { status: 400, meaning: 'No printer with this `printerId` is set up on this server (`GET /api/printers` lists them); the server prints only to printers its administrator set up, never to an address in a request. On a job: its printer was removed from the settings, so it failed.' },
  INKLESS_PRINT_QUEUE_FULL: { status: 429, meaning: 'You have the most print jobs queued or printing that one account may have at once (20); wait for some to finish or cancel some, then send the job again.' },
  INKLESS_GALLERY_OWN_TEMPLATE: { status: 403, meaning: 'Publishers cannot review their own templates.' },
  INKLESS_MODERATION_COMPLAINT_LINK_INVALID: { status: 400, meaning: 'The link to confirm a complaint is wrong, used already, or older than 48 hours; file the complaint again to get a new one.' },
  INKLESS_MODERATION_NO_OPEN_COMPLAINT: { status: 409, meaning: 'There is no open intellectual-property complaint against this template to answer.' },
  INKLESS_PRIVACY_POLICY_NOT_ACCEPTED: { status: 428, meaning: 'The privacy policy changed in a major way since you last accepted it: read it at /privacy and accept it (POST /api/privacy/accept-policy); until then, features that rest on your consent are paused.' },
  INKLESS_PRIVACY_LINK_INVALID: { status: 400, meaning: 'The unsubscribe link is damaged or incomplete: use the whole link from the email, or turn marketing email off in your privacy settings.' },
  INKLESS_PRIVACY_DISCLOSURE_REFUSED: { status: 403, meaning: "Nothing was shared: no ground from the privacy policy's closed list allows this transfer (no consent in effect, a legal request not approved by two different staff members or outside its scope, a case that does not exist); the message says which." },
  INKLESS_API_INTERNAL: { status: 500, meaning: 'Something went wrong on the server; it is logged (code, route, request id, the error; never your data or full address). Try again.' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type ServerErrorCode = keyof typeof serverErrorCodes;

/** An error a client can act on: a code, a message saying what and where, and the field path. */
export class ApiError extends Error {
  readonly status: number;
  constructor(readonly code: ServerErrorCode, message: string, readonly details: { path?: string; retryAfterSeconds?: number; issues?: readonly unknown[] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = serverErrorCodes[code].status;
  }
}

/** The registry as `code -> meaning`, for docs/errors.md. */
export const serverErrorMeanings: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(serverErrorCodes).map(([code, v]) => [code, `HTTP ${v.status}. ${v.meaning}`]));
