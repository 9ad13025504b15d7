// Finding the label on carrier-style pages: one in the top half (turned), one upright, two halves,
// four quarters, with and without dashed cut lines, faint borders and specks; Letter and A4.
import { describe, expect, it } from 'vitest';
import { drawRegionPreview, findLabelRegions, placeOnStock, type PageRegion } from '../../src/index';
import { makeSyntheticPage, type SyntheticPageOptions } from '../support/synthetic-page';

const STOCK_4X6_203 = { widthDots: 812, heightDots: 1218, dpi: 203 };
/** The label's ink starts 2 mm inside its paper (its frame), so found regions sit within 3 mm. */
const TOLERANCE_MM = 3;

function expectNear(found: PageRegion, truth: Omit<PageRegion, 'found'>, dpi: number): void {
  const tol = (TOLERANCE_MM * dpi) / 25.4;
  expect(Math.abs(found.x - truth.x)).toBeLessThanOrEqual(tol);
  expect(Math.abs(found.y - truth.y)).toBeLessThanOrEqual(tol);
  expect(Math.abs(found.x + found.width - (truth.x + truth.width))).toBeLessThanOrEqual(tol);
  expect(Math.abs(found.y + found.height - (truth.y + truth.height))).toBeLessThanOrEqual(tol);
}

const CASES: readonly { name: string; options: SyntheticPageOptions; found: PageRegion['found']; rotation: number }[] = [
  { name: 'Letter, one label turned in the top half, faint border and specks', options: { paper: 'letter', labels: 1, turned: true, faintBorder: true, specks: true }, found: 'ink', rotation: 90 },
  { name: 'Letter, one turned label with instructions under it (not a second label)', options: { paper: 'letter', labels: 1, turned: true, instructions: true }, found: 'ink', rotation: 90 },
  { name: 'A4, one upright label top-left, specks', options: { paper: 'a4', labels: 1, turned: false, specks: true, matrix: 'pdf417' }, found: 'ink', rotation: 0 },
  { name: 'Letter, two turned labels in halves', options: { paper: 'letter', labels: 2, faintBorder: true }, found: 'half', rotation: 90 },
  { name: 'A4, two turned labels with a dashed cut line', options: { paper: 'a4', labels: 2, cutLine: true, specks: true }, found: 'cut-lines', rotation: 90 },
  { name: 'A4, four labels in quarters', options: { paper: 'a4', labels: 4 }, found: 'quarter', rotation: 0 },
  { name: 'Letter, four labels with dashed cut lines both ways', options: { paper: 'letter', labels: 4, cutLine: true, faintBorder: true }, found: 'cut-lines', rotation: 0 },
];

describe('findLabelRegions', () => {
  it.each(CASES)('$name', ({ options, found, rotation }) => {
    const { page, dpi, labels } = makeSyntheticPage(options);
    const regions = findLabelRegions(page, dpi);
    expect(regions.map((r) => r.found)).toEqual(labels.map(() => found));
    regions.forEach((r, i) => expectNear(r, labels[i]!.region, dpi));
    for (const r of regions) expect(placeOnStock(page, r, STOCK_4X6_203, { sourceDpi: dpi }).rotation).toBe(rotation);
  });

  it('gives the whole page when there is no ink (a faint border is not ink)', () => {
    const { page, dpi } = makeSyntheticPage({ labels: 1, faintBorder: true });
    page.data.fill(255);
    expect(findLabelRegions(page, dpi)).toEqual([{ x: 0, y: 0, width: page.width, height: page.height, found: 'whole-page' }]);
  });

  it('draws a preview: the page small, the chosen region outlined in black', () => {
    const { page, dpi } = makeSyntheticPage({ labels: 2 });
    const regions = findLabelRegions(page, dpi);
    const preview = drawRegionPreview(page, regions, 1, 400);
    expect(Math.max(preview.width, preview.height)).toBe(400);
    const scale = 400 / page.height;
    // The chosen (bottom) region's top edge is black; the top region's edge is dashed grey, not black.
    const chosenTop = Math.floor(regions[1]!.y * scale) + 1;
    const midX = Math.floor((regions[1]!.x + regions[1]!.width / 2) * scale);
    expect(preview.data[chosenTop * preview.width + midX]).toBe(0);
    const otherTop = Math.floor(regions[0]!.y * scale);
    const row = Array.from(preview.data.subarray(otherTop * preview.width, (otherTop + 1) * preview.width));
    expect(row).toContain(64);
    expect(row.filter((v) => v === 0).length).toBeLessThan(regions[0]!.width * scale * 0.5);
  });
});
