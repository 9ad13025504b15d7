// Inkless's side of the PDF workload of `inkless bench`: a shipping-label PDF to TSPL bytes the way
// `inkless print label.pdf` does it. Pages are rendered one at a time by the PDF engine (PDFium in
// WebAssembly) at the printer's dpi to find the label, which PDFium then draws again turned and fitted
// straight at the printer's dots (`pdfSourcePage`, as every host); `prepareLabels` finds, places and
// checks, and the TSPL driver encodes;
// the bytes go to a sink, so a run holds one page at a time whatever the page count.
import { readFileSync } from 'node:fs';
import { pdfSourcePage, prepareLabels, type DecodeSymbols, type SourcePage, type Stock } from '@inkless/import';
import { decodeSymbolsWithZxing, loadPdfEngine } from '@inkless/import/node';
import { drivers } from '@inkless/printers';
import { collectBetweenLabels } from '../memory/batch-gc';
import { shippingJob } from './label-encoder';

/** The 4x6 in stock of the shipping workload, at 203 dpi. */
export const PDF_BENCH_STOCK: Stock = { widthDots: 812, heightDots: 1218, dpi: 203 };

export interface PdfRunOptions {
  /** Read every symbol on the page and on the label and compare them (what `inkless print` does, --force or not). */
  readonly check: boolean;
}

/** What one run measured; seconds are wall-clock, from the first page to the last byte. */
export interface PdfRunFigures {
  readonly labels: number;
  readonly seconds: number;
  /** Processor time over the same span, this process and its children (the machine may be shared: this is steadier). */
  readonly cpuSeconds: number;
  readonly bytes: number;
  /** Labels whose barcode check failed (printed anyway, as with --force, so a run always finishes and says so). */
  readonly checkFailures: number;
  /** Where the time went, seconds: PDFium drawing (the page, the label, the region for reading), symbol reading (region and label), TSPL encoding, and the rest of prepareLabels (find the region, threshold, snap). */
  readonly phases: { readonly render: number; readonly decode: number; readonly encode: number; readonly prepare: number };
}

const now = (): number => performance.now() / 1000;

/** Processor seconds of this process and of its children that have ended (Linux's /proc; user + system). */
export function cpuSeconds(): number {
  const usage = process.cpuUsage();
  let children = 0;
  try {
    // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
    const fields = readFileSync('/proc/self/stat', 'latin1').split(') ')[1]!.split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // No /proc: the children's time is left out.
  }
  return (usage.user + usage.system) / 1e6 + children;
}

/**
 * Prints every page of `pdf` (one label per page) to TSPL bytes handed to `sink`. The engines are
 * loaded and warmed before the clock starts, as a compiled label is in the shipping workload. With
 * the check, every symbol is read before and after as `inkless print` does, but a label that fails
 * it is counted rather than stopping the run (the work is the same either way).
 *
 * @example
 * const figures = await printPdfWithInkless(readFileSync('labels.pdf'), { check: true }, () => {});
 */
export async function printPdfWithInkless(pdf: Uint8Array, options: PdfRunOptions, sink: (bytes: Uint8Array) => void): Promise<PdfRunFigures> {
  const engine = await loadPdfEngine();
  const stock = PDF_BENCH_STOCK;
  const job = shippingJob(false);
  const tspl = drivers.tspl;
  const phases = { render: 0, decode: 0, encode: 0, prepare: 0 };
  if (options.check) await decodeSymbolsWithZxing({ width: 8, height: 8, data: new Uint8Array(64).fill(255) });
  const decode: DecodeSymbols = async (image, formats) => {
    const t = now();
    const found = await decodeSymbolsWithZxing(image, formats);
    phases.decode += now() - t;
    return found;
  };
  const started = now();
  const cpuStarted = cpuSeconds();
  const file = engine.open(pdf);
  let labels = 0;
  let bytes = 0;
  let checkFailures = 0;
  const send = (chunk: Uint8Array): void => {
    bytes += chunk.length;
    sink(chunk);
  };
  try {
    async function* pages(): AsyncGenerator<SourcePage> {
      for (let i = 0; i < file.pageCount; i++) {
        const t = now();
        const page = pdfSourcePage(file, i, stock);
        phases.render += now() - t;
        const redraw = page.redraw!;
        yield {
          ...page,
          redraw: (window) => {
            const t0 = now();
            const grey = redraw(window);
            phases.render += now() - t0;
            return grey;
          },
        };
      }
    }
    send(tspl.startJob(job));
    for await (const label of prepareLabels(pages(), { stock, decode, force: true, skipBarcodeCheck: !options.check })) {
      if (!label.barcodes.ok) checkFailures++;
      const t = now();
      send(tspl.encodeLabel(label.bitmap, job));
      phases.encode += now() - t;
      labels++;
      collectBetweenLabels(labels);
    }
    send(tspl.endJob(job));
  } finally {
    file.close();
  }
  const seconds = now() - started;
  phases.prepare = seconds - phases.render - phases.decode - phases.encode;
  return { labels, seconds, cpuSeconds: cpuSeconds() - cpuStarted, bytes, checkFailures, phases };
}
