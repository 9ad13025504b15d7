// The README's before/after picture: a carrier-style Letter page with a 4x6 label laid in its top
// half (left, the region found outlined) and the label as a 203 dpi printer prints it (right).
// Run: npx tsx packages/cli/scripts/import-picture.ts   (writes docs/images/import-before-after.png)
import { writeFileSync } from 'node:fs';
import { loadBundledFonts } from '../src/fonts/load-bundled-fonts';
import { DEFAULT_STOCK, type ImportChoices } from '../src/import/import-options';
import { openImportedSource, type ImportedLabel, type ImportedPage } from '../src/import/imported-source';
import { drawImportPreview, encodeRgbPng } from '../src/import/page-preview';
import { makeCarrierPdf } from '../../import/tests/support/carrier-pdf';

const PRINTER_DPI = 203;
const choices: ImportChoices = { pages: undefined, region: undefined, rotate: 'auto', fit: 'fit', stock: DEFAULT_STOCK, zplDpi: undefined, force: false };
const pdf = makeCarrierPdf({ paper: 'letter', layout: 'top-half', form: 'vector' });
const source = await openImportedSource('pdf', pdf.bytes, { choices, dpi: PRINTER_DPI, fonts: loadBundledFonts() });
let shown: { page: ImportedPage; labels: readonly ImportedLabel[] } | undefined;
for await (const _ of source.labels(false, (page, labels) => void (shown ??= { page, labels })));
source.close();
if (!shown) throw new Error('no page');
const picture = drawImportPreview(shown.page.grey, shown.page.dpi, shown.labels.flatMap((l) => (l.region ? [l.region] : [])), shown.labels.map((l) => l.bitmap), PRINTER_DPI);
const out = new URL('../../../docs/images/import-before-after.png', import.meta.url);
const png = encodeRgbPng(picture);
writeFileSync(out, png);
console.log(`wrote ${out.pathname} (${picture.width} x ${picture.height} px, ${Math.round(png.length / 1024)} KB)`);
