import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { truncateIp } from '../auth/client-info';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { recordConsentChanges, readLatestConsents } from './consent-ledger';
import { escapeHtml, sendHtmlPage } from './html-page';
import { loadUnsubscribeSecret } from './marketing';
import { findCurrentPolicy } from './policy-documents';
import { readUnsubscribeToken } from './unsubscribe-token';

/** A one-click POST body is `List-Unsubscribe=One-Click`; nothing bigger is read. */
const UNSUBSCRIBE_BODY_LIMIT_BYTES = 4096;
const tokenQuery = z.strictObject({ token: z.string().max(200) });

/**
 * One-click unsubscribe (RFC 8058) without signing in. Mail clients POST
 * `List-Unsubscribe=One-Click` (form-encoded) to the List-Unsubscribe URL; people who open the
 * link get a page with one button, because a GET must not change anything (mail scanners follow
 * links). The POST skips the CSRF check: the signed token in the URL is what authorises it, and
 * all it can do is switch marketing email off.
 */
export async function registerUnsubscribeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const secret = await loadUnsubscribeSecret(ctx);
  // Form bodies are parsed for these two routes only; the rest of the API takes JSON alone.
  await app.register(async (scope) => {
    scope.addContentTypeParser(['application/x-www-form-urlencoded', 'multipart/form-data'], { parseAs: 'string', bodyLimit: UNSUBSCRIBE_BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

    addRoute(scope, ctx, {
      method: 'POST', url: '/api/privacy/unsubscribe', tag: 'privacy', access: 'public', csrfExempt: true, bodyLimitBytes: UNSUBSCRIBE_BODY_LIMIT_BYTES,
      summary: 'One-click unsubscribe from marketing email with the signed token of the mailed link (RFC 8058); no sign-in, the same answer every time.',
      query: tokenQuery,
      handler: async ({ query, request, reply }) => {
        const userId = readUnsubscribeToken(secret, query.token);
        if (!userId) throw new ApiError('INKLESS_PRIVACY_LINK_INVALID', 'this unsubscribe link is damaged or incomplete: use the whole link from the email, or turn news off in your privacy settings', { path: 'token' });
        await withdrawMarketing(ctx, userId, request);
        if (prefersHtml(request)) return sendHtmlPage(reply, 'Unsubscribed', '<h1>Unsubscribed</h1><p>You will get no more news by email from Inkless. Account emails (sign-in links, password resets) still arrive.</p>');
        return { unsubscribed: true };
      },
    });

    addRoute(scope, ctx, {
      method: 'GET', url: '/api/privacy/unsubscribe', tag: 'privacy', access: 'public',
      summary: 'The page behind the unsubscribe link: one button that confirms (opening the link changes nothing).',
      query: tokenQuery,
      handler: async ({ query, reply }) => {
        const userId = readUnsubscribeToken(secret, query.token);
        if (!userId) return sendHtmlPage(reply, 'Link not valid', '<h1>This link is not valid</h1><p>It may be cut short. Use the whole link from the email, or turn news off in your privacy settings.</p>', 400);
        const latest = await readLatestConsents(ctx.db, { kind: 'user', userId });
        const subscribed = latest.some((c) => c.purpose === 'marketing-email' && c.action === 'grant');
        if (!subscribed) return sendHtmlPage(reply, 'Unsubscribed', '<h1>You are unsubscribed</h1><p>News by email is off for this address.</p>');
        return sendHtmlPage(reply, 'Unsubscribe', `<h1>Stop news by email?</h1><p>You will get no more news from Inkless. Account emails still arrive.</p>
<form method="post" action="/api/privacy/unsubscribe?token=${escapeHtml(encodeURIComponent(query.token))}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`);
      },
    });
  });
}

/** Withdraws the marketing-email consent (a no-op when it is off already, or the account is gone). */
async function withdrawMarketing(ctx: AppContext, userId: string, request: FastifyRequest): Promise<void> {
  const exists = await ctx.db.query('SELECT 1 FROM users WHERE id = $1', [userId]);
  if (exists.length === 0) return;
  const now = ctx.clock();
  const current = await findCurrentPolicy(ctx.db, now);
  await recordConsentChanges(ctx.db, { kind: 'user', userId }, [{ purpose: 'marketing-email', action: 'withdraw' }], {
    at: now, policyVersion: current.version, source: 'unsubscribe-link', ipPrefix: truncateIp(request.ip),
  });
}

function prefersHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}
