// Golden files, byte for byte: every example (first CSV row, fixed clock) as ZPL and CPCL for a
// 4 in head at the example's dpi (832 dots at 203 dpi, 1248 at 300). UPDATE_GOLDEN=1 rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cpclDriver } from '../src/drivers/cpcl/cpcl-driver';
import { zplDriver } from '../src/drivers/zpl/zpl-driver';
import { renderExamples } from './support/zpl-cpcl-examples';

const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

function expectGolden(path: string, bytes: Uint8Array): void {
  if (update) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, bytes);
  }
  expect(existsSync(path), `${path} is missing (UPDATE_GOLDEN=1 writes it)`).toBe(true);
  const golden = new Uint8Array(readFileSync(path));
  expect(Buffer.from(bytes).equals(Buffer.from(golden)), `${path} changed (UPDATE_GOLDEN=1 rewrites it)`).toBe(true);
}

describe('ZPL and CPCL golden files', () => {
  it('match every example byte for byte', async () => {
    for (const example of await renderExamples()) {
      const options = { ...example.options };
      const zpl = [zplDriver.startJob(options), zplDriver.encodeLabel(example.bitmap, options), zplDriver.endJob(options)];
      expectGolden(join(goldenDir, 'zpl', `${example.name}-${options.dpi}dpi.zpl`), Buffer.concat(zpl));
      const cpcl = [cpclDriver.startJob(options), cpclDriver.encodeLabel(example.bitmap, options), cpclDriver.endJob(options)];
      expectGolden(join(goldenDir, 'cpcl', `${example.name}-${options.dpi}dpi.cpcl`), Buffer.concat(cpcl));
    }
  }, 60_000);

  it('sends a fraction of the raw bytes for the 4x6 shipping label', async () => {
    const shipping = (await renderExamples()).find((e) => e.name === 'shipping-4x6')!;
    const sizes = Object.fromEntries(
      (['zpl', 'cpcl'] as const).flatMap((language) => {
        const driver = language === 'zpl' ? zplDriver : cpclDriver;
        return [false, true].map((raw) => [`${language}${raw ? 'Raw' : 'Cropped'}`, driver.encodeLabel(shipping.bitmap, { ...shipping.options, raw }).length]);
      }),
    ) as Record<'zplRaw' | 'zplCropped' | 'cpclRaw' | 'cpclCropped', number>;
    console.log(`shipping-4x6 bytes per label: ${JSON.stringify(sizes)}`);
    expect(sizes.zplCropped).toBeLessThan(sizes.zplRaw / 20);
    expect(sizes.cpclCropped).toBeLessThan(sizes.cpclRaw / 2.5);
  });
});
