import { chainHash } from '../audit/hash-chain';

/** A ledger row as it is hashed: everything but the hashes. */
export interface ConsentRow {
  readonly seq: string;
  readonly at: Date;
  readonly userId: string | null;
  readonly visitorId: string | null;
  readonly purpose: string;
  readonly policyVersion: string;
  readonly action: 'grant' | 'withdraw';
  readonly source: string;
  readonly ipPrefix: string;
}

/**
 * Links a row to the one before it:
 * sha256(prevHash + JSON [seq, at ISO, userId, visitorId, purpose, policyVersion, action, source, ipPrefix]), hex.
 * A JSON array in a fixed order, so the same row hashes the same whichever driver read it back.
 */
export function hashConsentRow(prevHash: string, row: ConsentRow): string {
  const json = JSON.stringify([row.seq, row.at.toISOString(), row.userId, row.visitorId, row.purpose, row.policyVersion, row.action, row.source, row.ipPrefix]);
  return chainHash(prevHash, json);
}
