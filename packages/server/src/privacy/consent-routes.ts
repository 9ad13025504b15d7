import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { SessionUser } from '../auth/session-store';
import { truncateIp } from '../auth/client-info';
import { ApiError } from '../http/api-error';
import { addRoute } from '../http/route';
import { clearPreferenceCookies, createVisitorId, readConsentCookie, setConsentCookie } from './consent-cookie';
import { recordConsentChanges, type ConsentChange, type ConsentSubject } from './consent-ledger';
import { listConsentPartners } from './consent-partners';
import { assertPolicyAccepted, readConsentState, readPolicyStanding } from './consent-state';
import { recordPolicyAcceptance } from './policy-acceptance';
import { findCurrentPolicy, findUpcomingPolicy, listPolicies, type PolicyVersion } from './policy-documents';
import { deleteRecentViews } from './recent-views';

/** How long after a new version takes effect signed-out visitors still see the notice. */
const NOTICE_DAYS = 30;

const partnerId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, { error: 'a partner id from GET /api/privacy/consent' });

/** The consent center: state and choices (accept all, reject all, or one by one), the policy notice and its acceptance. */
export function registerConsentRoutes(app: FastifyInstance, ctx: AppContext): void {
  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/consent', tag: 'privacy', access: 'public',
    summary: 'The consents in effect for you (signed in) or this browser (signed out), the partners you may choose, and where you stand with the policy.',
    handler: async ({ user, request }) => readConsentState(ctx.db, readSubject(user, request), ctx.clock()),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/privacy/consent', tag: 'privacy', access: 'public',
    summary: 'Change consents: preferences (cookies and recently viewed), marketingEmail and partners {id: bool} (the last two need an account). Omitted ones stay as they are.',
    body: z.strictObject({ preferences: z.boolean().optional(), marketingEmail: z.boolean().optional(), partners: z.record(partnerId, z.boolean()).optional() }),
    handler: async ({ body, user, request, reply }) => {
      const now = ctx.clock();
      const cookie = readConsentCookie(request);
      const changes: ConsentChange[] = [];
      const decide = (purpose: ConsentChange['purpose'], granted: boolean | undefined) => {
        if (granted !== undefined) changes.push({ purpose, action: granted ? 'grant' : 'withdraw' });
      };
      decide('preferences', body.preferences);
      if (user) {
        decide('marketing-email', body.marketingEmail);
        const known = new Set((await listConsentPartners(ctx.db)).map((p) => p.id));
        for (const [id, granted] of Object.entries(body.partners ?? {})) {
          if (!known.has(id)) throw new ApiError('INKLESS_API_BAD_REQUEST', `partners.${id}: no such partner; GET /api/privacy/consent lists them`, { path: `partners.${id}` });
          decide(`partner:${id}`, granted);
        }
        if (changes.some((c) => c.action === 'grant')) await assertPolicyAccepted(ctx.db, user.id, now);
      } else {
        if (body.marketingEmail === true) throw new ApiError('INKLESS_API_UNAUTHENTICATED', 'marketingEmail: sign in first; news by email is a choice of an account', { path: 'marketingEmail' });
        const partner = Object.entries(body.partners ?? {}).find(([, granted]) => granted);
        if (partner) throw new ApiError('INKLESS_API_UNAUTHENTICATED', `partners.${partner[0]}: sign in first; sharing with a partner is a choice of an account`, { path: `partners.${partner[0]}` });
      }
      const visitorId = cookie?.visitorId ?? createVisitorId();
      const subject: ConsentSubject = user ? { kind: 'user', userId: user.id } : { kind: 'visitor', visitorId };
      const current = await findCurrentPolicy(ctx.db, now);
      await recordConsentChanges(ctx.db, subject, changes, { at: now, policyVersion: current.version, source: 'consent-choice', ipPrefix: truncateIp(request.ip) });
      if (user && body.preferences === false) await deleteRecentViews(ctx.db, user.id);
      const state = await readConsentState(ctx.db, subject, now);
      setConsentCookie(request, reply, { visitorId, preferences: state.preferences });
      if (!state.preferences) clearPreferenceCookies(request, reply, ctx);
      return state;
    },
  });

  addRoute(app, ctx, {
    method: 'GET', url: '/api/privacy/notice', tag: 'privacy', access: 'public',
    summary: 'What the client should show: policy notices (a change in effect, or one announced), whether the user must accept the policy again, and whether to ask for a cookie choice.',
    handler: async ({ user, request }) => describeNotice(ctx, user, request),
  });

  addRoute(app, ctx, {
    method: 'POST', url: '/api/privacy/accept-policy', tag: 'privacy', access: 'user',
    summary: 'Accept (or, for a minor change, acknowledge) the policy version in effect; consent-based features work again after a major change.',
    body: z.strictObject({ version: z.string().max(20) }),
    handler: async ({ body, user, request }) => {
      const current = await findCurrentPolicy(ctx.db, ctx.clock());
      if (body.version !== current.version) throw new ApiError('INKLESS_API_CONFLICT', `version ${body.version} is not the one in effect; read version ${current.version} at /privacy and accept that`, { path: 'version' });
      await recordPolicyAcceptance(ctx, request, user!.id, 'policy-notice');
      return describeNotice(ctx, user, request);
    },
  });
}

