import type { AppContext } from '../app-context';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { disclose } from './disclose';
import type { DataCategory } from './inventory-types';
import { collectPersonalData, type PersonalData } from './personal-data';
import { privacyMail } from './privacy-mail';

/** A legal request as staff see it. */
export interface LegalRequestRow {
  readonly id: string;
  readonly subject_user_id: string;
  readonly authority: string;
  readonly reference: string;
  readonly scope: DataCategory[];
  readonly received_at: Date;
  readonly deadline: Date;
  readonly created_by: string;
  readonly created_at: Date;
  readonly status: 'pending' | 'approved' | 'rejected' | 'disclosed';
  readonly deferral_reason: string | null;
  readonly notify_after: Date | null;
  readonly rejection_reason: string | null;
  readonly disclosed_at: Date | null;
  readonly notified_at: Date | null;
  readonly approvers: string[];
}

export const LEGAL_REQUEST_COLUMNS = `l.id, l.subject_user_id, l.authority, l.reference, l.scope, l.received_at, l.deadline, l.created_by, l.created_at, l.status,
  l.deferral_reason, l.notify_after, l.rejection_reason, l.disclosed_at, l.notified_at,
  ARRAY(SELECT a.staff_id::text FROM legal_request_approvals a WHERE a.request_id = l.id ORDER BY a.at) AS approvers`;

/** Wire format: { id, subjectUserId, authority, reference, scope, receivedAt, deadline, createdBy, createdAt, status, deferral: null | { reason, notifyAfter }, rejectionReason, disclosedAt, notifiedAt, approvedBy: [staff ids] } */
export function describeLegalRequest(r: LegalRequestRow): Record<string, unknown> {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: r.id, subjectUserId: r.subject_user_id, authority: r.authority, reference: r.reference, scope: r.scope,
    receivedAt: iso(r.received_at), deadline: iso(r.deadline), createdBy: r.created_by, createdAt: iso(r.created_at), status: r.status,
    deferral: r.deferral_reason ? { reason: r.deferral_reason, notifyAfter: iso(r.notify_after) } : null,
    rejectionReason: r.rejection_reason, disclosedAt: iso(r.disclosed_at), notifiedAt: iso(r.notified_at), approvedBy: r.approvers,
  };
}

export async function findLegalRequest(db: Queryable, id: string, options: { lock?: boolean } = {}): Promise<LegalRequestRow> {
  const [row] = await db.query<LegalRequestRow>(`SELECT ${LEGAL_REQUEST_COLUMNS} FROM legal_requests l WHERE l.id = $1${options.lock ? ' FOR UPDATE' : ''}`, [id]);
  if (!row) throw new ApiError('INKLESS_API_NOT_FOUND', 'no such legal request');
  return row;
}

/**
 * Hands over the data in an approved request's scope, through disclose() (which refuses unless
 * two different staff approved it), marks it disclosed, and tells the user at once unless a
 * recorded deferral still applies (sendDueLegalNotices tells them when it ends). Answers the package.
 */
export async function discloseLegalRequest(ctx: AppContext, id: string): Promise<{ package: PersonalData['sections']; notified: boolean }> {
  const request = await findLegalRequest(ctx.db, id);
  const sections = await disclose(ctx, {
    subject: { userId: request.subject_user_id },
    recipient: request.authority,
    categories: request.scope,
    basis: 'legal-request',
    reference: `legal-request:${request.id}`,
    send: async () => (await collectPersonalData(ctx.db, request.subject_user_id, ctx.clock(), { categories: request.scope })).sections,
  });
  const now = ctx.clock();
  await ctx.db.query("UPDATE legal_requests SET status = 'disclosed', disclosed_at = $2 WHERE id = $1", [id, now]);
  const deferred = request.notify_after !== null && new Date(request.notify_after).getTime() > now.getTime();
  const notified = deferred ? false : await notifySubject(ctx, id);
  return { package: sections, notified };
}

/** Tells users about disclosures whose deferral has ended (run by the privacy jobs timer). Answers how many were told. */
export async function sendDueLegalNotices(ctx: Pick<AppContext, 'db' | 'mailer' | 'clock' | 'publicUrl'>): Promise<number> {
  const due = await ctx.db.query<{ id: string }>(
    "SELECT id FROM legal_requests WHERE status = 'disclosed' AND notified_at IS NULL AND (notify_after IS NULL OR notify_after <= $1) ORDER BY disclosed_at LIMIT 100",
    [ctx.clock()],
  );
  let told = 0;
  for (const { id } of due) if (await notifySubject(ctx, id)) told++;
  return told;
}

/** Claims the notice (so two servers send it once), mails it, and gives the claim back if the mail fails. */
async function notifySubject(ctx: Pick<AppContext, 'db' | 'mailer' | 'clock' | 'publicUrl'>, id: string): Promise<boolean> {
  const [claimed] = await ctx.db.query<{ email: string; authority: string; reference: string; scope: string[]; disclosed_at: Date }>(
    `UPDATE legal_requests l SET notified_at = $2 FROM users u
     WHERE l.id = $1 AND u.id = l.subject_user_id AND l.notified_at IS NULL AND l.status = 'disclosed'
     RETURNING u.email, l.authority, l.reference, l.scope, l.disclosed_at`,
    [id, ctx.clock()],
  );
  if (!claimed) return false;
  try {
    await privacyMail.legalDisclosure(ctx, claimed.email, { authority: claimed.authority, reference: claimed.reference, scope: claimed.scope, disclosedAt: new Date(claimed.disclosed_at) });
    return true;
  } catch (error) {
    await ctx.db.query('UPDATE legal_requests SET notified_at = NULL WHERE id = $1', [id]);
    throw error;
  }
}
