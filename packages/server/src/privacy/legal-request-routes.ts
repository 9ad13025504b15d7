import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { appendAuditEntries, appendAuditEntry } from '../audit/append-audit-entry';
import { textField } from '../gallery/text-field';
import { ApiError } from '../http/api-error';
import { addRoute, idParams } from '../http/route';
import { dataCategories } from './inventory-types';
import { describeLegalRequest, discloseLegalRequest, findLegalRequest, LEGAL_REQUEST_COLUMNS, type LegalRequestRow } from './legal-requests';

const when = (field: string) => z.iso.datetime({ offset: true, error: `${field}: a date and time like 2026-07-01T12:00:00Z` }).transform((s) => new Date(s));

const createBody = z.strictObject({
  subjectUserId: z.string().uuid({ error: 'subjectUserId: the id of the account asked about' }),
  authority: textField('authority', { min: 1, max: 200 }),
  reference: textField('reference', { min: 1, max: 200 }),
  scope: z.array(z.enum(dataCategories, { error: `scope: each one of ${dataCategories.join(', ')}` })).min(1).max(dataCategories.length),
  receivedAt: when('receivedAt'),
  deadline: when('deadline'),
  /** When the authority's order forbids telling the user for now: why, and until when. */
  deferral: z.strictObject({ reason: textField('reason', { min: 1, max: 2000 }), notifyAfter: when('notifyAfter') }).optional(),
});
const listQuery = z.strictObject({ status: z.enum(['pending', 'approved', 'rejected', 'disclosed']).optional() });
const rejectBody = z.strictObject({ reason: textField('reason', { min: 1, max: 2000 }) });

/**
 * Legal requests (staff only): record one, two different staff members approve it, then the data
 * in its scope is handed over through disclose() and the user is told (now, or when a recorded
 * deferral ends). Every read and action is in the audit log, in the transaction that does it.
 */
export function registerLegalRequestRoutes(app: FastifyInstance, ctx: AppContext): void {
  const audit = (staffId: string, action: string, r: { id: string; subject_user_id: string }) =>
    ({ staffId, action, subjectUserId: r.subject_user_id, target: `legal-request:${r.id}`, at: ctx.clock() });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/legal-requests', tag: 'privacy', access: 'staff',
    summary: 'Record a legal request: the account, the authority and its reference, the scope (data categories), when it arrived, its deadline, and an optional deferral of the notice to the user.',
    body: createBody,
    handler: async ({ body, user, reply }) => {
      const row = await ctx.db.transaction(async (tx) => {
        const subject = await tx.query('SELECT 1 FROM users WHERE id = $1', [body.subjectUserId]);
        if (subject.length === 0) throw new ApiError('INKLESS_API_NOT_FOUND', 'no account has this id', { path: 'subjectUserId' });
        const [created] = await tx.query<{ id: string }>(
          `INSERT INTO legal_requests (subject_user_id, authority, reference, scope, received_at, deadline, created_by, created_at, deferral_reason, notify_after)
           VALUES ($1, $2, $3, $4::text[], $5, $6, $7, $8, $9, $10) RETURNING id`,
          [body.subjectUserId, body.authority, body.reference, [...new Set(body.scope)], body.receivedAt, body.deadline, user!.id, ctx.clock(), body.deferral?.reason ?? null, body.deferral?.notifyAfter ?? null],
        );
        const found = await findLegalRequest(tx, created!.id);
        await appendAuditEntry(tx, audit(user!.id, 'legal-request.create', found));
        return found;
      });
      reply.code(201);
      return { legalRequest: describeLegalRequest(row) };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/legal-requests', tag: 'privacy', access: 'staff',
    summary: 'Legal requests, newest first (?status=pending|approved|rejected|disclosed); every one listed is written to the audit log.',
    query: listQuery,
    handler: async ({ query, user }) => ctx.db.transaction(async (tx) => {
      const rows = await tx.query<LegalRequestRow>(
        `SELECT ${LEGAL_REQUEST_COLUMNS} FROM legal_requests l WHERE ($1::text IS NULL OR l.status = $1::text) ORDER BY l.created_at DESC, l.id LIMIT 200`,
        [query.status ?? null],
      );
      await appendAuditEntries(tx, rows.map((r) => audit(user!.id, 'legal-request.list', r)));
      return { legalRequests: rows.map(describeLegalRequest) };
    }),
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/legal-requests/:id', tag: 'privacy', access: 'staff',
    summary: 'One legal request with its approvals (audited).',
    params: idParams,
    handler: async ({ params, user }) => ctx.db.transaction(async (tx) => {
      const row = await findLegalRequest(tx, params.id);
      await appendAuditEntry(tx, audit(user!.id, 'legal-request.view', row));
      return { legalRequest: describeLegalRequest(row) };
    }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/legal-requests/:id/approve', tag: 'privacy', access: 'staff',
    summary: 'Approve a legal request; it is approved once two different staff members have.',
    params: idParams,
    handler: async ({ params, user }) => ctx.db.transaction(async (tx) => {
      const row = await findLegalRequest(tx, params.id, { lock: true });
      if (row.status !== 'pending' && row.status !== 'approved') throw new ApiError('INKLESS_API_CONFLICT', `this request is ${row.status}; it can no longer be approved`);
      if (row.approvers.includes(user!.id)) throw new ApiError('INKLESS_API_CONFLICT', 'you approved this request already; a different staff member must give the second approval');
      await tx.query('INSERT INTO legal_request_approvals (request_id, staff_id, at) VALUES ($1, $2, $3)', [row.id, user!.id, ctx.clock()]);
      if (row.approvers.length + 1 >= 2) await tx.query("UPDATE legal_requests SET status = 'approved' WHERE id = $1", [row.id]);
      await appendAuditEntry(tx, audit(user!.id, 'legal-request.approve', row));
      return { legalRequest: describeLegalRequest(await findLegalRequest(tx, row.id)) };
    }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/legal-requests/:id/reject', tag: 'privacy', access: 'staff',
    summary: 'Refuse a legal request that has not been answered, saying why.',
    params: idParams,
    body: rejectBody,
    handler: async ({ params, body, user }) => ctx.db.transaction(async (tx) => {
      const row = await findLegalRequest(tx, params.id, { lock: true });
      if (row.status === 'disclosed' || row.status === 'rejected') throw new ApiError('INKLESS_API_CONFLICT', `this request is ${row.status} already`);
      await tx.query("UPDATE legal_requests SET status = 'rejected', rejection_reason = $2 WHERE id = $1", [row.id, body.reason]);
      await appendAuditEntry(tx, audit(user!.id, 'legal-request.reject', row));
      return { legalRequest: describeLegalRequest(await findLegalRequest(tx, row.id)) };
    }),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/legal-requests/:id/disclose', tag: 'privacy', access: 'staff',
    summary: 'Hand over the data in an approved request\'s scope (refused until two different staff approved it); the user is told unless a deferral applies. Answers the package for the authority.',
    params: idParams,
    handler: async ({ params, user }) => {
      const row = await findLegalRequest(ctx.db, params.id);
      const result = await discloseLegalRequest(ctx, row.id);
      await appendAuditEntry(ctx.db, audit(user!.id, 'legal-request.disclose', row));
      // Wire format: { legalRequest, package: { <category>: { <list>: rows } }, userNotified }
      return { legalRequest: describeLegalRequest(await findLegalRequest(ctx.db, row.id)), package: result.package, userNotified: result.notified };
    },
  });
}
