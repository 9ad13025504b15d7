import { createBitmap, fillRect } from '@inkless/label';
import { concatBytes } from '@inkless/label/output';
import { drivers, getProfile } from '@inkless/printers';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../editor/testing/make-document';
import { outputFormats } from './output-formats';
import { buildLabelJobOptions } from '@inkless/printers';
import { pickProfileFor } from './print-job-options';

const label = makeDocument([], { widthMm: 100, heightMm: 60, dpi: 203 }).label;
const format = (id: string) => outputFormats.find((f) => f.id === id)!;

describe('download formats', () => {
  it('makes a printer file with the chosen printer when it speaks the language', () => {
    const bitmap = createBitmap(800, 480);
    fillRect(bitmap, 10, 10, 100, 50, true);
    const profile = getProfile('zebra-gk420d');
    const options = buildLabelJobOptions(label, profile);
    expect(options).toMatchObject({ dpi: 203, widthMm: 100, heightMm: 60, headWidthDots: profile.headWidthDots, copies: 1 });
    const r = format('zpl').encode(bitmap, label, 'zebra-gk420d');
    expect('bytes' in r && r.bytes).toEqual(concatBytes([drivers.zpl.startJob(options), drivers.zpl.encodeLabel(bitmap, options), drivers.zpl.endJob(options)]));
  });

  it('falls back to a generic printer of the language at the label\'s dpi', () => {
    const picked = pickProfileFor('tspl', label, 'zebra-gk420d');
    expect('profile' in picked && picked.profile.id).toBe('generic-tspl-203');
  });

  it('says why a printer cannot take the label instead of making a file', () => {
    const issues = format('escpos').check(label, 'netum-nt-1809');
    expect(issues.map((i) => i.code)).toContain('INKLESS_PRINTER_TOO_WIDE');
    expect(format('png').check(label, 'netum-nt-1809')).toEqual([]);
  });

  it('turns a label printed sideways before sizing the job', () => {
    const turned = makeDocument([], { widthMm: 100, heightMm: 60, dpi: 203, orientation: 90 }).label;
    expect(buildLabelJobOptions(turned, getProfile('generic-tspl-203'))).toMatchObject({ widthMm: 60, heightMm: 100 });
  });
});
