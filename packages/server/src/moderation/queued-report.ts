import { groundOf } from './complaint-grounds';

/** A report as staff see it, joined to its template and the names of those involved. */
export interface QueueRow {
  readonly id: string;
  readonly kind: 'rules' | 'ip';
  readonly ground: string | null;
  readonly reason: string;
  readonly claimant: string | null;
  readonly contact_email: string | null;
  readonly work: string | null;
  readonly status: 'unverified' | 'open' | 'upheld' | 'dismissed';
  readonly publisher_response: string | null;
  readonly responded_at: Date | null;
  readonly resolution: string | null;
  readonly resolved_at: Date | null;
  readonly resolved_by: string | null;
  readonly created_at: Date;
  readonly reporter_id: string | null;
  readonly reporter_name: string | null;
  readonly template_id: string;
  readonly template_name: string;
  readonly owner_id: string | null;
  readonly publisher: string | null;
  readonly visibility: string;
  readonly hidden_at: Date | null;
  readonly hidden_reason: string | null;
}

export const QUEUE_COLUMNS = `r.id, r.kind, r.ground, r.reason, r.claimant, r.contact_email, r.work, r.status, r.publisher_response, r.responded_at,
  r.resolution, r.resolved_at, r.resolved_by, r.created_at, r.reporter_id, ru.display_name AS reporter_name,
  t.id AS template_id, t.name AS template_name, t.owner_id, COALESCE(u.display_name, t.credit_name) AS publisher,
  t.visibility, t.hidden_at, t.hidden_reason`;
export const QUEUE_FROM = `reports r JOIN templates t ON t.id = r.template_id
  LEFT JOIN users u ON u.id = t.owner_id LEFT JOIN users ru ON ru.id = r.reporter_id`;
/** SQL: a report staff may see; a complaint whose sender never confirmed an address is not one yet. */
export const COUNTED_REPORT = "r.status <> 'unverified'";

/**
 * Wire format of a queued report: { id, kind, ground (complaints: copyright | trademark | personal-data; rules: null), status, reason, claimant, contactEmail, work,
 * reporter: null | { id, displayName }, publisherResponse, respondedAt, resolution, resolvedAt,
 * createdAt, template: { id, name, ownerId, publisher, visibility, hidden: null | { at, reason } } }.
 */
export function describeQueuedReport(r: QueueRow): Record<string, unknown> {
  return {
    id: r.id,
    kind: r.kind,
    ground: r.kind === 'ip' ? groundOf(r.ground) : null,
    status: r.status,
    reason: r.reason,
    claimant: r.claimant,
    contactEmail: r.contact_email,
    work: r.work,
    reporter: r.reporter_id ? { id: r.reporter_id, displayName: r.reporter_name } : null,
    publisherResponse: r.publisher_response,
    respondedAt: r.responded_at,
    resolution: r.resolution,
    resolvedAt: r.resolved_at,
    createdAt: r.created_at,
    template: {
      id: r.template_id,
      name: r.template_name,
      ownerId: r.owner_id,
      publisher: r.publisher,
      visibility: r.visibility,
      hidden: r.hidden_at ? { at: r.hidden_at, reason: r.hidden_reason } : null,
    },
  };
}
