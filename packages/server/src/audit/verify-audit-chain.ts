import type { Queryable } from '../db/database';
import { hashAuditRow } from './audit-hash';
import { verifyHashChain, type ChainedRow, type HashChainResult } from './hash-chain';

export type AuditChainResult = HashChainResult;

interface StoredRow extends ChainedRow {
  readonly at: Date | string;
  readonly staff_id: string | null;
  readonly action: string;
  readonly subject_user_id: string | null;
  readonly target: string;
}

/** Recomputes the audit log's hash chain and reports the first broken row (counted in `rows`). */
export function verifyAuditChain(db: Queryable): Promise<AuditChainResult> {
  return verifyHashChain<StoredRow>(db, 'audit_log', 'seq, at, staff_id, action, subject_user_id, target, prev_hash, hash', {
    countBrokenRow: true,
    hashRow: (prevHash, r) => hashAuditRow(prevHash, { seq: String(r.seq), at: new Date(r.at), staffId: r.staff_id, action: r.action, subjectUserId: r.subject_user_id, target: r.target }),
  });
}
