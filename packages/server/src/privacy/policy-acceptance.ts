import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../app-context';
import { truncateIp } from '../auth/client-info';
import { recordConsentChanges, type ConsentSource } from './consent-ledger';
import { findCurrentPolicy } from './policy-documents';

/**
 * Records that a user acknowledged the policy version in effect (at sign-up, or from the notice
 * after a change). It is the only ledger row sign-up writes: preferences, marketing email and
 * partner sharing stay off until the user turns them on.
 *
 * @example
 * await recordPolicyAcceptance(ctx, request, userId, 'signup');
 */
export async function recordPolicyAcceptance(ctx: AppContext, request: FastifyRequest, userId: string, source: Extract<ConsentSource, 'signup' | 'policy-notice'>): Promise<string> {
  const at = ctx.clock();
  const current = await findCurrentPolicy(ctx.db, at);
  await recordConsentChanges(ctx.db, { kind: 'user', userId }, [{ purpose: 'policy', action: 'grant' }], {
    at, policyVersion: current.version, source, ipPrefix: truncateIp(request.ip),
  });
  return current.version;
}
