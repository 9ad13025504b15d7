// The server benchmark: start-up time, and requests/s + p99 latency (autocannon, on loopback) of
// GET /api/templates, GET /api/search and POST /api/render, on PGlite and on PostgreSQL, against a
// server process holding 100,000 templates; plus search p95 one request at a time, and the
// server's memory idle and after the load. `npm run bench`
// runs it after the engine and printer benches; alone:
//   npx tsx packages/server/bench/server-bench.ts [--templates 100000] [--seconds 8]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { migrate } from '../src/db/migrate';
import { openPgliteDatabase } from '../src/db/pglite-database';
import { openPostgresDatabase } from '../src/db/postgres-database';
import type { Database } from '../src/db/database';
import { seedSearchBench, buildSearchQueries } from '../src/search/search-bench';
import { ApiClient, sendOverHttp } from '../tests/support/test-app';
import { createScratchDatabase, startServerProcess, type ServerCommand, type ServerProcess } from '../tests/support/server-process';

export type { ServerCommand };

export interface EndpointFigures {
  readonly requests_per_s: number;
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly errors: number;
}

export interface ServerBenchFigures {
  readonly templates: number;
  readonly seconds_per_endpoint: number;
  readonly databases: Record<string, {
    readonly first_start_ms: number;
    readonly start_ms: number;
    readonly seed_ms: number;
    /** Resident memory of the server's process tree, MB: idle after the first start (empty database), idle with the templates, after the load. */
    readonly memory_mb: { readonly first_start_idle: number; readonly idle: number; readonly loaded: number };
    readonly endpoints: Record<string, EndpointFigures>;
    readonly search_one_at_a_time: { readonly p50_ms: number; readonly p95_ms: number; readonly p99_ms: number; readonly queries: number };
  }>;
}

