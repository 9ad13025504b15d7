import { mkdirSync, readdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPreviewServer, listen } from '../src/browser/preview-server';
import { examplesDir } from '../src/examples/list-examples';
import { launchChromium } from './support/chromium';

const artifacts = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

describe('the preview page (npm start)', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await createPreviewServer();
    origin = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('draws every example in the browser at 1:1 dots, with no errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const failedRequests: string[] = [];
    page.on('requestfailed', (r) => failedRequests.push(r.url()));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => /rendered|failed/.test(document.getElementById('status')?.textContent ?? ''), null, { timeout: 60_000 });
    const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).length;
    expect(await page.textContent('#status')).toBe(`${examples} example labels rendered in the browser.`);
    expect(await page.locator('.error').count()).toBe(0);
    expect(await page.locator('canvas[role="img"]').count()).toBe(examples);
    // Shown at exactly one CSS pixel per dot: fractional scaling would drop rows of a 1-bit image.
    const sizes = await page.locator('canvas').evaluateAll((all) => all.map((c) => [(c as HTMLCanvasElement).width, c.getBoundingClientRect().width]));
    for (const [dots, css] of sizes) expect(css).toBe(dots);
    expect(failedRequests).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}preview-page.png` });
    await page.close();
  });

  it('serves only the fonts of the manifest', async () => {
    const res = await fetch(`${origin}/fonts/..%2F..%2Fpackage.json`);
    expect(res.status).toBe(404);
    expect((await fetch(`${origin}/fonts/dejavu-fonts-ttf/ttf/DejaVuSans.ttf`)).status).toBe(200);
  });
});
