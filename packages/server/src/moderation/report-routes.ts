import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { emailField } from '../auth/auth-routes';
import { countHit } from '../auth/rate-limit';
import { normaliseEmail } from '../auth/users';
import { requirePublicTemplate, notFound } from '../gallery/gallery-template';
import { textField } from '../gallery/text-field';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { deliverMail } from './deliver-mail';
import { disclose } from '../privacy/disclose';
import { moderationMail } from './moderation-mail';
import { hiddenReasons, hideTemplate } from './template-hiding';

const text = (field: string, max: number) => textField(field, { min: 1, max });

/**
 * Reporting gallery templates: rules reports (signed in) go to the staff queue; an
 * intellectual-property complaint (anyone) takes the template down at once and tells its
 * publisher, who may answer before staff decide.
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
    method: 'POST', url: '/api/gallery/:id/ip-complaint', tag: 'moderation', access: 'public',
    summary: 'Intellectual-property complaint (no account needed): the template is hidden at once and its publisher is mailed and may answer.',
    params: idParams,
    body: z.strictObject({ claimant: text('claimant', 200), contactEmail: emailField, work: text('work', 2000), reason: text('reason', 5000) }),
    handler: async ({ params, body, user, request, reply }) => {
      // Counted before anything is looked up: probing ids costs the same as complaining.
      await countHit(ctx.db, ctx.limits.ipComplaintPerIp, request.ip, ctx.clock);
      const filed = await ctx.db.transaction(async (tx) => {
        const template = await requirePublicTemplate(tx, params.id, { lock: true });
        const now = ctx.clock();
        const [row] = await tx.query<{ id: string; created_at: Date }>(
          `INSERT INTO reports (template_id, reporter_id, kind, reason, claimant, contact_email, work, created_at)
           VALUES ($1, $2, 'ip', $3, $4, $5, $6, $7) RETURNING id, created_at`,
          [template.id, user?.id ?? null, body.reason, body.claimant, normaliseEmail(body.contactEmail), body.work, now],
        );
        await hideTemplate(tx, template.id, hiddenReasons.ipComplaint, now);
        const owner = template.owner_id ? await tx.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [template.owner_id]) : [];
        return { id: row!.id, createdAt: row!.created_at, template, ownerEmail: owner[0]?.email };
      });
      const { template, ownerEmail } = filed;
      if (ownerEmail) {
        // The claimant's name, work and reason go to the publisher: a disclosure on the ip-complaint ground, registered first.
        await deliverMail(request, () => disclose(ctx, {
          subject: { record: `report:${filed.id}` }, recipient: ownerEmail, categories: ['reports'], basis: 'ip-complaint', reference: `report:${filed.id}`,
          send: () => moderationMail.takenDown(ctx, ownerEmail, { templateId: template.id, templateName: template.name, claimant: body.claimant, work: body.work, reason: body.reason }),
        }));
      }
      reply.code(201);
      // Wire format: { complaint: { id, status: 'open', createdAt }, message }
      return { complaint: { id: filed.id, status: 'open', createdAt: filed.createdAt }, message: 'the template is hidden while staff look at your complaint; its publisher was told and may answer' };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/templates/:id/ip-response', tag: 'moderation', access: 'user',
    summary: 'Answer the open intellectual-property complaints against your template; staff read it beside them (sending again replaces it).',
    params: idParams,
    body: z.strictObject({ response: text('response', 5000) }),
    handler: async ({ params, body, user }) => {
      return ctx.db.transaction(async (tx) => {
        const owned = await tx.query('SELECT 1 FROM templates WHERE id = $1 AND owner_id = $2', [params.id, user!.id]);
        if (owned.length === 0) throw notFound();
        const answered = await tx.query<{ id: string }>(
          "UPDATE reports SET publisher_response = $2, responded_at = $3 WHERE template_id = $1 AND kind = 'ip' AND status = 'open' RETURNING id",
          [params.id, body.response, ctx.clock()],
        );
        if (answered.length === 0) throw new ApiError('INKLESS_MODERATION_NO_OPEN_COMPLAINT', 'there is no open intellectual-property complaint against this template to answer');
        // Wire format: { answered: [complaint ids] }
        return { answered: answered.map((r) => r.id) };
      });
    },
  });
}
