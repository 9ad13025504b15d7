import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { appendAuditEntries } from '../audit/append-audit-entry';
import { countHit } from '../auth/rate-limit';
import { requirePublicTemplate, notFound } from '../gallery/gallery-template';
import { textField } from '../gallery/text-field';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { complaintStep } from './complaint-intake';

const text = (field: string, max: number) => textField(field, { min: 1, max });

/**
 * Reporting gallery templates: rules reports (signed in) go to the staff queue; publishers answer
 * the complaints against their templates (filing complaints: complaint-routes.ts).
 */
export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/gallery/:id/report', tag: 'moderation', access: 'user',
    summary: 'Report a template that breaks the content rules; staff review it. Reporting again while yours is open returns it.',
    params: idParams,
    body: z.strictObject({ reason: text('reason', 2000) }),
    handler: async ({ params, body, user, reply }) => {
      await countHit(ctx.db, ctx.limits.reportPerAccount, user!.id, ctx.clock);
      const report = await ctx.db.transaction(async (tx) => {
        const template = await requirePublicTemplate(tx, params.id, { lock: true });
        const open = await tx.query<{ id: string; created_at: Date }>(
          "SELECT id, created_at FROM reports WHERE template_id = $1 AND reporter_id = $2 AND kind = 'rules' AND status = 'open'",
          [template.id, user!.id],
        );
        if (open[0]) return { ...open[0], created: false };
        const [row] = await tx.query<{ id: string; created_at: Date }>(
          "INSERT INTO reports (template_id, reporter_id, kind, reason, created_at) VALUES ($1, $2, 'rules', $3, $4) RETURNING id, created_at",
          [template.id, user!.id, body.reason, ctx.clock()],
        );
        return { ...row!, created: true };
      });
      if (report.created) reply.code(201);
      // Wire format: { report: { id, kind: 'rules', status: 'open', createdAt } }
      return { report: { id: report.id, kind: 'rules', status: 'open', createdAt: report.created_at } };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/templates/:id/ip-response', tag: 'moderation', access: 'user',
    summary: 'Answer the open complaints against your template; staff read it beside them (sending again replaces it).',
    params: idParams,
    body: z.strictObject({ response: text('response', 5000) }),
    handler: async ({ params, body, user }) => {
      return ctx.db.transaction(async (tx) => {
        const owned = await tx.query('SELECT 1 FROM templates WHERE id = $1 AND owner_id = $2', [params.id, user!.id]);
        if (owned.length === 0) throw notFound();
        const now = ctx.clock();
        const answered = await tx.query<{ id: string }>(
          "UPDATE reports SET publisher_response = $2, responded_at = $3 WHERE template_id = $1 AND kind = 'ip' AND status = 'open' RETURNING id",
          [params.id, body.response, now],
        );
        if (answered.length === 0) throw new ApiError('INKLESS_MODERATION_NO_OPEN_COMPLAINT', 'there is no open complaint against this template to answer');
        await appendAuditEntries(tx, answered.map((r) => complaintStep('complaint.publisher-answer', r.id, user!.id, now)));
        // Wire format: { answered: [complaint ids] }
        return { answered: answered.map((r) => r.id) };
      });
    },
  });
}
