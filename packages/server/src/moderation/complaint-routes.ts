import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { emailField } from '../auth/auth-routes';
import { countHit } from '../auth/rate-limit';
import { createRandomToken, hashToken } from '../auth/secrets';
import { normaliseEmail } from '../auth/users';
import { requirePublicTemplate } from '../gallery/gallery-template';
import { textField } from '../gallery/text-field';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { escapeHtml, sendHtmlPage } from '../privacy/html-page';
import { complaintGroundNames, groundOf } from './complaint-grounds';
import { COMPLAINT_CONFIRM_WITHIN_MS, complaintStep, countComplaint, notifyPublisher, type CountedComplaint } from './complaint-intake';
import { deliverMail } from './deliver-mail';
import { moderationMail } from './moderation-mail';

const text = (field: string, max: number) => textField(field, { min: 1, max });
const complaintBody = z.strictObject({
  ground: z.enum(complaintGroundNames, { error: `ground must be ${complaintGroundNames.join(', ')}` }).default('copyright'),
  claimant: text('claimant', 200),
  /** Optional only when signed in with a confirmed address: then that address is the contact. */
  contactEmail: emailField.optional(),
  work: text('work', 2000),
  reason: text('reason', 5000),
});
/** The confirmation form posts nothing but the token in its URL; a small body is all it may carry. */
const CONFIRM_BODY_LIMIT_BYTES = 4096;
const tokenQuery = z.strictObject({ token: z.string().min(1, { error: 'token is missing: use the whole link from the email' }).max(200) });

/**
 * Complaints about gallery templates (the policy's complaint flow), built so nobody can take a
 * template down by typing a form: a complaint counts only once its sender has confirmed an email
 * address (a mailed link, or a signed-in account whose address is confirmed), it is limited per
 * client address and per complainant, and it waits for staff unless its ground hides at once.
 * Each step is in the audit log. Decision 009.
 */
