import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { appendAuditEntries, appendAuditEntry } from '../audit/append-audit-entry';
import { describeGalleryItem, GALLERY_COLUMNS, GALLERY_FROM, notFound, type GalleryRow } from '../gallery/gallery-template';
import { addRoute, idParams } from '../http/route';
import { auditEntriesForReport } from './audit-report-access';
import { COUNTED_REPORT, describeQueuedReport, QUEUE_COLUMNS, QUEUE_FROM, type QueueRow } from './queued-report';

const queueQuery = z.strictObject({
  status: z.enum(['open', 'upheld', 'dismissed'], { error: 'status must be open, upheld or dismissed' }).default('open'),
  kind: z.enum(['rules', 'ip'], { error: 'kind must be rules or ip' }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/**
 * What staff read: the report queue, one report, one reported template. Each read and the audit
 * entries saying who read whose data commit in one transaction: no audit row, no data.
 */
export function registerQueueRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/moderation/reports', tag: 'moderation', access: 'staff',
    summary: 'The report queue: complaints that hid a template first, then oldest first (status open by default, kind rules|ip); every listed report is written to the audit log.',
    query: queueQuery,
    handler: async ({ query, user }) => {
      return ctx.db.transaction(async (tx) => {
        // A complaint that hid a template at once waits for nobody: it heads the queue.
        const rows = await tx.query<QueueRow>(
          `SELECT ${QUEUE_COLUMNS} FROM ${QUEUE_FROM} WHERE r.status = $1 AND ($2::text IS NULL OR r.kind = $2::text)
           ORDER BY (r.kind = 'ip' AND r.ground = 'personal-data') DESC, r.created_at, r.id LIMIT $3 OFFSET $4`,
          [query.status, query.kind ?? null, query.limit, query.offset],
        );
        const at = ctx.clock();
        await appendAuditEntries(tx, rows.flatMap((r) => auditEntriesForReport(user!.id, 'moderation.reports.list', r, at)));
        // Wire format: { reports: [queued report], limit, offset }
        return { reports: rows.map(describeQueuedReport), limit: query.limit, offset: query.offset };
      });
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/moderation/reports/:id', tag: 'moderation', access: 'staff',
    summary: 'One report with its template, reporter and the publisher\'s answer (audited).',
    params: idParams,
    handler: async ({ params, user }) => {
      return ctx.db.transaction(async (tx) => {
        const [row] = await tx.query<QueueRow>(`SELECT ${QUEUE_COLUMNS} FROM ${QUEUE_FROM} WHERE r.id = $1 AND ${COUNTED_REPORT}`, [params.id]);
        if (!row) throw notFound();
        await appendAuditEntries(tx, auditEntriesForReport(user!.id, 'moderation.report.view', row, ctx.clock()));
        return { report: describeQueuedReport(row) };
      });
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/moderation/templates/:id', tag: 'moderation', access: 'staff',
    summary: 'A reported template as it is, document included, whatever its visibility, with its reports (audited; only templates that were reported).',
    params: idParams,
    handler: async ({ params, user }) => {
      return ctx.db.transaction(async (tx) => {
        // Staff see a private template only when someone reported it: the queue is not a way
        // to browse users' private work.
        const [row] = await tx.query<GalleryRow & { document: unknown; created_at: Date; updated_at: Date }>(
          `SELECT ${GALLERY_COLUMNS}, t.document, t.created_at, t.updated_at FROM ${GALLERY_FROM}
           WHERE t.id = $1 AND EXISTS (SELECT 1 FROM reports r WHERE r.template_id = t.id AND ${COUNTED_REPORT})`,
          [params.id],
        );
        if (!row) throw notFound();
        const reports = await tx.query<{ id: string; kind: string; status: string; created_at: Date }>(
          `SELECT r.id, r.kind, r.status, r.created_at FROM reports r WHERE r.template_id = $1 AND ${COUNTED_REPORT} ORDER BY r.created_at, r.id`,
          [row.id],
        );
        await appendAuditEntry(tx, { staffId: user!.id, action: 'moderation.template.view', subjectUserId: row.owner_id, target: `template:${row.id}`, at: ctx.clock() });
        // Wire format: { template: { ...gallery item, ownerId, document, hidden, createdAt, updatedAt }, reports: [{ id, kind, status, createdAt }] }
        return {
          template: {
            ...describeGalleryItem(row),
            ownerId: row.owner_id,
            document: row.document,
            hidden: row.hidden_at ? { at: row.hidden_at, reason: row.hidden_reason } : null,
            createdAt: row.created_at,
            updatedAt: row.updated_at,
          },
          reports: reports.map((r) => ({ id: r.id, kind: r.kind, status: r.status, createdAt: r.created_at })),
        };
      });
    },
  });
}
