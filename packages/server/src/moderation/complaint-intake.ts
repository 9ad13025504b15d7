import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context';
import { appendAuditEntries, appendAuditEntry, type AuditEntry } from '../audit/append-audit-entry';
import type { Queryable } from '../db/database';
import { disclose } from '../privacy/disclose';
import { complaintGrounds, type ComplaintGround } from './complaint-grounds';
import { deliverMail } from './deliver-mail';
import { moderationMail, type ComplaintSummary } from './moderation-mail';
import { hiddenReasons, hideTemplate } from './template-hiding';

/** How long the link that confirms a complaint works; an unconfirmed complaint is deleted after it. */
export const COMPLAINT_CONFIRM_WITHIN_MS = 48 * 3_600_000;

/** A complaint that has just started to count: what the publisher is told and what happened. */
export interface CountedComplaint {
  readonly reportId: string;
  readonly ownerId: string | null;
  readonly summary: ComplaintSummary;
  /** Whether the template left the gallery because of it (a ground that hides at once). */
  readonly hidden: boolean;
}

/** The audit entry of one step of a complaint (no staff member took it: staffId is null). */
export function complaintStep(action: string, reportId: string, ownerId: string | null, at: Date): AuditEntry {
  return { staffId: null, action, subjectUserId: ownerId, target: `report:${reportId}`, at };
}

/**
 * The moment a complaint counts (its address confirmed by link or by a signed-in account): it
 * enters the staff queue, and on a ground that hides at once the template leaves the gallery.
 * Both steps go to the audit log in the caller's transaction, so they happen together or not.
 */
export async function countComplaint(tx: Queryable, complaint: { reportId: string; templateId: string; ownerId: string | null; ground: ComplaintGround }, at: Date): Promise<{ hidden: boolean }> {
  const hidden = complaintGrounds[complaint.ground].hidesAtOnce;
  const steps = [complaintStep('complaint.confirm', complaint.reportId, complaint.ownerId, at)];
  if (hidden) {
    await hideTemplate(tx, complaint.templateId, hiddenReasons.complaintHidesAtOnce, at);
    steps.push(complaintStep('complaint.hide-template', complaint.reportId, complaint.ownerId, at));
  }
  await appendAuditEntries(tx, steps);
  return { hidden };
}

/**
 * Tells the publisher about a complaint that counts, with what they need to answer it: a
 * disclosure of the complainant's words on the complaint ground, registered before the mail
 * leaves. Delivery failures are logged, not thrown (the complaint stands); a delivered notice is
 * audited.
 */
export async function notifyPublisher(ctx: AppContext, request: FastifyRequest, complaint: CountedComplaint): Promise<void> {
  if (!complaint.ownerId) return;
  const [owner] = await ctx.db.query<{ email: string }>('SELECT email FROM users WHERE id = $1', [complaint.ownerId]);
  if (!owner) return;
  const to = owner.email;
  const reference = `report:${complaint.reportId}`;
  const sent = await deliverMail(request, () => disclose(ctx, {
    subject: { record: reference }, recipient: to, categories: ['reports'], basis: 'ip-complaint', reference,
    send: () => (complaint.hidden ? moderationMail.takenDown : moderationMail.complaintFiled)(ctx, to, complaint.summary),
  }));
  if (sent) await appendAuditEntry(ctx.db, complaintStep('complaint.notify-publisher', complaint.reportId, complaint.ownerId, ctx.clock()));
}

/** Deletes complaints whose confirmation link expired unused: they never counted, and their words and address go. */
export async function deleteUnconfirmedComplaints(db: Queryable, now: Date): Promise<number> {
  return (await db.query("DELETE FROM reports WHERE status = 'unverified' AND confirm_by <= $1 RETURNING 1", [now])).length;
}
