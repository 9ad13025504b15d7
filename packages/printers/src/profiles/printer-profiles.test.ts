import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { isInklessError } from '@inkless/label';
import { buildProfilesModule, expandProfileSource, expandUuid } from './generate-printer-profiles';
import { findProfile, getProfile, printerProfiles, suggestProfileIds } from './printer-profiles';
import { profileRows } from './profile-source';
import type { ConfirmMode } from '../confirm-mode';

const REQUIRED_IDS = [
  'generic-tspl-203', 'generic-tspl-300', 'generic-zpl-203', 'generic-zpl-300', 'generic-escpos-58', 'generic-escpos-80', 'generic-cpcl-203',
  'netum-label-203', 'netum-nt-1809', 'netum-nt-1809dd', 'zebra-gk420d', 'zebra-zd420-203', 'zebra-zd421-203', 'zebra-zd421-300', 'tsc-te200',
  'xprinter-xp-420b', 'munbyn-itpp941', 'rollo-x1040',
];

describe('printerProfiles catalogue', () => {
  it('has every required id, unique and kebab-case', () => {
    const ids = printerProfiles.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_IDS));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps the ids it has published, in order (ids are stored by users; never rename one)', () => {
    expect(printerProfiles.slice(0, 7).map((p) => p.id)).toEqual(REQUIRED_IDS.slice(0, 7));
  });

  it.each([
    ['generic-tspl-203', 'tspl', 203, 832], ['generic-tspl-300', 'tspl', 300, 1248], ['generic-zpl-203', 'zpl', 203, 832], ['generic-zpl-300', 'zpl', 300, 1248],
    ['generic-escpos-58', 'escpos', 203, 384], ['generic-escpos-80', 'escpos', 203, 576], ['generic-cpcl-203', 'cpcl', 203, 832],
    ['netum-label-203', 'tspl', 203, 832], ['netum-nt-1809', 'escpos', 203, 384], ['netum-nt-1809dd', 'escpos', 203, 384],
    ['zebra-gk420d', 'zpl', 203, 832], ['zebra-zd421-300', 'zpl', 300, 1248], ['tsc-te200', 'tspl', 203, 864],
  ] as const)('%s speaks %s at %i dpi with %i dots across', (id, language, dpi, head) => {
    expect(findProfile(id)).toMatchObject({ language, dpi, headWidthDots: head });
  });

  it('marks NETUM label-printer facts as uncertain and the NT-1809 as continuous-only ESC/POS', () => {
    expect(findProfile('netum-label-203')?.notes).toMatch(/^Uncertain: /);
    expect(findProfile('netum-nt-1809')?.media).toEqual(['continuous']);
  });

  it('gives BLE endpoints exactly to profiles with a ble transport, as full lower-case UUIDs', () => {
    for (const p of printerProfiles) {
      expect(p.ble !== undefined, p.id).toBe(p.transports.includes('ble'));
      if (p.ble) for (const uuid of [p.ble.service, p.ble.write]) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(findProfile('netum-nt-1809dd')?.ble).toEqual({ service: '000018f0-0000-1000-8000-00805f9b34fb', write: '00002af1-0000-1000-8000-00805f9b34fb', notify: '00002af0-0000-1000-8000-00805f9b34fb', chunkBytes: 20, pacingMs: 20 });
    expect(findProfile('zebra-zd421-203')?.ble?.write).toBe('38eb4a82-c570-11e3-9507-0002a5d5c51b');
  });
});

describe('generate-printer-profiles', () => {
  it('produces exactly the committed printer-profiles.generated.ts', () => {
    const committed = readFileSync(new URL('./printer-profiles.generated.ts', import.meta.url), 'utf8');
    expect(buildProfilesModule()).toBe(committed);
  });

  it('expands 16-bit UUIDs onto the Bluetooth base UUID and leaves 128-bit ones alone', () => {
    expect(expandUuid('2AF1')).toBe('00002af1-0000-1000-8000-00805f9b34fb');
    expect(expandUuid('49535343-FE7D-4AE5-8FA9-9FAFD205E455')).toBe('49535343-fe7d-4ae5-8fa9-9fafd205e455');
  });

  it.each([
    [{ id: 'Bad_Id' }, /kebab-case/],
    [{ id: 'generic-tspl-203' }, /used twice/],
    [{ head: 830 }, /multiple of 8/],
    [{ via: 'tcp wifi' }, /transport "wifi"/],
    [{ via: 'tcp ble' }, /ble preset exactly/],
    [{ media: '' }, /media must list/],
    [{ confirm: 'maybe' as ConfirmMode }, /confirm "maybe" is not one of status, written/],
  ])('rejects a bad row %o naming it', (change, message) => {
    const row = { ...profileRows[0]!, id: 'new-printer', ...change };
    try {
      expandProfileSource([profileRows[0]!, row]);
      expect.unreachable();
    } catch (e) {
      expect(isInklessError(e) && e.code).toBe('INKLESS_PRINTER_PROFILE_INVALID');
      expect((e as Error).message).toMatch(/^profileRows\[1\]/);
      expect((e as Error).message).toMatch(message);
    }
  });
});

describe('confirm mode in the profile source', () => {
  it('carries a row\'s confirm setting into its profile, and leaves it out where the row has none', () => {
    const [plain, oneWay] = expandProfileSource([profileRows[0]!, { ...profileRows[0]!, id: 'one-way-print-server', confirm: 'written' }]);
    expect(plain).not.toHaveProperty('confirm');
    expect(oneWay!.confirm).toBe('written');
  });
});

describe('getProfile', () => {
  it('returns known profiles', () => {
    expect(getProfile('zebra-gk420d').name).toBe('Zebra GK420d');
  });

  it('throws INKLESS_PRINTER_PROFILE_UNKNOWN suggesting close ids for a typo', () => {
    try {
      getProfile('zebra-gk420');
      expect.unreachable();
    } catch (e) {
      expect(isInklessError(e) && e.code).toBe('INKLESS_PRINTER_PROFILE_UNKNOWN');
      expect((e as Error).message).toMatch(/no printer profile "zebra-gk420"; did you mean zebra-gk420d/);
    }
  });

  it('suggests by shared words and by edit distance, and nothing for nonsense', () => {
    expect(suggestProfileIds('netum')).toEqual(expect.arrayContaining(['netum-label-203', 'netum-nt-1809']));
    expect(suggestProfileIds('generic-tspl-230')[0]).toBe('generic-tspl-203');
    expect(suggestProfileIds('qqqqqqqqqqqqqqqqqqqqqqqq')).toEqual([]);
  });
});
