// Every fixture's labels, dot for dot, as the interpreter drew them before it was made faster: a
// speed-up that changes one dot fails here. The hashes were recorded from the code as it was
// (commit 28a00cb); a deliberate change of dots records them again and says why in its commit.
// serial.zpl's second and third labels came with ^SN counting up per copy (its first is unchanged).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpretZpl } from '@inkless/import';
import { hashBitmap } from '@inkless/label';
import { FIXTURES_DIR, readFixture, testRenderEnv } from './zpl-test-env';

/** hashBitmap of each label, by fixture and dpi. */
const PINNED: Record<string, readonly string[]> = {
  'barcodes.zpl@203': ['8f33c8c5ac4cf1be'],
  'barcodes.zpl@300': ['1ca4f5e59462f36b'],
  'graphics.zpl@203': ['98fe6d6cb0a20fcb'],
  'graphics.zpl@300': ['98fe6d6cb0a20fcb'],
  'paragraphs.zpl@203': ['d22b9a78c62b9488'],
  'paragraphs.zpl@300': ['d22b9a78c62b9488'],
  'reverse.zpl@203': ['a06872a87cb8812a'],
  'reverse.zpl@300': ['7ea6c362ab237e53'],
  'rotations.zpl@203': ['62e3d237fc162be4'],
  'rotations.zpl@300': ['ff35a294ba325763'],
  'serial.zpl@203': ['2164466ecdfd4369', 'eeadbc0ff979f9f4', '589c180dffd77845'],
  'serial.zpl@300': ['c8dfe2ec30d23c88', 'c18bb61ca154a44f', '7673aae5e377309a'],
  'shifts.zpl@203': ['5303242aae190aa1'],
  'shifts.zpl@300': ['7a6686defdbc2635'],
  'shipping-4x6.zpl@203': ['c372e2514b082b95'],
  'shipping-4x6.zpl@300': ['351a00eea4ed8f21'],
  'template.zpl@203': ['bdf10e929cdeb844', '865c27c069e97e5b'],
  'template.zpl@300': ['9b2610725c1e6b59', '335119bc14fdb767'],
  'warehouse.zpl@203': ['73e3d41818648014', 'c37e743b16ed9785'],
  'warehouse.zpl@300': ['12b117893c836a63', 'd5ab59a261b2a9f2'],
};

describe('ZPL fixtures keep their dots', () => {
  it('pins every fixture in the folder', () => {
    const names = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.zpl')).sort();
    expect(Object.keys(PINNED).map((k) => k.split('@')[0]).filter((n, i, all) => all.indexOf(n) === i).sort()).toEqual(names);
  });
  for (const [key, hashes] of Object.entries(PINNED)) {
    const [name, dpi] = key.split('@') as [string, string];
    it(`${name} at ${dpi} dpi draws the same dots`, () => {
      const { labels } = interpretZpl(readFixture(name), { dpi: Number(dpi) }, testRenderEnv());
      expect(labels.map((l) => hashBitmap(l.bitmap))).toEqual(hashes);
    });
  }
});
