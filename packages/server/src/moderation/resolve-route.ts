import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { appendAuditEntries } from '../audit/append-audit-entry';
import { notFound } from '../gallery/gallery-template';
import { textField } from '../gallery/text-field';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { auditEntriesForReport } from './audit-report-access';
import { deliverMail } from './deliver-mail';
import { moderationMail } from './moderation-mail';
import { COUNTED_REPORT, QUEUE_COLUMNS, QUEUE_FROM, type QueueRow } from './queued-report';
import { hiddenReasons, hideTemplate, restoreTemplateIfClear } from './template-hiding';

const resolveBody = z.strictObject({
  decision: z.enum(['upheld', 'dismissed'], { error: 'decision must be upheld or dismissed' }),
  note: textField('note', { max: 2000 }).default(''),
});

/**
 * `POST /api/moderation/reports/:id/resolve`: upholding a report or a complaint takes the template
 * down (or keeps it down); dismissing a complaint shows it again unless something else still
 * keeps it down (template-hiding.ts). Publisher and claimant are told.
 */
export function registerResolveRoute(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/moderation/reports/:id/resolve', tag: 'moderation', access: 'staff',
    summary: 'Decide an open report: upheld (the template is hidden) or dismissed (a template a complaint hid is shown again unless something else keeps it down); audited.',
    params: idParams,
    body: resolveBody,
    handler: async ({ params, body, user, request }) => {
      const outcome = await ctx.db.transaction(async (tx) => {
        const [report] = await tx.query<QueueRow & { owner_email: string | null }>(
          `SELECT ${QUEUE_COLUMNS}, u.email AS owner_email FROM ${QUEUE_FROM} WHERE r.id = $1 AND ${COUNTED_REPORT} FOR UPDATE OF r`,
          [params.id],
        );
        if (!report) throw notFound();
        if (report.status !== 'open') throw new ApiError('INKLESS_API_CONFLICT', `this report was ${report.status} already (${new Date(report.resolved_at!).toISOString()}); reload the queue`);
        // One decision per template at a time: two complaints dismissed at once must each see the other's outcome.
        await tx.query('SELECT 1 FROM templates WHERE id = $1 FOR UPDATE', [report.template_id]);
        const now = ctx.clock();
        await tx.query('UPDATE reports SET status = $2, resolved_by = $3, resolution = $4, resolved_at = $5 WHERE id = $1', [report.id, body.decision, user!.id, body.note, now]);
        let visible: boolean;
        if (body.decision === 'upheld') {
          await hideTemplate(tx, report.template_id, report.kind === 'ip' ? hiddenReasons.ipUpheld : hiddenReasons.rulesUpheld, now);
          visible = false;
        } else if (report.kind === 'ip') {
          visible = await restoreTemplateIfClear(tx, report.template_id, now);
        } else {
          visible = report.hidden_at === null;
        }
        await appendAuditEntries(tx, auditEntriesForReport(user!.id, 'moderation.report.resolve', report, now));
        return { report, visible, resolvedAt: now };
      });
      const { report, visible } = outcome;
      // The publisher hears of decisions that change what happens to the template; a dismissed
      // rules report they never knew about changes nothing for them.
      if (report.owner_email && (report.kind === 'ip' || body.decision === 'upheld')) {
        const to = report.owner_email;
        const told = { templateId: report.template_id, templateName: report.template_name, wasHidden: report.hidden_at !== null, visible, note: body.note };
        await deliverMail(request, () => moderationMail.outcomeToPublisher(ctx, to, told));
      }
      if (report.kind === 'ip' && report.contact_email) {
        const to = report.contact_email;
        await deliverMail(request, () => moderationMail.outcomeToClaimant(ctx, to, report.template_id, body.decision === 'upheld', body.note));
      }
      // Wire format: { report: { id, status, resolvedAt }, template: { id, visible } }
      return { report: { id: report.id, status: body.decision, resolvedAt: outcome.resolvedAt }, template: { id: report.template_id, visible } };
    },
  });
}
