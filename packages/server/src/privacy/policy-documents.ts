import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';
import { shippedPolicies, type ShippedPolicy } from './policy-texts';

/** A released policy version as the API shows it. */
export interface PolicyVersion {
  readonly version: string;
  readonly major: number;
  readonly minor: number;
  /** major: everyone accepts it again; minor: a notice only. */
  readonly change: 'major' | 'minor';
  readonly releasedAt: string;
  readonly effectiveAt: string;
  readonly updatedAt: string;
  readonly title: string;
  readonly summary: string;
  readonly body: string;
  readonly sha256: string;
}

interface PolicyRow {
  version: string;
  major: number;
  minor: number;
  released_at: Date;
  effective_at: Date;
  updated_at: Date;
  title: string;
  summary: string;
  body: string;
  sha256: string;
}

const COLUMNS = 'version, major, minor, released_at, effective_at, updated_at, title, summary, body, sha256';

/**
 * Writes the shipped versions that are not in the database yet, and refuses to start if a
 * released version's text was edited since (a released version is what people accepted; change
 * the policy by adding a version). Safe with several servers starting at once.
 */
export async function ensureShippedPolicies(db: Queryable, policies: readonly ShippedPolicy[] = shippedPolicies): Promise<void> {
  for (const p of policies) {
    await publishPolicyVersion(db, p);
    const [row] = await db.query<{ sha256: string }>('SELECT sha256 FROM policy_versions WHERE version = $1', [p.version]);
    if (row!.sha256 !== hashPolicyBody(p.body)) {
      throw new Error(`privacy policy ${p.version} in src/privacy/policy-texts.ts differs from the released text in the database: released versions never change; add a new version instead`);
    }
  }
}

/**
 * Adds a policy version (nothing happens if that version exists); operators and tests publish with it.
 * Any unique key is an arbiter: two servers starting at once on one PostgreSQL both try the insert,
 * and the loser must meet the (major, minor) key as quietly as the version key.
 */
export async function publishPolicyVersion(db: Queryable, p: ShippedPolicy): Promise<void> {
  const m = /^(\d+)\.(\d+)$/.exec(p.version);
  if (!m) throw new Error(`policy version ${p.version} must be major.minor, e.g. 1.0 or 2.1`);
  await db.query(
    `INSERT INTO policy_versions (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING`,
    [p.version, Number(m[1]), Number(m[2]), new Date(p.releasedAt), new Date(p.effectiveAt), new Date(p.updatedAt), p.title, p.summary, p.body, hashPolicyBody(p.body)],
  );
}

/** The version in effect at `now`: the highest one released and effective by then. */
export async function findCurrentPolicy(db: Queryable, now: Date): Promise<PolicyVersion> {
  const [row] = await db.query<PolicyRow>(`SELECT ${COLUMNS} FROM policy_versions WHERE released_at <= $1 AND effective_at <= $1 ORDER BY major DESC, minor DESC LIMIT 1`, [now]);
  if (!row) throw new Error('no privacy policy version is in effect: ensureShippedPolicies has not run, or every version takes effect later');
  return describePolicy(row);
}

/** A released version that takes effect later than `now` (announced ahead), if any. */
export async function findUpcomingPolicy(db: Queryable, now: Date): Promise<PolicyVersion | undefined> {
  const [row] = await db.query<PolicyRow>(`SELECT ${COLUMNS} FROM policy_versions WHERE released_at <= $1 AND effective_at > $1 ORDER BY major DESC, minor DESC LIMIT 1`, [now]);
  return row ? describePolicy(row) : undefined;
}

/** Every version released by `now`, newest first. */
export async function listPolicies(db: Queryable, now: Date): Promise<PolicyVersion[]> {
  const rows = await db.query<PolicyRow>(`SELECT ${COLUMNS} FROM policy_versions WHERE released_at <= $1 ORDER BY major DESC, minor DESC`, [now]);
  return rows.map(describePolicy);
}

/** One version, if it was released by `now` (versions not yet released do not exist to the public). */
export async function findPolicy(db: Queryable, version: string, now: Date): Promise<PolicyVersion | undefined> {
  const [row] = await db.query<PolicyRow>(`SELECT ${COLUMNS} FROM policy_versions WHERE version = $1 AND released_at <= $2`, [version, now]);
  return row ? describePolicy(row) : undefined;
}

/** sha256 of a policy text, hex: stored beside it and shown, so anyone can check an archived copy. */
export function hashPolicyBody(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** The part of a version that lists and notices show (everything but the text). */
export function summarisePolicy(p: PolicyVersion): Omit<PolicyVersion, 'body'> {
  const { body: _body, ...rest } = p;
  return rest;
}

function describePolicy(r: PolicyRow): PolicyVersion {
  return {
    version: r.version, major: Number(r.major), minor: Number(r.minor), change: Number(r.minor) === 0 ? 'major' : 'minor',
    releasedAt: new Date(r.released_at).toISOString(), effectiveAt: new Date(r.effective_at).toISOString(), updatedAt: new Date(r.updated_at).toISOString(),
    title: r.title, summary: r.summary, body: r.body, sha256: r.sha256,
  };
}