export async function registerComplaintRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  addRoute(app, ctx, {
    method: 'POST', url: '/api/gallery/:id/ip-complaint', tag: 'moderation', access: 'public',
    summary: 'Complain about a template (ground copyright, trademark or personal-data). It counts once your email is confirmed (a mailed link, or signed in with a confirmed address); copyright and trademark complaints wait for staff, personal-data ones hide the template at once. The publisher is told and may answer.',
    params: idParams,
    body: complaintBody,
    handler: async ({ params, body, user, request, reply }) => {
      // Counted before anything is looked up: probing ids costs the same as complaining.
      await countHit(ctx.db, ctx.limits.ipComplaintPerIp, request.ip, ctx.clock);
      const given = body.contactEmail === undefined ? undefined : normaliseEmail(body.contactEmail);
      const accountConfirms = user !== undefined && user.emailVerified && (given === undefined || given === normaliseEmail(user.email));
      const contactEmail = given ?? (user ? normaliseEmail(user.email) : undefined);
      if (contactEmail === undefined) throw new ApiError('INKLESS_API_BAD_REQUEST', 'contactEmail: give an email address to confirm the complaint from (or sign in with a confirmed address)', { path: 'contactEmail' });
      await countHit(ctx.db, ctx.limits.ipComplaintPerComplainant, contactEmail, ctx.clock);
      const token = accountConfirms ? undefined : createRandomToken();
      const now = ctx.clock();
      const confirmBy = new Date(now.getTime() + COMPLAINT_CONFIRM_WITHIN_MS);
      const filed = await ctx.db.transaction(async (tx) => {
        const template = await requirePublicTemplate(tx, params.id, { lock: true });
        const [row] = await tx.query<{ id: string; created_at: Date }>(
          `INSERT INTO reports (template_id, reporter_id, kind, ground, reason, claimant, contact_email, work, status, confirm_token_hash, confirm_by, confirmed_at, created_at)
           VALUES ($1, $2, 'ip', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id, created_at`,
          [template.id, user?.id ?? null, body.ground, body.reason, body.claimant, contactEmail, body.work,
            token ? 'unverified' : 'open', token ? hashToken(token) : null, token ? confirmBy : null, token ? null : now, now],
        );
        await appendAuditEntry(tx, complaintStep('complaint.file', row!.id, template.owner_id, now));
        const counted = token ? undefined : await countComplaint(tx, { reportId: row!.id, templateId: template.id, ownerId: template.owner_id, ground: body.ground }, now);
        const summary = { templateId: template.id, templateName: template.name, ground: body.ground, claimant: body.claimant, work: body.work, reason: body.reason };
        return { id: row!.id, createdAt: row!.created_at, counted: counted ? { reportId: row!.id, ownerId: template.owner_id, summary, hidden: counted.hidden } : undefined };
      });
      if (token) {
        await deliverMail(request, () => moderationMail.confirmComplaint(ctx, contactEmail, params.id, token, confirmBy));
        reply.code(202);
        // Wire format: { complaint: { id, status: 'unverified', ground, confirmBy }, message }
        return {
          complaint: { id: filed.id, status: 'unverified', ground: body.ground, confirmBy },
          message: `we sent a link to ${contactEmail}; the complaint counts once you open it (within 48 hours), and nothing happens to the template before that`,
        };
      }
      await notifyPublisher(ctx, request, filed.counted!);
      reply.code(201);
      return { complaint: { id: filed.id, status: 'open', ground: body.ground, createdAt: filed.createdAt }, message: countedMessage(filed.counted!) };
    },
  });

  // The form on the confirmation page posts form-encoded: parsed for this route only.
  await app.register(async (scope) => {
    scope.addContentTypeParser(['application/x-www-form-urlencoded'], { parseAs: 'string', bodyLimit: CONFIRM_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));
    addRoute(scope, ctx, {
      method: 'POST', url: '/api/complaints/confirm', tag: 'moderation', access: 'public', csrfExempt: true, bodyLimitBytes: CONFIRM_BODY_LIMIT_BYTES,
      summary: 'Confirm a complaint with the token of the mailed link: from now on it counts (no sign-in; the token is what authorises it, and it works once).',
      query: tokenQuery,
      handler: async ({ query, request, reply }) => {
        const counted = await confirmComplaint(ctx, query.token);
        await notifyPublisher(ctx, request, counted);
        if (prefersHtml(request)) return sendHtmlPage(reply, 'Complaint confirmed', `<h1>Complaint confirmed</h1><p>${escapeHtml(countedMessage(counted))}.</p>`);
        // Wire format: { complaint: { id, status: 'open', ground, hidden }, message }
        return { complaint: { id: counted.reportId, status: 'open', ground: counted.summary.ground, hidden: counted.hidden }, message: countedMessage(counted) };
      },
    });
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/complaints/confirm', tag: 'moderation', access: 'public',
    summary: 'The page behind the confirmation link: one button that confirms (opening the link changes nothing, since mail scanners follow links).',
    query: tokenQuery,
    handler: async ({ query, reply }) => sendHtmlPage(reply, 'Confirm your complaint', `<h1>Confirm your complaint?</h1><p>Once confirmed, staff look at it and the publisher is told what it says, so they can answer.</p>
<form method="post" action="/api/complaints/confirm?token=${escapeHtml(encodeURIComponent(query.token))}"><button type="submit">Confirm the complaint</button></form>`),
  });
}

/** Uses a confirmation token once: the complaint counts from now on (audited with what follows). */
async function confirmComplaint(ctx: AppContext, token: string): Promise<CountedComplaint> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock();
    const [row] = await tx.query<{ id: string; template_id: string; ground: string | null; claimant: string; work: string; reason: string }>(
      `UPDATE reports SET status = 'open', confirmed_at = $2, confirm_token_hash = NULL, confirm_by = NULL
       WHERE confirm_token_hash = $1 AND status = 'unverified' AND confirm_by > $2
       RETURNING id, template_id, ground, claimant, work, reason`,
      [hashToken(token), now],
    );
    if (!row) throw new ApiError('INKLESS_MODERATION_COMPLAINT_LINK_INVALID', 'this confirmation link is wrong, used already, or older than 48 hours; file the complaint again to get a new one', { path: 'token' });
    // One decision per template at a time (as when staff resolve a report).
    const [template] = await tx.query<{ owner_id: string | null; name: string }>('SELECT owner_id, name FROM templates WHERE id = $1 FOR UPDATE', [row.template_id]);
    const ground = groundOf(row.ground);
    const { hidden } = await countComplaint(tx, { reportId: row.id, templateId: row.template_id, ownerId: template!.owner_id, ground }, now);
    return { reportId: row.id, ownerId: template!.owner_id, hidden, summary: { templateId: row.template_id, templateName: template!.name, ground, claimant: row.claimant, work: row.work, reason: row.reason } };
  });
}

function countedMessage(c: CountedComplaint): string {
  return c.hidden
    ? 'the template is hidden while staff look at your complaint, first in their queue; its publisher was told and may answer'
    : 'staff will look at your complaint; the template stays in the gallery until they decide; its publisher was told and may answer';
}

function prefersHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}
