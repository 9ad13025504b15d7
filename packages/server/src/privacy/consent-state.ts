import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { readLatestConsents, type ConsentPurpose, type ConsentSubject, type LatestConsent } from './consent-ledger';
import { listConsentPartners } from './consent-partners';
import { findCurrentPolicy, type PolicyVersion } from './policy-documents';

/** Where a user stands with the policy in effect. */
export interface PolicyStanding {
  readonly current: PolicyVersion;
  /** The last version the user acknowledged (null for visitors, or never). */
  readonly acceptedVersion: string | null;
  /** A major version took effect since: consent-based features wait until it is accepted. */
  readonly acceptRequired: boolean;
}

/** The consents in effect for a subject (what features must follow), and its policy standing. */
export interface ConsentState {
  readonly subject: 'user' | 'visitor' | 'none';
  readonly preferences: boolean;
  readonly marketingEmail: boolean;
  readonly partners: readonly { readonly id: string; readonly name: string; readonly purpose: string; readonly granted: boolean }[];
  /** True once any choice about these purposes was recorded for the subject. */
  readonly choiceMade: boolean;
  readonly policy: { readonly current: string; readonly accepted: string | null; readonly acceptRequired: boolean };
}

/**
 * The consents in effect for a subject. A consent counts when its latest ledger row grants it
 * AND, for an account, the user has accepted the major policy version in effect (after a major
 * change every consent waits for the new acceptance); for a visitor, when it was given under the
 * current major version. Nothing counts for nobody: nothing is on by default.
 */
export async function readConsentState(db: Queryable, subject: ConsentSubject | undefined, now: Date): Promise<ConsentState> {
  const current = await findCurrentPolicy(db, now);
  const partners = await listConsentPartners(db);
  const latest = subject ? await readLatestConsents(db, subject) : [];
  const standing = describeStanding(current, subject, latest);
  const byPurpose = new Map(latest.map((c) => [c.purpose, c]));
  const inEffect = (purpose: ConsentPurpose): boolean => {
    const c = byPurpose.get(purpose);
    if (!c || c.action !== 'grant' || !subject) return false;
    return subject.kind === 'user' ? !standing.acceptRequired : readMajor(c.policyVersion) === current.major;
  };
  return {
    subject: subject?.kind ?? 'none',
    preferences: inEffect('preferences'),
    marketingEmail: inEffect('marketing-email'),
    partners: partners.map((p) => ({ ...p, granted: inEffect(`partner:${p.id}`) })),
    choiceMade: latest.some((c) => c.purpose !== 'policy'),
    policy: { current: current.version, accepted: standing.acceptedVersion, acceptRequired: standing.acceptRequired },
  };
}

/** Where a user stands with the policy in effect at `now`. */
export async function readPolicyStanding(db: Queryable, userId: string, now: Date): Promise<PolicyStanding> {
  const subject: ConsentSubject = { kind: 'user', userId };
  return describeStanding(await findCurrentPolicy(db, now), subject, await readLatestConsents(db, subject));
}

/**
 * The gate of a major policy change: consent-based features answer 428 until the user accepted
 * the version in effect. Withdrawing a consent is never gated.
 */
export async function assertPolicyAccepted(db: Queryable, userId: string, now: Date): Promise<void> {
  const standing = await readPolicyStanding(db, userId, now);
  if (standing.acceptRequired) {
    throw new ApiError('INKLESS_PRIVACY_POLICY_NOT_ACCEPTED', `the privacy policy changed (version ${standing.current.version}): read it at /privacy and accept it (POST /api/privacy/accept-policy) before using features that rest on your consent`);
  }
}

/** Whether a consent is in effect for a user right now (the check before any consent-based processing). */
export async function hasConsent(db: Queryable, userId: string, purpose: ConsentPurpose, now: Date): Promise<boolean> {
  const state = await readConsentState(db, { kind: 'user', userId }, now);
  if (purpose === 'preferences') return state.preferences;
  if (purpose === 'marketing-email') return state.marketingEmail;
  if (purpose.startsWith('partner:')) return state.partners.some((p) => `partner:${p.id}` === purpose && p.granted);
  return false;
}

function describeStanding(current: PolicyVersion, subject: ConsentSubject | undefined, latest: readonly LatestConsent[]): PolicyStanding {
  if (subject?.kind !== 'user') return { current, acceptedVersion: null, acceptRequired: false };
  const accepted = latest.find((c) => c.purpose === 'policy' && c.action === 'grant')?.policyVersion ?? null;
  return { current, acceptedVersion: accepted, acceptRequired: accepted === null || readMajor(accepted) < current.major };
}

/** 2 for "2.1". */
export function readMajor(version: string): number {
  return Number(version.split('.')[0]);
}
