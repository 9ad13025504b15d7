import { describe, it, expect } from 'vitest';
import { checkLabelFitsProfile } from './check-label-fits';
import { getProfile } from './printer-profiles';
import { withMediaType } from './label-job-options';

const label = (widthMm: number, heightMm: number, over: { dpi?: 203 | 300 | 600; orientation?: 0 | 90 | 180 | 270; media?: 'gap' | 'mark' | 'continuous' } = {}) =>
  ({ widthMm, heightMm, dpi: over.dpi ?? 203, orientation: over.orientation ?? 0, media: { type: over.media ?? 'gap' } });

describe('checkLabelFitsProfile', () => {
  it('accepts a 4x6 in label on a 4.09 in, 203 dpi head and a 100 mm label too (812 dots <= 832)', () => {
    expect(checkLabelFitsProfile(label(101.6, 152.4), getProfile('zebra-gk420d'))).toEqual([]);
    expect(checkLabelFitsProfile(label(104, 30), getProfile('generic-tspl-203'))).toEqual([]);
  });

  it('rejects a label wider than the head, saying both widths', () => {
    const issues = checkLabelFitsProfile(label(110, 50), getProfile('generic-tspl-203'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'INKLESS_PRINTER_TOO_WIDE', path: 'label.widthMm' });
    expect(issues[0]!.message).toMatch(/110 mm \(879 dots\) across.*at most 104(\.\d)? mm \(832 dots\)/);
  });

  it('measures across the feed after orientation: a 150x100 label turned 90 degrees fits a 4 in head', () => {
    expect(checkLabelFitsProfile(label(150, 100), getProfile('zebra-gk420d'))[0]?.path).toBe('label.widthMm');
    expect(checkLabelFitsProfile(label(150, 100, { orientation: 90 }), getProfile('zebra-gk420d'))).toEqual([]);
    expect(checkLabelFitsProfile(label(50, 70, { orientation: 270 }), getProfile('generic-escpos-58'))[0]).toMatchObject({ code: 'INKLESS_PRINTER_TOO_WIDE', path: 'label.heightMm' });
  });

  it('rejects a 58 mm wide label on a 58 mm receipt printer (48 mm printable)', () => {
    expect(checkLabelFitsProfile(label(58, 40, { media: 'continuous' }), getProfile('netum-nt-1809'))[0]?.code).toBe('INKLESS_PRINTER_TOO_WIDE');
    expect(checkLabelFitsProfile(label(48, 40, { media: 'continuous' }), getProfile('netum-nt-1809'))).toEqual([]);
  });

  it('rejects a label longer than the printer prints', () => {
    const issues = checkLabelFitsProfile(label(100, 1200), getProfile('zebra-gk420d'));
    expect(issues).toEqual([expect.objectContaining({ code: 'INKLESS_PRINTER_TOO_WIDE', path: 'label.heightMm' })]);
    expect(issues[0]!.message).toMatch(/1200 mm long.*up to 990 mm/);
  });

  it('reports a dpi mismatch naming the printer dpi', () => {
    const issues = checkLabelFitsProfile(label(50, 30, { dpi: 300 }), getProfile('generic-tspl-203'));
    expect(issues).toEqual([expect.objectContaining({ code: 'INKLESS_PRINTER_DPI_MISMATCH', path: 'label.dpi' })]);
    expect(issues[0]!.message).toMatch(/label is 300 dpi but .* prints at 203 dpi/);
  });

  it('rejects gap media on a printer without a gap sensor', () => {
    expect(checkLabelFitsProfile(label(48, 30), getProfile('generic-escpos-58'))).toEqual([expect.objectContaining({ code: 'INKLESS_PRINTER_UNSUPPORTED', path: 'label.media.type' })]);
  });

  it('says how out of a media mismatch: this printer\'s media, or other profiles that sense the label\'s media and fit it, never the same profile', () => {
    const [issue] = checkLabelFitsProfile(label(48, 30), getProfile('generic-escpos-58'));
    expect(issue!.path).toBe('label.media.type');
    expect(issue!.message).toBe('Generic ESC/POS printer, 58 mm paper cannot sense gap media (it has continuous); print the label as continuous media on it, or pick a profile that senses gap media and fits the label (generic-tspl-203, generic-zpl-203, generic-cpcl-203)');
    const at300 = checkLabelFitsProfile(label(100, 30, { dpi: 300 }), getProfile('generic-escpos-80')).find((i) => i.path === 'label.media.type');
    expect(at300!.message).toMatch(/senses gap media and fits the label \(generic-tspl-300, generic-zpl-300, zebra-zd421-300\)/);
  });
});

describe('withMediaType', () => {
  it('puts a gap label on continuous media for one print, keeping its sizes and leaving the label alone', () => {
    const gap = { widthMm: 48, heightMm: 30, dpi: 203 as const, orientation: 0 as const, marginsMm: { top: 0, right: 0, bottom: 0, left: 0 }, media: { type: 'gap' as const, gapMm: 2, markMm: 3, offsetMm: 1 } };
    const continuous = withMediaType(gap, 'continuous');
    expect(continuous.media).toEqual({ type: 'continuous', gapMm: 2, markMm: 3, offsetMm: 1 });
    expect(gap.media.type).toBe('gap');
    expect(checkLabelFitsProfile(continuous, getProfile('generic-escpos-58'))).toEqual([]);
  });
});
