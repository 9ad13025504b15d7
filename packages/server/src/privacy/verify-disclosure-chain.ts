import type { Queryable } from '../db/database';
import { DISCLOSURE_GENESIS_HASH, hashDisclosureRow } from './disclosure-hash';

/** Rows read per query: the whole register is checked in the memory of one page. */
const PAGE_ROWS = 1000;

/** Intact (with its head), or the first row whose link (`link`) or content (`hash`) does not check out. */
export type DisclosureChainResult =
  | { readonly ok: true; readonly rows: number; readonly headHash: string }
  | { readonly ok: false; readonly rows: number; readonly brokenSeq: string; readonly problem: 'link' | 'hash' };

interface StoredRow {
  seq: string | number;
  at: Date | string;
  subject_user_id: string | null;
  subject_record: string | null;
  recipient: string;
  categories: string[];
  basis: string;
  reference: string;
  prev_hash: string;
  hash: string;
}

/**
 * Recomputes the disclosure register's hash chain from the first row, a page at a time: the proof
 * that no transfer was edited, removed or slipped in after the fact (behind the triggers' back).
 */
export async function verifyDisclosureChain(db: Queryable): Promise<DisclosureChainResult> {
  let prevHash = DISCLOSURE_GENESIS_HASH;
  let after = '0';
  let rows = 0;
  for (;;) {
    const page = await db.query<StoredRow>(
      'SELECT seq, at, subject_user_id, subject_record, recipient, categories, basis, reference, prev_hash, hash FROM disclosure_register WHERE seq > $1::bigint ORDER BY seq LIMIT $2',
      [after, PAGE_ROWS],
    );
    for (const r of page) {
      const seq = String(r.seq);
      if (r.prev_hash !== prevHash) return { ok: false, rows, brokenSeq: seq, problem: 'link' };
      const expected = hashDisclosureRow(prevHash, {
        seq, at: new Date(r.at), subjectUserId: r.subject_user_id, subjectRecord: r.subject_record,
        recipient: r.recipient, categories: r.categories, basis: r.basis, reference: r.reference,
      });
      if (expected !== r.hash) return { ok: false, rows, brokenSeq: seq, problem: 'hash' };
      prevHash = r.hash;
      rows++;
      after = seq;
    }
    if (page.length < PAGE_ROWS) return { ok: true, rows, headHash: prevHash };
  }
}
