import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { assertRecentlyAuthenticated } from '../auth/reauthenticate';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { clearSessionCookie } from '../http/session-cookie';
import { cancelAccountDeletion, DELETION_CONFIRMATION, readDeletionGraceDays, readPendingDeletion, requestAccountDeletion, type PendingDeletion } from './account-deletion';
import { privacyMail } from './privacy-mail';

const deleteBody = z.strictObject({
  confirm: z.string().max(100),
  publishedTemplates: z.enum(['remove', 'keep-credited'], { error: 'publishedTemplates must be remove or keep-credited' }),
});

/**
 * Deleting an account: ask (password entered again, the sentence typed), a grace period in which
 * the user can sign in again and cancel, then erasure by the deletion job (runDueDeletions).
 * The grace period is `INKLESS_DELETION_GRACE_DAYS` (default 14), read when the routes register.
 */
export function registerDeletionRoutes(app: FastifyInstance, ctx: AppContext, graceDays = readDeletionGraceDays()): void {
  addRoute(app, ctx, {
    method: 'DELETE', url: '/api/me', tag: 'privacy', access: 'user',
    summary: `Delete your account after a grace period: { confirm: "${DELETION_CONFIRMATION}", publishedTemplates: "remove" | "keep-credited" }. Every session ends at once, and with "remove" your published templates leave the gallery at once; sign in again within the grace period to cancel. Enter your password first.`,
    body: deleteBody,
    handler: async ({ user, session, body, request, reply }) => {
      assertRecentlyAuthenticated(ctx, session!);
      if (body.confirm.trim().toLowerCase() !== DELETION_CONFIRMATION) {
        throw new ApiError('INKLESS_API_BAD_REQUEST', `confirm: type "${DELETION_CONFIRMATION}" to confirm`, { path: 'confirm' });
      }
      const pending = await requestAccountDeletion(ctx.db, user!.id, body.publishedTemplates, ctx.clock(), graceDays);
      clearSessionCookie(request, reply);
      await privacyMail.deletionRequested(ctx, user!.email, pending);
      reply.code(202);
      return { deletion: describePending(pending), message: `your account will be deleted on ${pending.dueAt.toISOString()}; every session has ended; sign in again before then to cancel` };
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/me/deletion', tag: 'privacy', access: 'user',
    summary: 'Whether your account is due for deletion, and when.',
    handler: async ({ user }) => {
      const pending = await readPendingDeletion(ctx.db, user!.id);
      return { deletion: pending ? describePending(pending) : null };
    },
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/me/deletion/cancel', tag: 'privacy', access: 'user',
    summary: 'Cancel the deletion of your account (any time before it is carried out); published templates it withdrew are shown again.',
    handler: async ({ user }) => {
      const canceled = await cancelAccountDeletion(ctx.db, user!.id);
      if (!canceled) throw new ApiError('INKLESS_API_NOT_FOUND', 'your account is not due for deletion');
      await privacyMail.deletionCanceled(ctx, user!.email, canceled.restoredTemplates);
      // Wire format: { deletion: null, restoredTemplates }
      return { deletion: null, restoredTemplates: canceled.restoredTemplates };
    },
  });
}

/** Wire format: { requestedAt, dueAt, publishedTemplates, withdrawnTemplates } */
function describePending(p: PendingDeletion): Record<string, unknown> {
  return { requestedAt: p.requestedAt.toISOString(), dueAt: p.dueAt.toISOString(), publishedTemplates: p.publishedTemplates, withdrawnTemplates: p.withdrawnTemplates };
}
