import type { Queryable } from '../db/database';
import { CONSENT_GENESIS_HASH, hashConsentRow, type ConsentRow } from './consent-hash';

/** Rows read per query: the whole ledger is checked in the memory of one page. */
const PAGE_ROWS = 1000;

/** The outcome of checking the ledger: intact (with its head), or the first row that is not. */
export type ConsentChainResult =
  | { readonly ok: true; readonly rows: number; readonly headHash: string }
  | {
      readonly ok: false;
      readonly rows: number;
      readonly brokenSeq: string;
      /** `link`: prev_hash is not the previous row's hash (a row removed or inserted); `hash`: a field was changed. */
      readonly problem: 'link' | 'hash';
    };

/** A ledger row as stored (what the verifier reads; tests can hand it a copied row set). */
export interface StoredConsentRow {
  readonly seq: string | number;
  readonly at: Date | string;
  readonly user_id: string | null;
  readonly visitor_id: string | null;
  readonly purpose: string;
  readonly policy_version: string;
  readonly action: 'grant' | 'withdraw';
  readonly source: string;
  readonly ip_prefix: string;
  readonly prev_hash: string;
  readonly hash: string;
}

/**
 * Recomputes the consent ledger's hash chain from the first row, a page at a time, and names the
 * first row whose link or content does not check out: the proof that no choice was edited,
 * removed or slipped in after the fact.
 */
export async function verifyConsentChain(db: Queryable): Promise<ConsentChainResult> {
  const checker = createConsentChainChecker();
  let after = '0';
  for (;;) {
    const page = await db.query<StoredConsentRow>(
      'SELECT seq, at, user_id, visitor_id, purpose, policy_version, action, source, ip_prefix, prev_hash, hash FROM consent_ledger WHERE seq > $1::bigint ORDER BY seq LIMIT $2',
      [after, PAGE_ROWS],
    );
    for (const row of page) {
      const broken = checker.check(row);
      if (broken) return broken;
    }
    if (page.length < PAGE_ROWS) return checker.result();
    after = String(page[page.length - 1]!.seq);
  }
}

/** Checks rows one by one in seq order; `check` answers the first failure. */
export function createConsentChainChecker(): { check(row: StoredConsentRow): ConsentChainResult | undefined; result(): ConsentChainResult } {
  let prevHash = CONSENT_GENESIS_HASH;
  let rows = 0;
  return {
    check(row) {
      const seq = String(row.seq);
      if (row.prev_hash !== prevHash) return { ok: false, rows, brokenSeq: seq, problem: 'link' };
      const fields: ConsentRow = {
        seq, at: new Date(row.at), userId: row.user_id, visitorId: row.visitor_id, purpose: row.purpose,
        policyVersion: row.policy_version, action: row.action, source: row.source, ipPrefix: row.ip_prefix,
      };
      if (hashConsentRow(prevHash, fields) !== row.hash) return { ok: false, rows, brokenSeq: seq, problem: 'hash' };
      prevHash = row.hash;
      rows++;
      return undefined;
    },
    result: () => ({ ok: true, rows, headHash: prevHash }),
  };
}
