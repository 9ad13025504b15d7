import { canonicalJson } from '../audit/audit-hash';
import { chainHash } from '../audit/hash-chain';

/** A register row as it is hashed: everything but the hashes. */
export interface DisclosureRow {
  readonly seq: string;
  readonly at: Date;
  readonly subjectUserId: string | null;
  readonly subjectRecord: string | null;
  readonly recipient: string;
  readonly categories: readonly string[];
  readonly basis: string;
  readonly reference: string;
}

/**
 * Links a register row to the one before it:
 * sha256(prevHash + canonical JSON of {seq, at ISO, subjectUserId, subjectRecord, recipient, categories, basis, reference}), hex.
 * The audit log's canonical JSON (keys sorted), so the same row hashes the same whichever driver read it.
 */
export function hashDisclosureRow(prevHash: string, row: DisclosureRow): string {
  const json = canonicalJson({
    seq: row.seq, at: row.at.toISOString(), subjectUserId: row.subjectUserId, subjectRecord: row.subjectRecord,
    recipient: row.recipient, categories: [...row.categories], basis: row.basis, reference: row.reference,
  });
  return chainHash(prevHash, json);
}
