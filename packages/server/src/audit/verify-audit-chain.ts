import type { Queryable } from '../db/database';
import { GENESIS_HASH, hashAuditRow } from './audit-hash';

/** Rows read per query: the whole log is checked in the memory of one page. */
const PAGE_ROWS = 1000;

/** The outcome of checking the chain: intact (with its head), or the first row that is not. */
export type AuditChainResult =
  | { readonly ok: true; readonly rows: number; readonly headHash: string }
  | {
      readonly ok: false;
      readonly rows: number;
      /** The first row whose link or content does not check out. */
      readonly brokenSeq: string;
      /** `link`: its prev_hash is not the previous row's hash (a row removed or inserted); `hash`: its fields were changed. */
      readonly problem: 'link' | 'hash';
    };

interface StoredRow {
  seq: string | number;
  at: Date | string;
  staff_id: string | null;
  action: string;
  subject_user_id: string | null;
  target: string;
  prev_hash: string;
  hash: string;
}

/**
 * Recomputes the audit log's hash chain from the first row and reports the first broken one, so
 * an edit or deletion made behind the server's back (SQL, a restored backup) shows. Gaps in seq
 * alone are fine: a rolled-back append uses up a sequence number.
 */
export async function verifyAuditChain(db: Queryable): Promise<AuditChainResult> {
  let prevHash = GENESIS_HASH;
  let afterSeq = '-1';
  let rows = 0;
  for (;;) {
    const page = await db.query<StoredRow>(
      'SELECT seq, at, staff_id, action, subject_user_id, target, prev_hash, hash FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2',
      [afterSeq, PAGE_ROWS],
    );
    for (const r of page) {
      const seq = String(r.seq);
      rows++;
      if (r.prev_hash !== prevHash) return { ok: false, rows, brokenSeq: seq, problem: 'link' };
      const expected = hashAuditRow(prevHash, { seq, at: new Date(r.at), staffId: r.staff_id, action: r.action, subjectUserId: r.subject_user_id, target: r.target });
      if (r.hash !== expected) return { ok: false, rows, brokenSeq: seq, problem: 'hash' };
      prevHash = r.hash;
      afterSeq = seq;
    }
    if (page.length < PAGE_ROWS) return { ok: true, rows, headHash: prevHash };
  }
}
