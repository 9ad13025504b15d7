import type { Database, Queryable } from '../db/database';
import { GENESIS_HASH } from '../audit/hash-chain';
import { hashConsentRow } from './consent-hash';

/** Any constant other than the migration and audit locks: appenders on every server take turns on it. */
const CONSENT_APPEND_LOCK = 7_413_023;

/** Whose choice: an account, or a visitor who is not signed in (by the id in the consent cookie). */
export type ConsentSubject = { readonly kind: 'user'; readonly userId: string } | { readonly kind: 'visitor'; readonly visitorId: string };

/** policy: acknowledging a policy version; partner:<id>: sharing with that partner. */
export type ConsentPurpose = 'policy' | 'preferences' | 'marketing-email' | `partner:${string}`;

/** Where a choice was made (the CHECK in 005-privacy.sql lists the same). */
export type ConsentSource = 'signup' | 'consent-choice' | 'policy-notice' | 'unsubscribe-link';

export interface ConsentChange {
  readonly purpose: ConsentPurpose;
  readonly action: 'grant' | 'withdraw';
}

/** The subject's latest row per purpose. */
export interface LatestConsent {
  readonly purpose: ConsentPurpose;
  readonly action: 'grant' | 'withdraw';
  readonly policyVersion: string;
  readonly at: Date;
}

/** When, under which policy and from where a set of changes is recorded. */
export interface ConsentContext {
  readonly at: Date;
  readonly policyVersion: string;
  readonly source: ConsentSource;
  readonly ipPrefix: string;
}

/**
 * Records choices in the append-only, hash-chained ledger, writing a row only where the choice
 * differs from the subject's latest one: a second unsubscribe or a repeated "reject all" writes
 * nothing, and neither does refusing something never granted. Acknowledging a policy writes a
 * row for each new version. The state is read under the append lock, so two requests at once
 * cannot both record the same change. Answers the changes written.
 */
export async function recordConsentChanges(db: Database, subject: ConsentSubject, changes: readonly ConsentChange[], context: ConsentContext): Promise<ConsentChange[]> {
  if (changes.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CONSENT_APPEND_LOCK]);
    const latest = new Map((await readLatestConsents(tx, subject)).map((c) => [c.purpose, c]));
    // Read after the lock: under READ COMMITTED this sees every append committed before it.
    const [last] = await tx.query<{ hash: string }>('SELECT hash FROM consent_ledger ORDER BY seq DESC LIMIT 1');
    let prevHash = last?.hash ?? GENESIS_HASH;
    const written: ConsentChange[] = [];
    for (const change of changes) {
      const before = latest.get(change.purpose);
      const unchanged = (before?.action ?? 'withdraw') === change.action && (change.purpose !== 'policy' || before?.policyVersion === context.policyVersion);
      if (unchanged) continue;
      prevHash = await appendRow(tx, subject, change, context, prevHash);
      latest.set(change.purpose, { ...change, policyVersion: context.policyVersion, at: context.at });
      written.push(change);
    }
    return written;
  });
}

async function appendRow(tx: Queryable, subject: ConsentSubject, change: ConsentChange, context: ConsentContext, prevHash: string): Promise<string> {
  const [next] = await tx.query<{ seq: string | number }>("SELECT nextval(pg_get_serial_sequence('consent_ledger', 'seq')) AS seq");
  const row = {
    seq: String(next!.seq), at: context.at,
    userId: subject.kind === 'user' ? subject.userId.toLowerCase() : null, visitorId: subject.kind === 'visitor' ? subject.visitorId : null,
    purpose: change.purpose, policyVersion: context.policyVersion, action: change.action, source: context.source, ipPrefix: context.ipPrefix,
  };
  const hash = hashConsentRow(prevHash, row);
  await tx.query(
    'INSERT INTO consent_ledger (seq, at, user_id, visitor_id, purpose, policy_version, action, source, ip_prefix, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
    [row.seq, row.at, row.userId, row.visitorId, row.purpose, row.policyVersion, row.action, row.source, row.ipPrefix, prevHash, hash],
  );
  return hash;
}

/** The subject's latest ledger row for each purpose it ever chose. */
export async function readLatestConsents(db: Queryable, subject: ConsentSubject): Promise<LatestConsent[]> {
  const [column, id] = subject.kind === 'user' ? ['user_id', subject.userId] : ['visitor_id', subject.visitorId];
  const rows = await db.query<{ purpose: ConsentPurpose; action: 'grant' | 'withdraw'; policy_version: string; at: Date }>(
    `SELECT DISTINCT ON (purpose) purpose, action, policy_version, at FROM consent_ledger WHERE ${column} = $1 ORDER BY purpose, seq DESC`,
    [id],
  );
  return rows.map((r) => ({ purpose: r.purpose, action: r.action, policyVersion: r.policy_version, at: new Date(r.at) }));
}
