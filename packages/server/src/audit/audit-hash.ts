import { chainHash } from './hash-chain';

/** One audit row as it is hashed: everything but the hashes themselves. */
export interface AuditRow {
  readonly seq: string;
  readonly at: Date;
  readonly staffId: string | null;
  readonly action: string;
  readonly subjectUserId: string | null;
  readonly target: string;
}

/**
 * Canonical JSON: object keys sorted, no whitespace, so the same row always hashes the same
 * whichever database or driver read it back.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The hash that links a row to the one before it: sha256(prevHash + canonical JSON of the row),
 * hex. Changing any field, or the order or presence of rows before it, changes it.
 */
export function hashAuditRow(prevHash: string, row: AuditRow): string {
  const json = canonicalJson({ seq: row.seq, at: row.at.toISOString(), staffId: row.staffId, action: row.action, subjectUserId: row.subjectUserId, target: row.target });
  return chainHash(prevHash, json);
}
