import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countInk, hashBitmap, renderLabel, validateDocument, formatIssue } from '@inkless/label';
import { loadBundledFonts } from '../src/fonts/load-bundled-fonts';
import { startPreviewInChromium, type BrowserFixture } from './support/chromium';
import { identityCases, type IdentityCase } from './support/identity-documents';

type Outcome = { name: string; hash: string; width: number; height: number } | { name: string; error: string };

function renderInNode(cases: IdentityCase[]): { outcomes: Outcome[]; ink: number[] } {
  const fonts = loadBundledFonts();
  const ink: number[] = [];
  const outcomes = cases.map((c): Outcome => {
    const doc = validateDocument(c.document);
    if (!doc.ok) return { name: c.name, error: doc.issues.map(formatIssue).join('; ') };
    const r = renderLabel(doc.value, { fonts }, c.instance);
    if (!r.ok) return { name: c.name, error: r.issues.map(formatIssue).join('; ') };
    ink.push(countInk(r.value.bitmap));
    return { name: c.name, hash: hashBitmap(r.value.bitmap), width: r.value.bitmap.width, height: r.value.bitmap.height };
  });
  return { outcomes, ink };
}

describe('the same bits in Node and in Chromium', () => {
  let fixture: BrowserFixture;

  beforeAll(async () => {
    fixture = await startPreviewInChromium();
  });

  afterAll(async () => {
    await fixture?.close();
  });

  it('renders every example and test document to identical hashes', async () => {
    const cases = identityCases();
    const node = renderInNode(cases);
    // Every case must render (an error on both sides would also "match").
    expect(node.outcomes.filter((o) => 'error' in o)).toEqual([]);
    expect(node.ink.every((n) => n > 0)).toBe(true);

    const page = await fixture.browser.newPage();
    await page.goto(`${fixture.origin}/`);
    await page.waitForFunction(() => (globalThis as { InklessLabel?: unknown }).InklessLabel !== undefined);
    const browserOutcomes = await page.evaluate(async (input: IdentityCase[]) => {
      // Runs in Chromium: the bundle built from the same sources, fonts fetched from the server.
      const L = (globalThis as unknown as { InklessLabel: typeof import('@inkless/label') }).InklessLabel;
      const fonts = new L.FontSet();
      const bytes = new Map<unknown, Uint8Array>();
      await Promise.all(L.bundledFonts.faces.map(async (face) => {
        const res = await fetch(`/fonts/${face.packageName}/${face.file}`);
        bytes.set(face, new Uint8Array(await res.arrayBuffer()));
      }));
      L.bundledFonts.register(fonts, (face) => ({ family: face.family, bold: face.bold, italic: face.italic, data: bytes.get(face)! }));
      return input.map((c) => {
        const doc = L.validateDocument(c.document);
        if (!doc.ok) return { name: c.name, error: doc.issues.map(L.formatIssue).join('; ') };
        const r = L.renderLabel(doc.value, { fonts }, c.instance);
        if (!r.ok) return { name: c.name, error: r.issues.map(L.formatIssue).join('; ') };
        return { name: c.name, hash: L.hashBitmap(r.value.bitmap), width: r.value.bitmap.width, height: r.value.bitmap.height };
      });
    }, cases);
    await page.close();
    expect(browserOutcomes).toEqual(node.outcomes);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });
});
