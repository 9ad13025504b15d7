import { describe, expect, it } from 'vitest';
import { parseRegionChoiceId, regionChoiceId, resolveRegion, type RegionChoice } from './region-choice';

const letter = { width: 850, height: 1100 };
const landscape = { width: 1100, height: 850 };

describe('region choices', () => {
  it('halves split a portrait page top and bottom, a landscape page left and right', () => {
    expect(resolveRegion({ kind: 'half', index: 1 }, letter, [])).toEqual({ x: 0, y: 550, width: 850, height: 550, found: 'half' });
    expect(resolveRegion({ kind: 'half', index: 0 }, landscape, [])).toEqual({ x: 0, y: 0, width: 550, height: 850, found: 'half' });
  });

  it('quarters go left to right, then top to bottom', () => {
    expect(resolveRegion({ kind: 'quarter', index: 3 }, letter, [])).toEqual({ x: 425, y: 550, width: 425, height: 550, found: 'quarter' });
    expect(resolveRegion({ kind: 'quarter', index: 1 }, letter, [])).toEqual({ x: 425, y: 0, width: 425, height: 550, found: 'quarter' });
  });

  it('a drawn box is kept inside the page and given at least one pixel', () => {
    expect(resolveRegion({ kind: 'drawn', box: { x: 0.9, y: 0.5, width: 0.5, height: 0 } }, letter, [])).toEqual({ x: 765, y: 550, width: 85, height: 1, found: 'given' });
  });

  it('a found region that another page does not have falls back to the first found, then the whole page', () => {
    const found = [{ x: 10, y: 20, width: 30, height: 40, found: 'ink' as const }];
    expect(resolveRegion({ kind: 'found', index: 1 }, letter, found)).toEqual(found[0]);
    expect(resolveRegion({ kind: 'found', index: 0 }, letter, [])).toEqual({ x: 0, y: 0, width: 850, height: 1100, found: 'whole-page' });
  });

  it('every listed choice survives its id, and unknown ids are refused', () => {
    const choices: RegionChoice[] = [{ kind: 'whole' }, { kind: 'found', index: 2 }, { kind: 'half', index: 1 }, { kind: 'quarter', index: 3 }];
    for (const choice of choices) expect(parseRegionChoiceId(regionChoiceId(choice))).toEqual(choice);
    expect(parseRegionChoiceId('quarter-4')).toBeUndefined();
    expect(parseRegionChoiceId('drawn')).toBeUndefined();
  });
});
