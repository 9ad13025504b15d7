import { validateDocument } from '@inkless/label';
import type { Queryable } from '../../src/db/database';

/** What a seeded template may set; everything else gets a small valid default. */
export interface SeedTemplate {
  readonly ownerId: string | null;
  readonly name?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly widthMm?: number;
  readonly heightMm?: number;
  readonly visibility?: 'private' | 'unlisted' | 'public';
  readonly license?: 'CC0-1.0' | 'CC-BY-4.0' | null;
  readonly publishedAt?: Date | null;
  readonly hiddenAt?: Date | null;
  readonly hiddenReason?: string | null;
  readonly creditName?: string | null;
  readonly ratingSum?: number;
  readonly ratingCount?: number;
}

/** The smallest label document the engine accepts: a size and one text element. */
export function minimalDocument(name: string, widthMm: number, heightMm: number): Record<string, unknown> {
  return {
    schemaVersion: 2,
    name,
    label: { widthMm, heightMm },
    elements: [{ type: 'text', xMm: 1, yMm: 1, widthMm: widthMm - 2, heightMm: Math.min(8, heightMm - 2), text: name }],
  };
}

let searchIsGenerated: Promise<boolean> | undefined;

/**
 * Inserts a template row directly (the templates routes belong to another module), with a
 * document the engine validates. `search` is written as to_tsvector(name || ' ' || description)
 * unless the schema generates it itself.
 */
export async function seedTemplate(db: Queryable, seed: SeedTemplate): Promise<string> {
  const name = seed.name ?? 'Seeded label';
  const widthMm = seed.widthMm ?? 50;
  const heightMm = seed.heightMm ?? 30;
  const document = minimalDocument(name, widthMm, heightMm);
  const valid = validateDocument(document);
  if (!valid.ok) throw new Error(`seed document does not validate: ${JSON.stringify(valid.issues)}`);
  const visibility = seed.visibility ?? 'private';
  const values = [
    seed.ownerId, name, seed.description ?? '', JSON.stringify(document), [...(seed.tags ?? [])], widthMm, heightMm, visibility,
    seed.license === undefined ? (visibility === 'private' ? null : 'CC0-1.0') : seed.license,
    seed.publishedAt === undefined ? (visibility === 'private' ? null : new Date()) : seed.publishedAt,
    seed.hiddenAt ?? null, seed.hiddenReason ?? null, seed.creditName ?? null, seed.ratingSum ?? 0, seed.ratingCount ?? 0,
  ];
  searchIsGenerated ??= db.query<{ is_generated: string }>(
    "SELECT is_generated FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'templates' AND column_name = 'search'",
  ).then((rows) => rows[0]?.is_generated === 'ALWAYS');
  const generated = await searchIsGenerated;
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO templates (owner_id, name, description, document, tags, width_mm, height_mm, visibility, license, published_at, hidden_at, hidden_reason, credit_name, rating_sum, rating_count${generated ? '' : ', search'})
     VALUES ($1, $2, $3, $4::jsonb, $5::text[], $6, $7, $8, $9, $10, $11, $12, $13, $14, $15${generated ? '' : ", to_tsvector('english', $2 || ' ' || $3)"})
     RETURNING id`,
    values,
  );
  return row!.id;
}
