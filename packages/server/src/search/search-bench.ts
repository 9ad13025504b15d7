// Search benchmark: p50/p95 of GET /api/search over 100,000 templates, through the whole app.
// Not a test (timings vary by machine). Run:
//   npx tsx packages/server/src/search/search-bench.ts [pglite|postgres] [templates=100000]
// postgres uses INKLESS_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) in a
// throw-away schema.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../app';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { openPgliteDatabase } from '../db/pglite-database';
import { dropPostgresSchema, openPostgresDatabase } from '../db/postgres-database';
import { createOutboxMailer } from '../mail/mailer';

const POSTGRES_URL = process.env.INKLESS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const USERS = 200;

const NAME_WORDS = ['shipping', 'address', 'price', 'shelf', 'jar', 'pantry', 'asset', 'tag', 'barcode', 'qr', 'food', 'allergen', 'freezer', 'spice', 'inventory', 'parcel',
  'return', 'warehouse', 'bin', 'location', 'cable', 'server', 'rack', 'sample', 'lab', 'tube', 'candle', 'soap', 'cosmetic', 'wine', 'beer', 'coffee', 'tea', 'bakery',
  'cheese', 'meat', 'fish', 'garden', 'seed', 'plant', 'book', 'library', 'school', 'name', 'badge', 'event', 'ticket', 'wristband', 'jewelry', 'clothing', 'size', 'care',
  'laundry', 'medicine', 'pharmacy', 'dose', 'pet', 'vet', 'office', 'folder'];
const TEXT_WORDS = [...NAME_WORDS, 'label', 'with', 'logo', 'small', 'large', 'round', 'square', 'thermal', 'direct', 'transfer', 'sticker', 'printable', 'editable',
  'template', 'design', 'bold', 'modern', 'classic', 'minimal', 'colourful', 'monochrome', 'company', 'product', 'date', 'batch', 'lot', 'expiry', 'serial', 'number'];
const TAGS = ['food', 'retail', 'shipping', 'office', 'home', 'industrial', 'medical', 'events', 'kitchen', 'storage', 'garden', 'beauty', 'drinks', 'pets', 'school'];
const SIZES = [[50, 30], [40, 30], [100, 150], [62, 29], [57, 32], [102, 76], [25, 25], [76, 51]];

/** Brand-like made-up words: the long tail of a real vocabulary, each in a few templates. */
const RARE_WORDS = Array.from({ length: 3000 }, (_, i) => {
  const syllables = ['ka', 'lo', 'mi', 're', 'tu', 'san', 'vor', 'bel', 'dix', 'nu', 'pra', 'zel', 'qua', 'ho', 'fen', 'gri'];
  return `${syllables[i % 16]}${syllables[Math.floor(i / 16) % 16]}${syllables[Math.floor(i / 256) % 16]}x`;
});

/**
 * Fills the database: users, then templates with names of two common words and a rare one,
 * descriptions of six common words (skewed: the first of the list are the most frequent, as in
 * any language) and four rare ones, two tags, a size (50 x 30 and 4 x 6 in the most common), a
 * printer language and public or private, all drawn from a seeded random generator.
 */
export async function seedSearchBench(db: Database, count: number): Promise<void> {
  await db.query(
    `INSERT INTO users (email, password_hash, display_name) SELECT 'bench' || g || '@example.test', 'x', 'Bench ' || g FROM generate_series(1, $1) g`, [USERS],
  );
  const document = JSON.stringify({ schemaVersion: 2, label: { widthMm: 50, heightMm: 30, dpi: 203 }, variables: {}, elements: [{ type: 'text', xMm: 2, yMm: 2, widthMm: 46, heightMm: 8, text: 'x' }] });
  const batch = 10_000;
  const pick = (list: string, length: number, skew: number) => `${list}[1 + floor(power(random(), ${skew}) * ${length})::int]`;
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed(0.42)');
    for (let start = 0; start < count; start += batch) {
      await tx.query(
        `WITH u AS (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE email LIKE 'bench%'),
              w AS (SELECT $3::text[] AS names, $4::text[] AS words, $5::text[] AS tags, $6::real[] AS sizes, $8::text[] AS rare)
         INSERT INTO templates (owner_id, name, description, tags, document, width_mm, height_mm, printer_language, visibility, created_at, updated_at)
         SELECT u.ids[1 + g % ${USERS}],
           initcap(${pick('w.names', NAME_WORDS.length, 1.5)} || ' ' || ${pick('w.names', NAME_WORDS.length, 1.5)} || ' ' || ${pick('w.rare', RARE_WORDS.length, 1)}),
           (SELECT string_agg(CASE WHEN k <= 6 THEN ${pick('w.words', TEXT_WORDS.length, 2)} ELSE ${pick('w.rare', RARE_WORDS.length, 1)} END, ' ') FROM generate_series(1, 10 + 0 * g) k),
           ARRAY[${pick('w.tags', TAGS.length, 1.5)}, ${pick('w.tags', TAGS.length, 1.5)}],
           $7::jsonb, w.sizes[1 + s.i * 2], w.sizes[2 + s.i * 2],
           (ARRAY['', 'tspl', 'zpl', 'escpos'])[1 + floor(random() * 4)::int],
           CASE WHEN random() < 0.5 THEN 'public' ELSE 'private' END,
           now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
         FROM generate_series($1::int, $2::int) g CROSS JOIN LATERAL (SELECT floor(power(random(), 2) * ${SIZES.length} + 0 * g)::int AS i) s, u, w`,
        [start + 1, Math.min(count, start + batch), NAME_WORDS, TEXT_WORDS, TAGS, SIZES.flat(), document, RARE_WORDS],
      );
    }
  });
  // As a long-running server's tables would be: hint bits set, statistics current.
  await db.exec('VACUUM ANALYZE templates');
}

