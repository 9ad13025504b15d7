import { api } from '../../api/api-client';

/**
 * A job of GET /api/print-jobs (packages/server print-job-store.ts describePrintJob), the fields
 * the history shows: { id, status, printerId, printer (its name), templateId, totalLabels, sentLabels, error, reprintOf, createdAt, ... }.
 */
export interface PrintJobEntry {
  readonly id: string;
  readonly status: 'queued' | 'sending' | 'done' | 'failed' | 'canceled';
  /** The server printer's id; null on jobs from before the server's printers were set up. */
  readonly printerId: string | null;
  /** The printer's name while it is set up, else its id. */
  readonly printer: string | null;
  readonly templateId: string | null;
  readonly totalLabels: number;
  readonly sentLabels: number;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly reprintOf: string | null;
  readonly createdAt: string;
}

/** Whether the server can still stop a job (cancel is refused with 409 afterwards). */
export function canCancel(job: PrintJobEntry): boolean {
  return job.status === 'queued' || job.status === 'sending';
}

/** The server calls of the print history, one line each. */
export const printJobCalls = {
  list: () => api.request<{ jobs: PrintJobEntry[] }>('GET', '/api/print-jobs?limit=50').then((r) => r.jobs),
  reprint: (id: string) => api.request<{ job: PrintJobEntry }>('POST', `/api/print-jobs/${encodeURIComponent(id)}/reprint`, {}).then((r) => r.job),
  cancel: (id: string) => api.request<{ job: PrintJobEntry }>('POST', `/api/print-jobs/${encodeURIComponent(id)}/cancel`).then((r) => r.job),
  /** Template names by id, so a job shows what it printed (jobs carry only the id). */
  templateNames: () =>
    api.request<{ templates: { id: string; name: string }[] }>('GET', '/api/templates?limit=100').then((r) => new Map(r.templates.map((x) => [x.id, x.name]))),
};
