import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { appendAuditEntries, appendAuditEntry } from '../audit/append-audit-entry';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { describeTicket, TICKET_COLUMNS, TICKET_FROM, type SupportTicketRow } from './support-tickets';

const listQuery = z.strictObject({ status: z.enum(['open', 'closed']).default('open') });

/** The support queue (staff only): tickets from security reports; every read and close is audited. */
export function registerSupportTicketRoutes(app: FastifyInstance, ctx: AppContext): void {
  const audit = (staffId: string, action: string, r: { id: string; user_id: string }) => ({ staffId, action, subjectUserId: r.user_id, target: `support-ticket:${r.id}`, at: ctx.clock() });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/support/tickets', tag: 'support', access: 'staff',
    summary: 'Support tickets, oldest first (?status=open|closed, open by default), with the account each is about; every one listed is written to the audit log.',
    query: listQuery,
    handler: async ({ query, user }) => ctx.db.transaction(async (tx) => {
      const rows = await tx.query<SupportTicketRow>(`SELECT ${TICKET_COLUMNS} FROM ${TICKET_FROM} WHERE t.status = $1 ORDER BY t.created_at, t.id LIMIT 200`, [query.status]);
      await appendAuditEntries(tx, rows.map((r) => audit(user!.id, 'support.tickets.list', r)));
      return { tickets: rows.map(describeTicket) };
    }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/support/tickets/:id/close', tag: 'support', access: 'staff',
    summary: 'Close a support ticket (audited).',
    params: idParams,
    handler: async ({ params, user }) => ctx.db.transaction(async (tx) => {
      const [row] = await tx.query<SupportTicketRow>(
        `UPDATE support_tickets t SET status = 'closed', closed_at = COALESCE(t.closed_at, $2) FROM users u WHERE u.id = t.user_id AND t.id = $1 RETURNING ${TICKET_COLUMNS}`,
        [params.id, ctx.clock()],
      );
      if (!row) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such ticket');
      await appendAuditEntry(tx, audit(user!.id, 'support.ticket.close', row));
      return { ticket: describeTicket(row) };
    }),
  });
}
