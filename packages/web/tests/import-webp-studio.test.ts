import { bitmapToGrey, decodePicture, findLabelRegions, PICTURE_FALLBACK_DPI, prepareLabels } from '@inkless/import';
import { decodeSymbolsWithZxing, loadPictureDecoders } from '@inkless/import/node';
import { mmToDots, validateDocument } from '@inkless/label';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows: the import package's WebP encoder for the tests.
import { encodeWebp, greyToRgba } from '../../import/tests/support/make-webp';
import { openFileThroughPicker, readImportCanvasBits, readImportedLabel, waitForImport } from './support/import-files';
import { renderLabelInNode } from './support/import-render';
import { openStudio } from './support/studio-page';
import { startStudioFixture, type StudioFixture } from './support/studio-server';

// A lossy WebP opened in the studio (libwebp's wasm fetched from the studio's own origin) becomes
// the same 1-bit label, dot for dot, as the same file decoded and prepared in Node.

/** The studio's printer and the stock the import screen starts with: a 203 dpi TSPL printer, 4 x 6 in labels. */
const STOCK = { widthDots: mmToDots(101.6, 203), heightDots: mmToDots(152.4, 203), dpi: 203 };

describe('a WebP picture in the studio, in Chromium', () => {
  let fixture: StudioFixture;
  beforeAll(async () => {
    fixture = await startStudioFixture();
  }, 300_000);
  afterAll(async () => {
    await fixture?.close();
  });

  it('opens from the file picker and shows the label Node makes of it, bit for bit, with its Code 128 read', { timeout: 180_000 }, async () => {
    const doc = validateDocument({
      schemaVersion: 2, name: 'Picture', label: { widthMm: 50, heightMm: 30, dpi: 203, media: { type: 'gap', gapMm: 2 } }, variables: {},
      elements: [{ type: 'barcode', xMm: 4, yMm: 4, widthMm: 42, heightMm: 20, symbology: 'code128', data: 'WEBP-12345' }],
    });
    if (!doc.ok) throw new Error(doc.issues[0]?.message);
    const picture = bitmapToGrey(renderLabelInNode(doc.value), 0);
    const webp = await encodeWebp(greyToRgba(picture), picture.width, picture.height, 'lossy');

    const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
    const page = await context.newPage();
    await openStudio(page, fixture.origin);
    await openFileThroughPicker(page, 'label.webp', webp, 'image/webp');
    expect(await waitForImport(page)).toBe('ready');
    const inStudio = await readImportedLabel(page);
    expect(inStudio.before.map((s) => s.text)).toEqual(['WEBP-12345']);
    expect(await readImportCanvasBits(page)).toEqual(inStudio.bits);

    const { grey, dpi = PICTURE_FALLBACK_DPI } = decodePicture(webp, await loadPictureDecoders());
    const region = findLabelRegions(grey, dpi)[0]!;
    let inNode: string | undefined;
    for await (const label of prepareLabels([{ pageNumber: 1, grey, dpi }], { stock: STOCK, region, rotate: 'auto', fit: 'fit', force: true, decode: decodeSymbolsWithZxing })) {
      inNode ??= Buffer.from(label.bitmap.data).toString('hex');
    }
    expect(inStudio.bits.hex === inNode, 'the studio\'s label differs from Node\'s').toBe(true);
    await context.close();
  });
});
