import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPrinterLanguage, PRINTER_LANGUAGES } from '../printer-language';
import { decoders, drivers, printerLanguages } from './languages';

/** Dots set in a bitmap (padding bits are always 0). */
function countInk(bitmap: { readonly height: number; readonly stride: number; readonly data: Uint8Array }): number {
  let dots = 0;
  for (const byte of bitmap.data.subarray(0, bitmap.height * bitmap.stride)) for (let bit = byte; bit; bit &= bit - 1) dots++;
  return dots;
}

describe('the printer-language registry', () => {
  it('lists each language once, its id matching its driver', () => {
    const ids = printerLanguages.map((entry) => entry.id);
    expect(ids).toEqual(['tspl', 'zpl', 'escpos', 'cpcl']);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of printerLanguages) expect(entry.driver.language, entry.id).toBe(entry.id);
  });

  it('is what PRINTER_LANGUAGES, drivers and decoders are made of', () => {
    expect([...PRINTER_LANGUAGES]).toEqual(printerLanguages.map((entry) => entry.id));
    for (const entry of printerLanguages) {
      expect(drivers[entry.id]).toBe(entry.driver);
      expect(decoders[entry.id]).toBe(entry.createDecoder);
      expect(isPrinterLanguage(entry.id)).toBe(true);
    }
    expect(Object.keys(drivers)).toEqual([...PRINTER_LANGUAGES]);
    expect(Object.keys(decoders)).toEqual([...PRINTER_LANGUAGES]);
    expect(isPrinterLanguage('epl2')).toBe(false);
  });

  it('has an entry for every language folder under drivers/ (a folder alone adds nothing)', () => {
    const folders = readdirSync(fileURLToPath(new URL('.', import.meta.url)), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...PRINTER_LANGUAGES].sort());
  });

  it('gives each language a decoder that reads back the ink its driver wrote', () => {
    const bitmap = { width: 16, height: 2, stride: 2, data: Uint8Array.of(0xff, 0x00, 0x00, 0xff) };
    const options = { dpi: 203, widthMm: 2, heightMm: 0.25, headWidthDots: 16, copies: 1, media: { type: 'gap', gapMm: 3, markMm: 0, offsetMm: 0 } } as const;
    for (const entry of printerLanguages) {
      const decoder = entry.createDecoder();
      const { driver } = entry;
      const events = [...decoder.feed(driver.startJob(options)), ...decoder.feed(driver.encodeLabel(bitmap, options)), ...decoder.feed(driver.endJob(options)), ...decoder.end()];
      const labels = events.flatMap((event) => (event.kind === 'label' ? [event.bitmap] : []));
      expect(labels.length, entry.id).toBe(1);
      expect(countInk(labels[0]!), entry.id).toBe(16);
    }
  });
});