const SHIPPING_LABEL = JSON.parse(readFileSync(new URL('../../cli/src/bench/shipping-bench-label.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const SHIPPING_ROW = JSON.parse(readFileSync(new URL('./shipping-row.json', import.meta.url), 'utf8')) as Record<string, string>;
const PASSWORD = 'correct horse battery staple';

/** How long a freshly started server is left alone before its idle memory is read. */
const SETTLE_MS = 3000;

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Runs the whole server bench; `log` gets one line per figure as it is measured. `command` is what
 * serves (default: the server alone; `npm run bench` passes `inkless serve`, what `npm start` runs).
 */
export async function runServerBench(options: { templates?: number; seconds?: number; log?: (line: string) => void; command?: ServerCommand } = {}): Promise<ServerBenchFigures> {
  const templates = options.templates ?? 100_000;
  const seconds = options.seconds ?? 8;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const databases: ServerBenchFigures['databases'] = {};
  for (const kind of ['pglite', 'postgres'] as const) {
    const dir = mkdtempSync(join(tmpdir(), `inkless-server-bench-${kind}-`));
    const scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
    // The render limit per address is lifted: every bench request comes from one address.
    const env = { INKLESS_DATA_DIR: dir, INKLESS_RENDER_PER_MINUTE: '1000000', ...(scratch ? { DATABASE_URL: scratch.url } : {}) };
    try {
      // First start on an empty database (PGlite runs initdb), then stop and seed it directly.
      let at = performance.now();
      let server = await startServerProcess(env, 120_000, options.command);
      const firstStartMs = performance.now() - at;
      await sleep(SETTLE_MS);
      const firstStartIdleMb = megabytes(server.rssBytes());
      await server.stop();
      at = performance.now();
      const db: Database = scratch ? await openPostgresDatabase(scratch.url) : await openPgliteDatabase(join(dir, 'db'));
      await migrate(db);
      await seedSearchBench(db, templates);
      await db.close();
      const seedMs = performance.now() - at;
      at = performance.now();
      server = await startServerProcess(env, 120_000, options.command);
      const startMs = performance.now() - at;
      try {
        await sleep(SETTLE_MS);
        const idleMb = megabytes(server.rssBytes());
        const { cookie, csrf } = await signInBenchUser(server, scratch?.url, join(dir, 'db'));
        log(`${kind}: first start ${Math.round(firstStartMs)} ms, start ${Math.round(startMs)} ms, seeded ${templates} templates in ${Math.round(seedMs)} ms`);
        const endpoints: Record<string, EndpointFigures> = {};
        const queries = buildSearchQueries();
        endpoints['GET /api/templates'] = await hammer(server.url, seconds, [{ method: 'GET', path: '/api/templates?limit=20', headers: { cookie } }]);
        endpoints['GET /api/search'] = await hammer(server.url, seconds, queries.map((q) => ({ method: 'GET' as const, path: `/api/search?${q}&limit=20`, headers: { cookie } })));
        endpoints['POST /api/render (shipping label, PNG)'] = await hammer(server.url, seconds, [{
          method: 'POST', path: '/api/render', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
          body: JSON.stringify({ document: SHIPPING_LABEL, row: SHIPPING_ROW, format: 'png' }),
        }]);
        for (const [name, f] of Object.entries(endpoints)) log(`${kind}: ${name.padEnd(40)} ${f.requests_per_s.toFixed(0).padStart(6)} req/s  p50 ${f.p50_ms} ms  p99 ${f.p99_ms} ms  errors ${f.errors}`);
        const search = await searchOneAtATime(server.url, cookie, queries);
        log(`${kind}: search one at a time over ${templates} templates: p50 ${search.p50_ms} ms, p95 ${search.p95_ms} ms, p99 ${search.p99_ms} ms (${search.queries} queries)`);
        const loadedMb = megabytes(server.rssBytes());
        log(`${kind}: memory (process tree RSS) idle after first start ${firstStartIdleMb} MB, idle with ${templates} templates ${idleMb} MB, after the load ${loadedMb} MB`);
        databases[kind] = {
          first_start_ms: Math.round(firstStartMs), start_ms: Math.round(startMs), seed_ms: Math.round(seedMs),
          memory_mb: { first_start_idle: firstStartIdleMb, idle: idleMb, loaded: loadedMb }, endpoints, search_one_at_a_time: search,
        };
      } finally {
        await server.stop();
      }
    } finally {
      await scratch?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { templates, seconds_per_endpoint: seconds, databases };
}

/** Signs up the bench user and gives it the templates of one seeded user, as any user would own some. */
async function signInBenchUser(server: ServerProcess, postgresUrl: string | undefined, _pgliteDir: string): Promise<{ cookie: string; csrf: string }> {
  const client = new ApiClient(sendOverHttp(() => server.url));
  const user = await client.signUp('bench-user@example.test', PASSWORD, 'Bench');
  if (postgresUrl) {
    const db = await openPostgresDatabase(postgresUrl);
    await db.query("UPDATE templates SET owner_id = $1 WHERE owner_id = (SELECT id FROM users WHERE email = 'bench1@example.test')", [user.id]);
    await db.close();
  } else {
    // PGlite is one process's: the templates are claimed through the API instead (a few hundred).
    for (let i = 0; i < 200; i++) await client.post('/api/templates', { name: `Bench label ${i}`, document: SHIPPING_LABEL, tags: ['bench'] });
  }
  await client.refreshCsrf();
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = (await client.get<{ token: string }>('/api/auth/csrf')).body.token;
  return { cookie, csrf };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function hammer(url: string, seconds: number, requests: autocannon.Request[]): Promise<EndpointFigures> {
  const result = await autocannon({ url, connections: 10, duration: seconds, requests });
  return {
    requests_per_s: Math.round(result.requests.average),
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function searchOneAtATime(url: string, cookie: string, queries: readonly string[]): Promise<ServerBenchFigures['databases'][string]['search_one_at_a_time']> {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const at = performance.now();
      const res = await fetch(`${url}/api/search?${q}&limit=20`, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`search ${q}: ${res.status}`);
      if (round > 0) times.push(performance.now() - at);
    }
  }
  times.sort((a, b) => a - b);
  const p = (x: number) => Math.round(times[Math.min(times.length - 1, Math.floor((x / 100) * times.length))]! * 10) / 10;
  return { p50_ms: p(50), p95_ms: p(95), p99_ms: p(99), queries: times.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : undefined;
  };
  const figures = await runServerBench({ templates: arg('templates') ?? 100_000, seconds: arg('seconds') ?? 8 });
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
