import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient, sendOverHttp } from './support/test-app';
import { createScratchDatabase, startServerProcess, type ServerProcess } from './support/server-process';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'inkless-durability-'));
  dirs.push(d);
  return d;
}

/** Signs up accounts as fast as it can (4 at a time) until `stop` says so; returns those the server acknowledged. */
async function writeUntil(server: ServerProcess, stop: () => boolean): Promise<string[]> {
  const acknowledged: string[] = [];
  let n = 0;
  const lane = async () => {
    while (!stop()) {
      const email = `w${++n}-${Math.random().toString(36).slice(2, 8)}@example.test`;
      try {
        const res = await new ApiClient(sendOverHttp(() => server.url)).post('/api/auth/signup', { email, password: 'correct horse battery staple', displayName: 'W' });
        if (res.status === 201) acknowledged.push(email);
      } catch {
        return; // the server is gone
      }
    }
  };
  await Promise.all([lane(), lane(), lane(), lane()]);
  return acknowledged;
}

describe.each(['pglite', 'postgres'] as const)('kill -9 during a stream of writes (%s)', (kind) => {
  it('keeps every acknowledged write after a restart', async () => {
    const scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
    const env = { INKLESS_DATA_DIR: tempDir(), ...(scratch ? { DATABASE_URL: scratch.url } : {}) };
    try {
      const first = await startServerProcess(env);
      let killed = false;
      const writing = writeUntil(first, () => killed);
      await new Promise((r) => setTimeout(r, 2500));
      await first.kill9();
      killed = true;
      const acknowledged = await writing;
      expect(acknowledged.length).toBeGreaterThan(5);
      const second = await startServerProcess(env);
      try {
        const missing: string[] = [];
        for (const email of acknowledged) {
          const res = await new ApiClient(sendOverHttp(() => second.url)).logIn(email);
          if (res.status !== 200) missing.push(`${email}: ${res.status}`);
        }
        expect(missing).toEqual([]);
      } finally {
        await second.stop();
      }
    } finally {
      await scratch?.drop();
    }
  });
});

describe('a crash during the very first start', () => {
  it('leaves nothing that hangs or breaks the next start', async () => {
    const dataDir = tempDir();
    const env = { INKLESS_DATA_DIR: dataDir };
    const { spawn } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const bin = fileURLToPath(new URL('../bin/inkless-server.js', import.meta.url));
    // Kill it while initdb is still running (it takes seconds): the data directory is half made.
    const child = spawn(process.execPath, [bin], { env: { ...process.env, PORT: '0', ...env }, stdio: 'ignore' });
    const until = Date.now() + 30_000;
    while (!readdirSync(dataDir).some((f) => f.startsWith('.db.initialising-')) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(join(dataDir, 'db', 'PG_VERSION'))).toBe(false);
    const server = await startServerProcess(env, 60_000);
    try {
      const c = new ApiClient(sendOverHttp(() => server.url));
      expect((await c.post('/api/auth/signup', { email: 'first@example.test', password: 'correct horse battery staple', displayName: 'F' })).status).toBe(201);
      expect(readdirSync(dataDir).filter((f) => f.startsWith('.db.initialising-'))).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
