import { compileLabel, validateDocument, type Bitmap1, type ElementLayout, type LabelDocument } from '@inkless/label';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { listExamples } from '../../../cli/src/examples/list-examples';
import type { JobOptions } from '../../src/job-options';

/** The fixed clock of every golden file: 2026-11-24 09:00 UTC. */
export const GOLDEN_NOW_MS = Date.UTC(2026, 10, 24, 9);

/** One example rendered with its first data row, and the job options of its own label setup. */
export interface RenderedExample {
  readonly name: string;
  readonly bitmap: Bitmap1;
  readonly job: JobOptions;
  /** Every barcode text the label should scan as. */
  readonly scanTexts: readonly string[];
}

/** The print-head width for an example: 4 in at its resolution (832 dots at 203 dpi, 1248 at 300). */
export function fourInchHeadDots(dpi: number): number {
  return dpi === 203 ? 832 : Math.round(4.16 * dpi);
}

let cache: Promise<RenderedExample[]> | undefined;

/** Renders every examples/*.json once per test file (first CSV row, fixed clock, UTC). */
export function renderExamples(): Promise<RenderedExample[]> {
  cache ??= (async () => {
    const fonts = loadBundledFonts();
    const out: RenderedExample[] = [];
    for (const ex of await listExamples()) {
      const parsed = validateDocument(ex.document);
      if (!parsed.ok) throw new Error(`${ex.name}: ${parsed.issues.map((i) => i.message).join('; ')}`);
      const doc: LabelDocument = parsed.value;
      const compiled = compileLabel(doc, { fonts });
      const instance = { row: ex.row, labelIndex: 0, printIndex: 0, nowMs: GOLDEN_NOW_MS, tzOffsetMinutes: 0 };
      const rendered = compiled.render(instance);
      if (!rendered.ok) throw new Error(`${ex.name}: ${rendered.issues.map((i) => i.message).join('; ')}`);
      const scanTexts = compiled.layout(instance).flatMap((l: ElementLayout) => (l.expectedScan ? [l.expectedScan.text] : []));
      const { label } = doc;
      const job: JobOptions = {
        dpi: label.dpi,
        widthMm: label.widthMm,
        heightMm: label.heightMm,
        headWidthDots: fourInchHeadDots(label.dpi),
        media: label.media,
        copies: 1,
      };
      out.push({ name: ex.name, bitmap: rendered.value.bitmap, job, scanTexts });
    }
    return out;
  })();
  return cache;
}
