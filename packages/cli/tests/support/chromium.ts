import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (scripts/ensure-chromium.sh installs it); never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Launches headless Chromium with the flags this sandbox needs and no background networking. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: run scripts/ensure-system-deps.sh`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A preview server on a free loopback port and a Chromium to look at it, for one test file. */
export interface BrowserFixture {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startPreviewInChromium(): Promise<BrowserFixture> {
  const { createPreviewServer, listen } = await import('../../src/browser/preview-server');
  const server = await createPreviewServer();
  const origin = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  const browser = await launchChromium();
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
