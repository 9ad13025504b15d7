import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDir } from '../../src/examples/list-examples';

/** A document plus the instance to render it with: what both Node and the browser draw. */
export interface IdentityCase {
  readonly name: string;
  readonly document: unknown;
  readonly instance: { row?: Record<string, string>; labelIndex: number; nowMs: number; tzOffsetMinutes: number };
}

const NOW = Date.UTC(2026, 10, 24, 9, 30);

function firstCsvRow(path: string): Record<string, string> | undefined {
  if (!existsSync(path)) return undefined;
  // The examples' CSVs are simple enough to split here; this avoids the reader under test.
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const header = lines[0]!.split(',');
  const values = lines[1]!.split(',');
  return Object.fromEntries(header.map((h, i) => [h, values[i] ?? '']));
}

const label = (widthMm: number, heightMm: number, dpi = 203) => ({ widthMm, heightMm, dpi });

/** Every example, plus documents that exercise each element kind, rotation and dithering. */
export function identityCases(): IdentityCase[] {
  const cases: IdentityCase[] = [];
  for (const file of readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort()) {
    const name = file.replace(/\.json$/, '');
    const row = firstCsvRow(join(examplesDir, `${name}.csv`));
    cases.push({ name: `example ${name}`, document: JSON.parse(readFileSync(join(examplesDir, file), 'utf8')), instance: { ...(row ? { row } : {}), labelIndex: 3, nowMs: NOW, tzOffsetMinutes: 60 } });
  }
  const at = (over: object) => ({ xMm: 2, yMm: 2, widthMm: 46, heightMm: 26, ...over });
  const symbols: [string, string][] = [
    ['code128', 'INKLESS-0042'], ['gs1-128', '(01)09501101530003(17)270131(10)ABC'], ['code39', 'CODE39 TEST'], ['code93', 'CODE93'],
    ['ean13', '4006381333931'], ['ean8', '96385074'], ['upca', '036000291452'], ['upce', '01234565'], ['itf14', '15400141288763'],
    ['codabar', 'A40156B'], ['qrcode', 'https://example.com/ü'], ['datamatrix', 'DM-TEST-01'], ['gs1datamatrix', '(01)09501101530003(10)ABC'],
    ['pdf417', 'PDF417 payload 123'], ['azteccode', 'Aztec 123'], ['maxicode', 'MaxiCode payload'],
  ];
  for (const [symbology, data] of symbols) {
    cases.push({ name: `barcode ${symbology}`, document: { schemaVersion: 2, label: label(100, 50), elements: [{ type: 'barcode', ...at({ widthMm: 96, heightMm: 46 }), symbology, data }] }, instance: { labelIndex: 0, nowMs: NOW, tzOffsetMinutes: 0 } });
  }
  for (const rotation of [0, 90, 180, 270]) {
    cases.push({
      name: `rotation ${rotation} at 300 dpi`,
      document: {
        schemaVersion: 2, label: label(40, 40, 300),
        elements: [
          { type: 'text', ...at({ widthMm: 36, heightMm: 16, rotation }), text: 'Rotated Ωж 文字 {{n}}', fontSizePt: 11, bold: rotation === 90, italic: rotation === 180 },
          { type: 'barcode', ...at({ yMm: 20, widthMm: 36, heightMm: 18, rotation }), symbology: 'code128', data: 'R{{n}}' },
          { type: 'ellipse', ...at({ xMm: 30, yMm: 30, widthMm: 8, heightMm: 6, rotation, inverse: true }) },
          { type: 'line', ...at({ widthMm: 36, heightMm: 36, rotation }), direction: 'up', thicknessMm: 0.3 },
        ],
      },
      instance: { row: { n: String(rotation) }, labelIndex: 0, nowMs: NOW, tzOffsetMinutes: 0 },
    });
  }
  const image = (JSON.parse(readFileSync(join(examplesDir, 'image-label-dithered.json'), 'utf8')) as { elements: { src?: string }[] }).elements[0]!.src;
  for (const dither of ['threshold', 'floyd-steinberg', 'atkinson', 'ordered']) {
    cases.push({ name: `image ${dither}`, document: { schemaVersion: 2, label: label(50, 30), elements: [{ type: 'image', ...at({ rotation: 90, widthMm: 26, heightMm: 26 }), src: image, dither, brightness: 10, contrast: -15, fit: 'cover' }] }, instance: { labelIndex: 0, nowMs: NOW, tzOffsetMinutes: 0 } });
  }
  cases.push({
    name: 'text layout',
    document: {
      schemaVersion: 2, label: label(60, 40, 600),
      elements: [
        { type: 'text', ...at({ widthMm: 56, heightMm: 20 }), text: 'Justified text wraps inside its box, and the last line stays left. Серийный номер. Αριθμός.', fontFamily: 'Serif', fontSizePt: 8, align: 'justify', verticalAlign: 'middle', lineSpacing: 1.4 },
        { type: 'text', ...at({ yMm: 24, widthMm: 56, heightMm: 6 }), text: 'Shrunk to fit: a line much too long for its box at this size', fontFamily: 'Mono', fontSizePt: 20, wrap: false, shrinkToFit: true, align: 'right' },
        { type: 'rect', ...at({ yMm: 31, widthMm: 56, heightMm: 7 }), cornerRadiusMm: 2, strokeMm: 0.4 },
      ],
    },
    instance: { labelIndex: 0, nowMs: NOW, tzOffsetMinutes: 0 },
  });
  return cases;
}
