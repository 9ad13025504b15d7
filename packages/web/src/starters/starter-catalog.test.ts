import { findStock, formatIssue, renderLabel } from '@inkless/label';
import { getProfile, printerProfiles } from '@inkless/printers';
import { describe, expect, it } from 'vitest';
// Test-only: the server's Node loader of the bundled fonts (the studio fetches the same files).
import { loadServerFonts } from '../../../server/src/render/node-fonts';
import { buildSampleRow } from '../studio/sample-row';
import { starters } from './starter-catalog';
import { offeredSizes, sizeStarter } from './size-starter';

const fonts = loadServerFonts();
const dpis = [...new Set(printerProfiles.map((p) => p.dpi))].map((dpi) => printerProfiles.find((p) => p.dpi === dpi && p.headWidthDots >= 832)!);

describe('starter templates: every starter at every size it offers validates and renders without issues', () => {
  it('has the starters the start screen promises, the examples among them', () => {
    expect(starters.map((s) => s.id)).toEqual(expect.arrayContaining([
      'shipping-4x6', 'shipping-100x150', 'address', 'price-tag', 'food-best-before', 'asset-tag', 'wifi-qr', 'file-folder', 'storage-bin', 'cable-flag', 'jar', 'name-badge',
      'gs1-carton', 'multilingual', 'image-dithered',
    ]));
  });

  for (const starter of starters) {
    for (const size of offeredSizes(starter)) {
      for (const profile of dpis) {
        it(`${starter.id} at ${size.widthMm} x ${size.heightMm} mm for ${profile.id}`, () => {
          const sized = sizeStarter(starter, { profile, size });
          if (!sized.ok) throw new Error(sized.issues.map(formatIssue).join('\n'));
          expect(sized.fit).toEqual({ kind: 'fits' });
          expect(sized.doc.label).toMatchObject({ widthMm: size.widthMm, heightMm: size.heightMm, dpi: profile.dpi });
          const rendered = renderLabel(sized.doc, { fonts }, { row: buildSampleRow(sized.doc, starter.sampleRow), nowMs: Date.UTC(2026, 5, 1) });
          if (!rendered.ok) throw new Error(rendered.issues.map(formatIssue).join('\n'));
          expect(rendered.value.warnings.map(formatIssue)).toEqual([]);
        });
      }
    }
  }

  it('every field a starter uses has a sample value', () => {
    for (const starter of starters) {
      const sized = sizeStarter(starter, { profile: getProfile('generic-tspl-203') });
      if (!sized.ok) throw new Error(starter.id);
      const row = buildSampleRow(sized.doc, starter.sampleRow);
      for (const [field, value] of Object.entries(row)) expect(value, `${starter.id}: {{${field}}}`).not.toBe(field);
    }
  });

  it('takes the chosen stock\'s size and media', () => {
    const sized = sizeStarter(starters.find((s) => s.id === 'storage-bin')!, { profile: getProfile('generic-zpl-203'), stock: findStock('roll-4x3in') });
    if (!sized.ok) throw new Error('not sized');
    expect(sized.doc.label).toMatchObject({ widthMm: 101.6, heightMm: 76.2, dpi: 203, stock: 'roll-4x3in', media: { type: 'gap', gapMm: 3 } });
  });

  it('narrows a starter wider than the printer prints to the printer\'s width, on media it senses, and says so', () => {
    const sized = sizeStarter(starters.find((s) => s.id === 'shipping-4x6')!, { profile: getProfile('generic-escpos-58') });
    if (!sized.ok) throw new Error(sized.issues.map(formatIssue).join('\n'));
    expect(sized.fit).toEqual({ kind: 'narrowed', designedWidthMm: 101.6, widthMm: 48 });
    expect(sized.doc.label).toMatchObject({ widthMm: 48, dpi: 203, media: { type: 'continuous' } });
    expect(sized.doc.label.heightMm).toBeCloseTo(72, 0);
  });
});
