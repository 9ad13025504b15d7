import { getProfile, printerProfiles } from '@inkless/printers';
import { describe, expect, it } from 'vitest';
import { makeDocument, rectElement } from '../editor/testing/make-document';
import { collectProblems, findElementsOutside } from './problems';
import { EMPTY_REPORT } from './studio-state';

const inside = rectElement('inside', 10, 10, 20, 10);
const partly = rectElement('partly', 90, 50, 20, 20);
const wholly = rectElement('wholly', 120, 10, 5, 5);
const edge = rectElement('edge', 0, 0, 100, 60);

describe('findElementsOutside', () => {
  it('warns about an element partly outside, refuses one wholly outside, and leaves ones inside or exactly on the edge alone', () => {
    const doc = makeDocument([inside, partly, wholly, edge]);
    expect(findElementsOutside(doc).map((i) => `${i.code} ${i.path}`)).toEqual(['INKLESS_DOC_PARTLY_OUT_OF_LABEL elements[1]', 'INKLESS_DOC_OUT_OF_LABEL elements[2]']);
  });
});

describe('collectProblems', () => {
  const profile = printerProfiles.find((p) => p.dpi === 203)!;

  it('puts the engine report, the printer check and the positions in one list, each with its element', () => {
    const doc = makeDocument([inside, partly], { dpi: 300 });
    const report = { ...EMPTY_REPORT, warnings: [{ code: 'INKLESS_RENDER_CLIPPED', path: 'elements[0].text', message: 'clipped' }] };
    const problems = collectProblems(doc, report, profile);
    expect(problems.map((p) => [p.issue.code, p.severity, p.source, p.elementId])).toEqual([
      ['INKLESS_RENDER_CLIPPED', 'warning', 'render', 'inside'],
      ['INKLESS_PRINTER_DPI_MISMATCH', 'problem', 'printer', undefined],
      ['INKLESS_DOC_PARTLY_OUT_OF_LABEL', 'warning', 'position', 'partly'],
    ]);
    expect(problems[1]!.issue.params).toEqual({ printer: profile.name, labelDpi: 300, printerDpi: 203 });
  });

  it('lists an issue the report and a check both found once', () => {
    const doc = makeDocument([wholly]);
    const report = { ...EMPTY_REPORT, issues: [{ code: 'INKLESS_DOC_OUT_OF_LABEL', path: 'elements[0]', message: 'outside' }] };
    expect(collectProblems(doc, report, undefined)).toHaveLength(1);
  });

  it('finds nothing on a label that fits its printer', () => {
    expect(collectProblems(makeDocument([inside]), EMPTY_REPORT, getProfile(profile.id))).toEqual([]);
  });
});
