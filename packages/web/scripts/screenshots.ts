/**
 * Takes the README's screenshots of the studio: the start screen on a desk (1440x900) and on a
 * phone (390x844, touch, 2x). Starts the studio as the browser tests do (the real server on a
 * loopback port, headless Chromium) and writes docs/images/start-desk.png and start-phone.png.
 *
 *   npx tsx packages/web/scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContextOptions } from 'playwright-core';
import { START_SCREEN } from '../tests/support/label-files';
import { openStudio } from '../tests/support/studio-page';
import { startStudioFixture } from '../tests/support/studio-server';

const IMAGES_DIR = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

const shots: ReadonlyArray<{ readonly file: string; readonly options: BrowserContextOptions }> = [
  { file: 'start-desk.png', options: { viewport: { width: 1440, height: 900 } } },
  { file: 'start-phone.png', options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
];

async function main(): Promise<void> {
  mkdirSync(IMAGES_DIR, { recursive: true });
  const fixture = await startStudioFixture();
  try {
    for (const shot of shots) {
      const context = await fixture.browser.newContext({ locale: 'en-US', ...shot.options });
      const page = await context.newPage();
      await openStudio(page, fixture.origin, { keepStartScreen: true });
      await page.locator(START_SCREEN).waitFor();
      // Every thumbnail on screen drawn before the picture is taken.
      await page.waitForFunction((screen) => document.querySelector(screen)?.querySelectorAll('.label-thumbnail[data-ready="false"]').length === 0, START_SCREEN, { timeout: 60_000 });
      await page.screenshot({ path: `${IMAGES_DIR}${shot.file}` });
      console.log(`wrote docs/images/${shot.file}`);
      await context.close();
    }
  } finally {
    await fixture.close();
  }
}

await main();
