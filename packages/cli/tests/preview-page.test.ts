import { mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplesDir } from '../src/examples/list-examples';
import { startPreviewInChromium, type BrowserFixture } from './support/chromium';

const artifacts = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

describe('the preview page (npm start)', () => {
  let fixture: BrowserFixture;

  beforeAll(async () => {
    fixture = await startPreviewInChromium();
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('draws every example in the browser at 1:1 dots, with no errors', async () => {
    const page = await fixture.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const failedRequests: string[] = [];
    page.on('requestfailed', (r) => failedRequests.push(r.url()));
    await page.goto(`${fixture.origin}/preview`);
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
    const res = await fetch(`${fixture.origin}/fonts/..%2F..%2Fpackage.json`);
    expect(res.status).toBe(404);
    expect((await fetch(`${fixture.origin}/fonts/dejavu-fonts-ttf/ttf/DejaVuSans.ttf`)).status).toBe(200);
  });
});
