import type { Queryable } from '../db/database';

/** A ticket as staff see it: the account it is about and what the reporter wrote. */
export interface SupportTicketRow {
  readonly id: string;
  readonly user_id: string;
  readonly email: string;
  readonly display_name: string;
  readonly kind: 'security-report';
  readonly source: 'signed-in' | 'signed-out';
  readonly message: string;
  readonly status: 'open' | 'closed';
  readonly created_at: Date;
  readonly closed_at: Date | null;
}

export const TICKET_COLUMNS = 't.id, t.user_id, u.email, u.display_name, t.kind, t.source, t.message, t.status, t.created_at, t.closed_at';
export const TICKET_FROM = 'support_tickets t JOIN users u ON u.id = t.user_id';

/** Opens a ticket for staff after an account was secured on a report. */
export async function openSecurityTicket(db: Queryable, ticket: { userId: string; source: SupportTicketRow['source']; message: string; at: Date }): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    "INSERT INTO support_tickets (user_id, kind, source, message, created_at) VALUES ($1, 'security-report', $2, $3, $4) RETURNING id",
    [ticket.userId, ticket.source, ticket.message, ticket.at],
  );
  return row!.id;
}

/** Wire format: { id, kind, source, message, status, createdAt, closedAt, account: { id, email, displayName } } */
export function describeTicket(r: SupportTicketRow): Record<string, unknown> {
  return {
    id: r.id, kind: r.kind, source: r.source, message: r.message, status: r.status,
    createdAt: new Date(r.created_at).toISOString(), closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    account: { id: r.user_id, email: r.email, displayName: r.display_name },
  };
}
