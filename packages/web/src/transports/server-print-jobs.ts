/** A print job as GET /api/print-jobs/:id describes it (the fields the studio shows). */
export interface ServerPrintJob {
  readonly id: string;
  readonly status: 'queued' | 'sending' | 'done' | 'failed' | 'canceled';
  readonly totalLabels: number;
  readonly sentLabels: number;
  readonly error: { readonly code: string; readonly message: string } | null;
}

/** A printer the server's administrator set up, as GET /api/printers lists it (no address: users pick by id). */
export interface ServerPrinter {
  readonly id: string;
  readonly name: string;
  /** The printer profile its jobs use. */
  readonly profile: string;
  /** `written`: a one-way printer, whose labels count as printed once sent. */
  readonly confirm: 'status' | 'written';
}

/** What a job request needs: POST /api/print-jobs's body (docs/server.md). */
export interface ServerJobRequest {
  readonly document: unknown;
  readonly rows: readonly Readonly<Record<string, string>>[];
  /** One of the server's printers (GET /api/printers); the server prints to no address a user types. */
  readonly printerId: string;
  readonly tzOffsetMinutes: number;
}

/** The API said no: its error code and message (`{ error: { code, message } }`). */
export class ServerJobError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ServerJobError';
  }
}

async function readJson(res: Response): Promise<Record<string, unknown>> {
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) {
    const error = (body.error ?? {}) as { code?: string; message?: string };
    const message = res.status === 401 ? 'sign in to print through the server' : (error.message ?? `the server answered ${res.status}`);
    throw new ServerJobError(error.code ?? 'INKLESS_WEB_API_UNEXPECTED', message, res.status);
  }
  return body;
}

/** Every POST carries the session's CSRF token (decision 006): fetched fresh, it is cheap. */
async function postJson(path: string, body: unknown): Promise<Record<string, unknown>> {
  const { token } = (await readJson(await fetch('/api/auth/csrf', { credentials: 'same-origin' }))) as { token: string };
  return readJson(await fetch(path, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token },
    body: JSON.stringify(body),
  }));
}

/** The printers the server prints to; empty when its administrator set none up. */
export async function listServerPrinters(): Promise<ServerPrinter[]> {
  return (await readJson(await fetch('/api/printers', { credentials: 'same-origin' }))).printers as ServerPrinter[];
}

/** Queues a job: the server preflights every row first and answers 400 with the first problem. */
export async function createServerPrintJob(request: ServerJobRequest): Promise<ServerPrintJob> {
  return (await postJson('/api/print-jobs', { ...request, rows: request.rows.length > 0 ? request.rows : undefined })).job as ServerPrintJob;
}

export async function readServerPrintJob(id: string): Promise<ServerPrintJob> {
  return (await readJson(await fetch(`/api/print-jobs/${encodeURIComponent(id)}`, { credentials: 'same-origin' }))).job as ServerPrintJob;
}

export async function cancelServerPrintJob(id: string): Promise<ServerPrintJob> {
  return (await postJson(`/api/print-jobs/${encodeURIComponent(id)}/cancel`, {})).job as ServerPrintJob;
}

/** Whether a job will change no more. */
export function isFinished(job: ServerPrintJob): boolean {
  return job.status === 'done' || job.status === 'failed' || job.status === 'canceled';
}
