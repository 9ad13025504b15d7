import { verifyHashChain, type ChainedRow, type HashChainResult } from '../audit/hash-chain';
import type { Queryable } from '../db/database';
import { hashDisclosureRow } from './disclosure-hash';

export type DisclosureChainResult = HashChainResult;

interface StoredRow extends ChainedRow {
  readonly at: Date | string;
  readonly subject_user_id: string | null;
  readonly subject_record: string | null;
  readonly recipient: string;
  readonly categories: string[];
  readonly basis: string;
  readonly reference: string;
}

/**
 * Recomputes the disclosure register's hash chain: the proof that no transfer was edited, removed
 * or slipped in after the fact (behind the triggers' back).
 */
export function verifyDisclosureChain(db: Queryable): Promise<DisclosureChainResult> {
  return verifyHashChain<StoredRow>(db, 'disclosure_register', 'seq, at, subject_user_id, subject_record, recipient, categories, basis, reference, prev_hash, hash', {
    hashRow: (prevHash, r) => hashDisclosureRow(prevHash, {
      seq: String(r.seq), at: new Date(r.at), subjectUserId: r.subject_user_id, subjectRecord: r.subject_record,
      recipient: r.recipient, categories: r.categories, basis: r.basis, reference: r.reference,
    }),
  });
}
