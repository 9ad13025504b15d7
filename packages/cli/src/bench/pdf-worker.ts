// One contender of the PDF workload in its own process (started by pdf-workload.ts):
//   pdf-worker.ts <inkless-check | inkless-no-check | peer> <file.pdf> [source dpi]
// It prints the TSPL bytes to a null sink and writes one JSON line: its figures and its peak RSS.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printPdfWithInkless, type PdfRunFigures } from './pdf-inkless';
import { printPdfWithPeer } from './pdf-peer';

export type PdfContender = 'inkless-check' | 'inkless-no-check' | 'peer';

export interface PdfWorkerResult extends PdfRunFigures {
  /** Peak resident memory of the worker process (the peer's pdftoppm child not included). */
  readonly maxRssMb: number;
}

const discard = (): void => {};

export async function runPdfWorker(who: PdfContender, pdfPath: string): Promise<PdfWorkerResult> {
  const figures = who === 'peer'
    ? printPdfWithPeer(pdfPath, discard)
    : await printPdfWithInkless(new Uint8Array(readFileSync(pdfPath)), { check: who === 'inkless-check' }, discard);
  return { ...figures, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [who, pdfPath] = process.argv.slice(2);
  if (who !== 'inkless-check' && who !== 'inkless-no-check' && who !== 'peer') throw new Error(`unknown contender ${who}`);
  process.stdout.write(`${JSON.stringify(await runPdfWorker(who, pdfPath!))}\n`);
}
