// The byte-stream adapter changes nothing on the wire: every golden job, sent through a
// PrinterSession to a scripted printer, arrives as the golden file's bytes, byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { drivers } from '../src/drivers/languages';
import { askByteStreamStatus, createScriptedPrinter, openPrinterSession, sendByteStreamJob } from '../src/session';
import type { JobOptions, PrinterDriver } from '../src/job-options';
import type { Bitmap1 } from '@inkless/label';
import { renderExamples as renderTsplEscposExamples } from './support/tspl-escpos-examples';
import { renderExamples as renderZplCpclExamples } from './support/zpl-cpcl-examples';

const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
/** The 80 mm ESC/POS head the escpos golden files were made for. */
const ESCPOS_80MM_HEAD = 576;

async function sendThroughSession(driver: PrinterDriver, bitmap: Bitmap1, options: JobOptions): Promise<Uint8Array> {
  const printer = createScriptedPrinter();
  const session = openPrinterSession(printer.transport);
  await sendByteStreamJob(session, driver, options, [bitmap]);
  await session.close();
  return printer.received();
}

function expectSameAsGolden(file: string, bytes: Uint8Array): void {
  const golden = readFileSync(join(goldenDir, file));
  expect(Buffer.from(bytes).equals(golden), `${file}: ${bytes.length} bytes through the session, ${golden.length} in the golden file`).toBe(true);
}

describe('byte-stream languages through a PrinterSession', () => {
  it('send every TSPL and ESC/POS golden job unchanged', async () => {
    let compared = 0;
    for (const ex of await renderTsplEscposExamples()) {
      expectSameAsGolden(`tspl/${ex.name}.bin`, await sendThroughSession(drivers.tspl, ex.bitmap, ex.job));
      compared++;
      if (ex.job.dpi !== 203 || ex.bitmap.width > ESCPOS_80MM_HEAD) continue;
      expectSameAsGolden(`escpos/${ex.name}.bin`, await sendThroughSession(drivers.escpos, ex.bitmap, { ...ex.job, headWidthDots: ESCPOS_80MM_HEAD }));
      compared++;
    }
    expect(compared).toBe(11);
  }, 60_000);

  it('send every ZPL and CPCL golden job unchanged', async () => {
    let compared = 0;
    for (const ex of await renderZplCpclExamples()) {
      expectSameAsGolden(`zpl/${ex.name}-${ex.options.dpi}dpi.zpl`, await sendThroughSession(drivers.zpl, ex.bitmap, ex.options));
      expectSameAsGolden(`cpcl/${ex.name}-${ex.options.dpi}dpi.cpcl`, await sendThroughSession(drivers.cpcl, ex.bitmap, ex.options));
      compared += 2;
    }
    expect(compared).toBe(16);
  }, 60_000);

  it('ask a fixed-length status through the session and read the reply', async () => {
    const printer = createScriptedPrinter((written) => (written[0] === 0x1b && written[1] === 0x21 ? [Uint8Array.of(0x05)] : []));
    const status = await askByteStreamStatus(openPrinterSession(printer.transport), drivers.tspl, 1000);
    expect(status).toEqual({ ready: false, problems: ['head open', 'out of paper'], raw: Uint8Array.of(0x05) });
    expect([...printer.received()]).toEqual([0x1b, 0x21, 0x3f]);
  });
});
