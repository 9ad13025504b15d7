import type { AppContext } from '../app-context';
import type { Queryable } from '../db/database';
import { ApiError } from '../http/api-error';
import { basisChecks, disclosureBases, type DisclosureBasis, type DisclosureSubject } from './disclosure-bases';
import { GENESIS_HASH } from '../audit/hash-chain';
import { hashDisclosureRow } from './disclosure-hash';
import { dataCategories } from './inventory-types';

/** Any constant other than the migration, audit and consent locks: appenders on every server take turns on it. */
const DISCLOSURE_APPEND_LOCK = 7_413_024;

/** One transfer of personal data out of the service, and the function that carries it out. */
export interface DisclosureRequest<T> {
  readonly subject: DisclosureSubject;
  /** Who receives it, as the ground's record names them (an authority, a partner, a complainant's address). */
  readonly recipient: string;
  /** Which kinds of data (inventory categories); the register keeps these, never the data. */
  readonly categories: readonly string[];
  readonly basis: DisclosureBasis;
  /** The record behind the ground: legal-request:<id>, report:<id>, partner:<id>, service:<id>. */
  readonly reference: string;
  /** Sends the data; called only once the register row is committed. */
  readonly send: () => Promise<T>;
}

/**
 * The one door personal data leaves the service through. Checks the ground against the policy's
 * closed list and the record behind it (a consent still in effect, a legal request approved by
 * two staff members and covering these categories, a complaint about this publisher...), writes
 * the append-only, hash-chained register row and commits it, and only then calls `send`. A
 * refused ground throws INKLESS_PRIVACY_DISCLOSURE_REFUSED and nothing is sent. A `send` that
 * fails leaves its row: the register errs on the side of recording an attempt.
 *
 * @example
 * const pkg = await disclose(ctx, {
 *   subject: { userId }, recipient: 'District Court', categories: ['account'], basis: 'legal-request',
 *   reference: `legal-request:${id}`, send: async () => collectPersonalData(ctx.db, userId, ctx.clock(), { categories: ['account'] }),
 * });
 */
export async function disclose<T>(ctx: Pick<AppContext, 'db' | 'clock'>, request: DisclosureRequest<T>): Promise<T> {
  const refused = (why: string) => new ApiError('INKLESS_PRIVACY_DISCLOSURE_REFUSED', `nothing was shared: ${why}`);
  if (!(disclosureBases as readonly string[]).includes(request.basis)) throw refused(`${String(request.basis)} is not a ground the privacy policy allows (${disclosureBases.join(', ')})`);
  if (request.recipient.trim() === '') throw refused('name the recipient');
  if (request.reference.trim() === '') throw refused('name the record behind the ground');
  const unknown = request.categories.filter((c) => !(dataCategories as readonly string[]).includes(c));
  if (request.categories.length === 0 || unknown.length > 0) throw refused(`categories must be some of ${dataCategories.join(', ')}`);
  await ctx.db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [DISCLOSURE_APPEND_LOCK]);
    const now = ctx.clock();
    const why = await basisChecks[request.basis](tx, request, now);
    if (why) throw refused(why);
    await appendDisclosure(tx, request, now);
  });
  return request.send();
}

async function appendDisclosure(tx: Queryable, request: DisclosureRequest<unknown>, at: Date): Promise<void> {
  // Read after the lock: under READ COMMITTED this sees every append committed before it.
  const [last] = await tx.query<{ hash: string }>('SELECT hash FROM disclosure_register ORDER BY seq DESC LIMIT 1');
  const prevHash = last?.hash ?? GENESIS_HASH;
  const [next] = await tx.query<{ seq: string | number }>("SELECT nextval(pg_get_serial_sequence('disclosure_register', 'seq')) AS seq");
  const row = {
    seq: String(next!.seq), at,
    subjectUserId: 'userId' in request.subject ? request.subject.userId.toLowerCase() : null,
    subjectRecord: 'record' in request.subject ? request.subject.record : null,
    recipient: request.recipient, categories: [...request.categories], basis: request.basis, reference: request.reference,
  };
  await tx.query(
    'INSERT INTO disclosure_register (seq, at, subject_user_id, subject_record, recipient, categories, basis, reference, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10)',
    [row.seq, row.at, row.subjectUserId, row.subjectRecord, row.recipient, row.categories, row.basis, row.reference, prevHash, hashDisclosureRow(prevHash, row)],
  );
}
