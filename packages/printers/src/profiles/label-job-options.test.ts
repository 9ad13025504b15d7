import { describe, expect, it } from 'vitest';
import type { LabelSetup } from '@inkless/label';
import { getProfile } from './printer-profiles';
import { buildLabelJobOptions, pickGenericProfile } from './label-job-options';

const label = (over: Partial<LabelSetup> = {}): LabelSetup => ({ widthMm: 100, heightMm: 150, dpi: 203, orientation: 0, marginsMm: { top: 0, right: 0, bottom: 0, left: 0 }, media: { type: 'gap', gapMm: 3, offsetMm: 0 }, ...over } as LabelSetup);

describe('job options for a label', () => {
  it('takes the head and dpi from the profile and swaps the size of a label turned a quarter', () => {
    const profile = getProfile('generic-tspl-203');
    expect(buildLabelJobOptions(label(), profile)).toMatchObject({ widthMm: 100, heightMm: 150, dpi: 203, headWidthDots: profile.headWidthDots, copies: 1, media: { type: 'gap' } });
    expect(buildLabelJobOptions(label({ orientation: 90 }), profile)).toMatchObject({ widthMm: 150, heightMm: 100 });
  });

  it('picks the generic profile of the language at the label\'s dpi, or says why none fits', () => {
    const picked = pickGenericProfile('zpl', label({ dpi: 300 }));
    expect('profile' in picked && picked.profile.id).toBe('generic-zpl-300');
    const tooWide = pickGenericProfile('escpos', label({ widthMm: 120 }));
    expect('issues' in tooWide && tooWide.issues.length).toBeGreaterThan(0);
  });
});