/** A policy notice for the client to show. */
interface PolicyNotice {
  /** changed: a new version is in effect; upcoming: one is announced and takes effect at effectiveAt. */
  readonly kind: 'changed' | 'upcoming';
  readonly version: string;
  readonly change: 'major' | 'minor';
  readonly effectiveAt: string;
  readonly summary: string;
  /** Where to read it: the changes since the version the user accepted, or the policy page. */
  readonly url: string;
}

/**
 * Signed in: a notice until the user acknowledged the version in effect, and `acceptRequired`
 * after a major change. Signed out: a notice for NOTICE_DAYS after a new version took effect.
 * Either way a notice for a version announced ahead, and `cookieChoiceNeeded` while this browser
 * has made no cookie choice (or made it under an earlier major version).
 */
async function describeNotice(ctx: AppContext, user: SessionUser | undefined, request: FastifyRequest): Promise<{ notices: PolicyNotice[]; acceptRequired: boolean; cookieChoiceNeeded: boolean }> {
  const now = ctx.clock();
  const current = await findCurrentPolicy(ctx.db, now);
  const notices: PolicyNotice[] = [];
  let acceptRequired = false;
  if (user) {
    const standing = await readPolicyStanding(ctx.db, user.id, now);
    acceptRequired = standing.acceptRequired;
    if (standing.acceptedVersion !== current.version) notices.push(buildNotice('changed', current, standing.acceptedVersion));
  } else {
    const previous = (await listPolicies(ctx.db, now)).find((p) => p.major < current.major || (p.major === current.major && p.minor < current.minor));
    if (previous && now.getTime() - Date.parse(current.effectiveAt) < NOTICE_DAYS * 86_400_000) notices.push(buildNotice('changed', current, previous.version));
  }
  const upcoming = await findUpcomingPolicy(ctx.db, now);
  if (upcoming) notices.push(buildNotice('upcoming', upcoming, current.version));
  const cookie = readConsentCookie(request);
  let cookieChoiceNeeded = cookie === undefined;
  // A visitor's yes to preferences lapses with a major change: ask again.
  if (cookie?.preferences && !user) cookieChoiceNeeded = !(await readConsentState(ctx.db, { kind: 'visitor', visitorId: cookie.visitorId }, now)).preferences;
  return { notices, acceptRequired, cookieChoiceNeeded };
}

function buildNotice(kind: PolicyNotice['kind'], p: PolicyVersion, since: string | null): PolicyNotice {
  const url = since && since !== p.version ? `/privacy/diff?from=${encodeURIComponent(since)}&to=${encodeURIComponent(p.version)}` : '/privacy';
  return { kind, version: p.version, change: p.change, effectiveAt: p.effectiveAt, summary: p.summary, url };
}

/** Whose consents a request is about: the signed-in user, else the visitor of the consent cookie, else nobody. */
function readSubject(user: SessionUser | undefined, request: FastifyRequest): ConsentSubject | undefined {
  if (user) return { kind: 'user', userId: user.id };
  const cookie = readConsentCookie(request);
  return cookie ? { kind: 'visitor', visitorId: cookie.visitorId } : undefined;
}
