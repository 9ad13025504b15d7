import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
// Test-only (docs/decisions/004): the server's real SMTP listener catches the mails the studio's server sends.
import { startSmtpCatcher, type SmtpCatcher } from '../../../server/tests/support/smtp-catcher';
import type { StudioFixture } from './studio-server';
import { useStudioFixture } from './studio-suite';

/**
 * The studio server with its mail going to a real SMTP listener, for one describe block. Both are
 * started before the block's tests and stopped after; read them inside the tests.
 */
export function useStudioWithMail(): { readonly fixture: StudioFixture; readonly mail: Pick<SmtpCatcher, 'waitFor'> } {
  let smtp: SmtpCatcher | undefined;
  beforeAll(async () => {
    smtp = await startSmtpCatcher();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const fixture = useStudioFixture(() => ({ SMTP_URL: smtp!.url }));
  return { fixture, mail: { waitFor: (to, timeoutMs) => smtp!.waitFor(to, timeoutMs) } };
}

/**
 * A studio link in a mail (the first one, or the first to `pathname`), moved to the test server's
 * origin (mailed links use the configured public address), with its path, token and fragment as mailed.
 */
export function studioLinkIn(text: string, origin: string, pathname?: string): string {
  const url = [...text.matchAll(/https?:\/\/\S+/g)].map((m) => new URL(m[0])).find((u) => pathname === undefined || u.pathname === pathname);
  if (!url) throw new Error(`no ${pathname ?? 'studio'} link in the mail:\n${text}`);
  return `${origin}${url.pathname}${url.search}${url.hash}`;
}

/** Opens a mailed link in the page, as a click in the mail program would, and waits for the studio. */
export async function followLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await page.waitForSelector('body[data-studio="ready"]', { timeout: 60_000 });
}
