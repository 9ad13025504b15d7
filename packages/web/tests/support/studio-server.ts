import { existsSync, rmSync } from 'node:fs';
import { readServerConfig, startServer, type RunningServer } from '@inkless/server';
import { chromium, type Browser } from 'playwright-core';
// Test-only, as docs/decisions/004 allows: the CLI mounts the studio, so its tests use the same site.
import { registerStudioSite } from '../../../cli/src/browser/studio-site';
import { makeStudioDataDir } from './studio-data-dir';

/** Debian's Chromium (scripts/ensure-system-deps.sh installs it); never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The real server, in this process, on a free loopback port with a scratch data directory, serving the studio. */
export interface StudioFixture {
  readonly origin: string;
  readonly browser: Browser;
  readonly server: RunningServer;
  close(): Promise<void>;
}

/** `env` adds server settings (environment variable names), e.g. SMTP_URL for a test's mail listener. */
export async function startStudioFixture(env: Readonly<Record<string, string>> = {}): Promise<StudioFixture> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: run scripts/ensure-system-deps.sh`);
  // A copy of a migrated database: an empty one, as a first start makes, without its initdb.
  const dataDir = await makeStudioDataDir();
  const config = readServerConfig({ ...env, PORT: '0', INKLESS_DATA_DIR: dataDir });
  const server = await startServer(config, { site: (app) => registerStudioSite(app, () => {}) });
  const port = new URL(server.url).port;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    // 127.0.0.1 (not "localhost"): the server listens there only, and it is a secure context for service workers.
    origin: `http://127.0.0.1:${port}`,
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
