import type { PrinterLanguage } from '@inkless/printers';
import { SUMMARY_COLUMNS } from '../templates/template-row';

/** Whose templates a search looks at. */
export type SearchScope = 'mine' | 'gallery' | 'all';

export interface SearchRequest {
  readonly q?: string;
  readonly scope: SearchScope;
  readonly widthMm?: number;
  readonly heightMm?: number;
  /** How far a size may be off and still match (labels measured by hand are a little off). */
  readonly toleranceMm: number;
  readonly printerLanguage?: PrinterLanguage;
  /** Templates must carry every one of these (already normalised). */
  readonly tags?: readonly string[];
  readonly limit: number;
  readonly offset: number;
}

/** Words of a query that count: more are ignored, longer ones cut (PostgreSQL skips words over 2 KB anyway). */
const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 100;

/**
 * The words of what the user typed: runs of letters, marks and digits only, so nothing a user
 * types can be tsquery syntax. Quotes, operators and SQL are simply separators.
 */
export function splitSearchWords(q: string): string[] {
  return (q.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/** A condition and its parameters, numbered from `first`. */
interface Clause {
  readonly sql: string;
  readonly values: unknown[];
}

/**
 * The text query: every word but the last must match (as an English stem: "labels" finds
 * "label"); the last one, perhaps half-typed, matches as a stem or as the start of a word
 * ("shipp" finds "shipping"). Words are quoted lexemes of letters and digits only.
 */
function buildTsquery(words: readonly string[], param: (value: unknown) => string): string {
  const last = words[words.length - 1]!;
  const lastMatch = `(to_tsquery('english', ${param(`'${last}'`)}) || to_tsquery('simple', ${param(`'${last}':*`)}))`;
  if (words.length === 1) return lastMatch;
  return `(to_tsquery('english', ${param(words.slice(0, -1).map((w) => `'${w}'`).join(' & '))}) && ${lastMatch})`;
}

/** Candidates a search ranks: the newest matches by name, and the newest matches anywhere. */
export const NAME_CANDIDATES = 100;
export const TEXT_CANDIDATES = 200;

/**
 * The SQL of one search: scope and filters, and when there are words, full-text match ranked by
 * ts_rank (a match in the name weighs more than one in the description, which beats the tags);
 * ties and word-less searches go newest first. Every user value is a parameter.
 *
 * Ranking every match is what makes full-text search slow: a common word ("label") matches a
 * large share of 100,000 templates, and reading them all takes hundreds of milliseconds. So
 * only a bounded set is ranked: the NAME_CANDIDATES newest templates with the words in their name
 * plus the TEXT_CANDIDATES newest with them anywhere, each walked newest first (or found through
 * the GIN index when the words are rare: PostgreSQL picks, the tsquery being a constant).
 * Rare words rank all their matches; for common ones, the best of the recent ones come first.
 */
export function buildSearchSql(request: SearchRequest, viewerId: string | undefined): Clause {
  const values: unknown[] = [];
  const param = (value: unknown): string => {
    values.push(value);
    return `$${values.length}`;
  };
  const where: string[] = [];
  if (request.scope === 'mine') where.push(`owner_id = ${param(viewerId ?? null)}`);
  else if (request.scope === 'gallery') where.push(`(visibility = 'public' AND hidden_at IS NULL)`);
  else where.push(`(owner_id = ${param(viewerId ?? null)} OR (visibility = 'public' AND hidden_at IS NULL))`);
  if (request.widthMm !== undefined) where.push(`width_mm BETWEEN ${param(request.widthMm - request.toleranceMm)} AND ${param(request.widthMm + request.toleranceMm)}`);
  if (request.heightMm !== undefined) where.push(`height_mm BETWEEN ${param(request.heightMm - request.toleranceMm)} AND ${param(request.heightMm + request.toleranceMm)}`);
  if (request.printerLanguage !== undefined) where.push(`printer_language = ${param(request.printerLanguage)}`);
  if (request.tags !== undefined && request.tags.length > 0) where.push(`tags @> ${param(request.tags)}::text[]`);
  const filters = where.join(' AND ');

  const words = request.q === undefined ? [] : splitSearchWords(request.q);
  if (words.length === 0) {
    return { sql: `SELECT ${SUMMARY_COLUMNS} FROM templates WHERE ${filters} ORDER BY updated_at DESC, id LIMIT ${param(request.limit)} OFFSET ${param(request.offset)}`, values };
  }
  const query = buildTsquery(words, param);
  const candidates = (column: string, limit: number) =>
    `(SELECT id, updated_at, ts_rank(search, ${query}) AS rank FROM templates WHERE ${column} @@ ${query} AND ${filters} ORDER BY updated_at DESC LIMIT ${limit})`;
  const columns = SUMMARY_COLUMNS.split(', ').map((c) => `t.${c}`).join(', ');
  const sql = `WITH candidates AS (${candidates('name_search', NAME_CANDIDATES)} UNION ${candidates('search', TEXT_CANDIDATES)}),
    page AS (SELECT id, rank, updated_at FROM candidates ORDER BY rank DESC, updated_at DESC, id LIMIT ${param(request.limit)} OFFSET ${param(request.offset)})
    SELECT ${columns}, page.rank FROM page JOIN templates t ON t.id = page.id ORDER BY page.rank DESC, page.updated_at DESC, page.id`;
  return { sql, values };
}