/** The searches a studio sends: words, half-typed words, filters, each scope. */
export function buildSearchQueries(): string[] {
  const queries: string[] = [];
  for (let i = 0; i < 40; i++) {
    const a = NAME_WORDS[(i * 7) % NAME_WORDS.length]!;
    const b = TEXT_WORDS[(i * 11 + 3) % TEXT_WORDS.length]!;
    const [w, h] = SIZES[i % SIZES.length]!;
    const rare = RARE_WORDS[(i * 97) % RARE_WORDS.length]!;
    queries.push(
      `q=${rare}`,
      `q=${a}+${rare.slice(0, 5)}`,
      `q=${a}`,
      `q=${a.slice(0, 3)}`,
      `q=${a}+${b}`,
      `q=${a}+${b.slice(0, 4)}&scope=gallery`,
      `q=${b}&widthMm=${w}&heightMm=${h}`,
      `q=${a}&tags=${TAGS[i % TAGS.length]}&scope=mine`,
      `widthMm=${w}&heightMm=${h}&printerLanguage=tspl`,
    );
  }
  queries.push('q=label', 'q=label+template', 'q=l', 'q=the', 'q=zzzz+nothing');
  return queries;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main(): Promise<void> {
  const kind = process.argv[2] === 'postgres' ? 'postgres' : 'pglite';
  const count = Number(process.argv[3] ?? 100_000);
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const db = kind === 'postgres' ? await openPostgresDatabase(POSTGRES_URL, { schema }) : await openPgliteDatabase(undefined);
  const outbox = mkdtempSync(join(tmpdir(), 'inkless-bench-'));
  try {
    await migrate(db);
    let started = performance.now();
    await seedSearchBench(db, count);
    process.stdout.write(`${kind}: seeded ${count} templates in ${Math.round(performance.now() - started)} ms\n`);
    const app = await buildApp({ db, mailer: createOutboxMailer(outbox, () => undefined), limits: { signupPerIp: { name: 'signup-ip', max: 1000, windowSeconds: 60 } } });
    const csrf = JSON.parse((await app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { host: 'localhost:3000' } })).body).token as string;
    const signup = await app.inject({
      method: 'POST', url: '/api/auth/signup', headers: { host: 'localhost:3000', 'content-type': 'application/json', 'x-csrf-token': csrf },
      payload: JSON.stringify({ email: 'searcher@example.test', password: 'correct horse battery staple', displayName: 'Searcher' }),
    });
    const cookie = String(signup.headers['set-cookie']).split(';')[0]!;
    // The searcher owns a share of the templates, like any other user.
    await db.query("UPDATE templates SET owner_id = (SELECT id FROM users WHERE email = 'searcher@example.test') WHERE owner_id = (SELECT id FROM users WHERE email = 'bench1@example.test')");

    const queries = buildSearchQueries();
    const run = async (query: string): Promise<number> => {
      const at = performance.now();
      const res = await app.inject({ method: 'GET', url: `/api/search?${query}&limit=20`, headers: { host: 'localhost:3000', cookie } });
      if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
      return performance.now() - at;
    };
    for (const query of queries) await run(query);
    const times: { query: string; ms: number }[] = [];
    started = performance.now();
    for (let round = 0; round < 3; round++) for (const query of queries) times.push({ query, ms: await run(query) });
    const total = performance.now() - started;
    const sorted = times.map((x) => x.ms).sort((a, b) => a - b);
    const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 5).map((x) => `${x.query} ${x.ms.toFixed(1)} ms`);
    process.stdout.write(`${kind}: ${times.length} searches over ${count} templates in ${Math.round(total)} ms: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1]!.toFixed(1)} ms\n`);
    process.stdout.write(`slowest: ${slowest.join('; ')}\n`);
    await app.close();
  } finally {
    await db.close();
    if (kind === 'postgres') await dropPostgresSchema(POSTGRES_URL, schema);
    rmSync(outbox, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
