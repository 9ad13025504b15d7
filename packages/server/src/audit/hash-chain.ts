import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database';

/** The `prev_hash` of a chain's first row. */
export const GENESIS_HASH = '0'.repeat(64);
/** Rows read per query: a whole chain is checked in the memory of one page. */
const PAGE_ROWS = 1000;

/** One link: SHA-256 of the previous row's hash followed by this row's canonical text. */
export function chainHash(prevHash: string, rowText: string): string {
  return createHash('sha256').update(prevHash + rowText, 'utf8').digest('hex');
}

/** What every hash-chained table stores besides its own fields. */
export interface ChainedRow {
  readonly seq: string | number;
  readonly prev_hash: string;
  readonly hash: string;
}

/** The outcome of checking a chain: intact (with its head), or the first row that is not. */
export type HashChainResult =
  | { readonly ok: true; readonly rows: number; readonly headHash: string }
  | {
      readonly ok: false;
      readonly rows: number;
      /** The first row whose link or content does not check out. */
      readonly brokenSeq: string;
      /** `link`: its prev_hash is not the previous row's hash (a row removed or inserted); `hash`: its fields were changed. */
      readonly problem: 'link' | 'hash';
    };

export interface HashChainRule<R extends ChainedRow> {
  /** The row's hash as it was written: chainHash(prevHash, its canonical text). */
  hashRow(prevHash: string, row: R): string;
  /** Whether `rows` of a broken result counts the broken row too (the audit log's report does). */
  readonly countBrokenRow?: boolean;
}

/** Checks rows one by one in seq order; `check` answers the first failure, `result` the intact chain. */
export function createHashChainChecker<R extends ChainedRow>(rule: HashChainRule<R>): { check(row: R): HashChainResult | undefined; result(): HashChainResult } {
  let prevHash = GENESIS_HASH;
  let rows = 0;
  const broken = (row: R, problem: 'link' | 'hash'): HashChainResult => ({ ok: false, rows: rows + (rule.countBrokenRow ? 1 : 0), brokenSeq: String(row.seq), problem });
  return {
    check(row) {
      if (row.prev_hash !== prevHash) return broken(row, 'link');
      if (rule.hashRow(prevHash, row) !== row.hash) return broken(row, 'hash');
      prevHash = row.hash;
      rows++;
      return undefined;
    },
    result: () => ({ ok: true, rows, headHash: prevHash }),
  };
}

/**
 * Recomputes a table's hash chain from the first row, a page at a time, and reports the first
 * broken row, so an edit, removal or insertion made behind the server's back (SQL, a restored
 * backup) shows. `columns` must include seq, prev_hash and hash. Gaps in seq alone are fine: a
 * rolled-back append uses up a sequence number.
 */
export async function verifyHashChain<R extends ChainedRow>(db: Queryable, table: string, columns: string, rule: HashChainRule<R>): Promise<HashChainResult> {
  const checker = createHashChainChecker(rule);
  let after = '0';
  for (;;) {
    const page = await db.query<R>(`SELECT ${columns} FROM ${table} WHERE seq > $1::bigint ORDER BY seq LIMIT $2`, [after, PAGE_ROWS]);
    for (const row of page) {
      const broken = checker.check(row);
      if (broken) return broken;
    }
    if (page.length < PAGE_ROWS) return checker.result();
    after = String(page[page.length - 1]!.seq);
  }
}
