import type { BrowserContext, Page } from 'playwright-core';
import { openStudioContext } from './studio-suite';
import type { StudioFixture } from './studio-server';

/** Phone and tablet screens the phone tests use (CSS pixels), with touch. */
export const PHONE_390 = { width: 390, height: 844 } as const;
export const PHONE_360 = { width: 360, height: 740 } as const;
export const TABLET_820 = { width: 820, height: 1180 } as const;

/** The studio in a phone-sized context with touch (isMobile, hasTouch), English, cookie banner answered. */
export async function openStudioOnPhone(fixture: StudioFixture, viewport: { width: number; height: number } = PHONE_390): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openStudioContext(fixture, { viewport, isMobile: true, hasTouch: true });
  await opened.page.getByRole('button', { name: 'Reject all' }).click();
  return opened;
}

/** Opens a sheet from the bottom bar (tools, properties, layers, variables, setup, merge, print, labels, account) and waits until it is shown. */
export async function openSheet(page: Page, id: string): Promise<void> {
  const button = page.locator(`[data-sheet-button="${id}"]`);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const sheet = page.locator(`[data-sheet="${id}"][data-open="true"]`);
  await sheet.waitFor({ state: 'visible' });
  // Until it has slid all the way up (its transition has ended).
  await sheet.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
}

/**
 * Waits until no sheet is open and every sheet has finished sliding away, so that a tap lands on
 * the label and not on a sheet still on its way down (choosing a tool closes the tools sheet).
 */
export async function waitForSheetsClosed(page: Page): Promise<void> {
  await page.locator('.sheet[data-open="true"]').waitFor({ state: 'detached' });
  await page.locator('.sheet').evaluateAll((sheets) => Promise.all(sheets.flatMap((el) => el.getAnimations().map((a) => a.finished))));
}

/**
 * What is wider than the screen: the page scrolling sideways, or elements wider than the
 * viewport (their tag and class), each a reason the phone layout does not fit.
 */
export function findSidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width > width + 0.5 && getComputedStyle(el).visibility !== 'hidden') problems.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(box.width)} px`);
    }
    return problems;
  });
}
