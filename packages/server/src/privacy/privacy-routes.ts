import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { registerAccessLog } from './access-log';
import { registerConsentRoutes } from './consent-routes';
import { registerCookieRoutes } from './cookie-routes';
import { registerLogRoutes } from './log-routes';
import { ensureShippedPolicies } from './policy-documents';
import { registerPolicyRoutes } from './policy-routes';
import { registerRecentRoutes } from './recent-routes';
import { registerUnsubscribeRoutes } from './unsubscribe-routes';

/** Pages of the privacy center outside /api (not in the route table): the cookie test visits them too. */
export const privacyPagePaths = ['/privacy', '/privacy/cookies', '/privacy/versions/1.0', '/privacy/diff?from=1.0&to=1.0'] as const;

/**
 * The privacy center: the access log of every request (a hook on the root app, so it covers every
 * route module), the policy and its versions, consents, cookies, your logs, recently viewed and
 * one-click unsubscribe. Writes the shipped policy versions first.
 */
export async function registerPrivacyRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await ensureShippedPolicies(ctx.db);
  registerAccessLog(app, ctx);
  registerPolicyRoutes(app, ctx);
  registerConsentRoutes(app, ctx);
  registerCookieRoutes(app, ctx);
  registerLogRoutes(app, ctx);
  registerRecentRoutes(app, ctx);
  await registerUnsubscribeRoutes(app, ctx);
}
