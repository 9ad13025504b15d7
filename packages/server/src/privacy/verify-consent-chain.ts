import { createHashChainChecker, verifyHashChain, type ChainedRow, type HashChainResult, type HashChainRule } from '../audit/hash-chain';
import type { Queryable } from '../db/database';
import { hashConsentRow } from './consent-hash';

export type ConsentChainResult = HashChainResult;

/** A ledger row as stored (what the verifier reads; tests can hand it a copied row set). */
export interface StoredConsentRow extends ChainedRow {
  readonly at: Date | string;
  readonly user_id: string | null;
  readonly visitor_id: string | null;
  readonly purpose: string;
  readonly policy_version: string;
  readonly action: 'grant' | 'withdraw';
  readonly source: string;
  readonly ip_prefix: string;
}

const consentChain: HashChainRule<StoredConsentRow> = {
  hashRow: (prevHash, row) => hashConsentRow(prevHash, {
    seq: String(row.seq), at: new Date(row.at), userId: row.user_id, visitorId: row.visitor_id, purpose: row.purpose,
    policyVersion: row.policy_version, action: row.action, source: row.source, ipPrefix: row.ip_prefix,
  }),
};

/**
 * Recomputes the consent ledger's hash chain: the proof that no choice was edited, removed or
 * slipped in after the fact.
 */
export function verifyConsentChain(db: Queryable): Promise<ConsentChainResult> {
  return verifyHashChain(db, 'consent_ledger', 'seq, at, user_id, visitor_id, purpose, policy_version, action, source, ip_prefix, prev_hash, hash', consentChain);
}

/** Checks ledger rows one by one in seq order (a copied row set, in tests). */
export function createConsentChainChecker(): ReturnType<typeof createHashChainChecker<StoredConsentRow>> {
  return createHashChainChecker(consentChain);
}
