import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { processTreeRssBytes } from './process-rss';
import { TEST_POSTGRES_URL } from './test-database';

const BIN = fileURLToPath(new URL('../../bin/inkless-server.js', import.meta.url));

/** A real server process (`bin/inkless-server.js`), for crash and multi-process tests. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resident memory of the process and its children now, bytes. */
  rssBytes(): number;
  /** SIGKILL: no shutdown code runs (a crash). */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/** What to run: the server alone (default), or another command that serves it, such as `inkless serve`. */
export interface ServerCommand {
  readonly bin: string;
  readonly args: readonly string[];
}

/** Starts the server with `env` on port 0 and waits until it says where it listens. */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 60_000, command: ServerCommand = { bin: BIN, args: [] }): Promise<ServerProcess> {
  const child = spawn(process.execPath, [command.bin, ...command.args], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout!.on('data', (c: Buffer) => { text += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { text += c.toString(); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms: ${text}`)), timeoutMs);
    const check = () => {
      const m = /on (http:\/\/localhost:\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${text}`));
    });
  });
  return {
    url, child,
    output: () => text,
    rssBytes: () => processTreeRssBytes(child.pid!),
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A fresh PostgreSQL database for server processes (they take a whole database, not a schema). */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `inkless_t_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
