import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteDatabase } from '../../server/src/db/pglite-database';
import { startServerProcess, type ServerProcess } from '../../server/tests/support/server-process';

const BIN = fileURLToPath(new URL('../bin/inkless.js', import.meta.url));

/** The bound for an idle `npm start` on the embedded database (it was 1.1-1.3 GB). */
const IDLE_LIMIT_MB = 400;

describe('npm start on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'inkless-serve-memory-'));
  let server: ServerProcess | undefined;

  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`stays under ${IDLE_LIMIT_MB} MB idle after its very first start (initdb, studio and all)`, async () => {
    server = await startServerProcess({ INKLESS_DATA_DIR: join(dir, 'data') }, 120_000, { bin: BIN, args: ['serve'] });
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idleMb = server.rssBytes() / (1024 * 1024);
    expect(idleMb).toBeGreaterThan(0);
    expect(idleMb).toBeLessThan(IDLE_LIMIT_MB);
  });

  it('keeps a small buffer cache inside the embedded PostgreSQL', async () => {
    const db = await openPgliteDatabase(undefined);
    try {
      const [row] = await db.query<{ shared_buffers: string }>('SHOW shared_buffers');
      expect(row!.shared_buffers).toBe('16MB');
    } finally {
      await db.close();
    }
  });
});
