// The repository's example labels rendered once (first CSV row, fixed clock) with the job options
// the ZPL/CPCL golden, round-trip and oracle tests print them with: a 4 in head at their dpi.
import { compileLabel, validateDocument, type Bitmap1, type LabelDocument } from '@inkless/label';
import { listExamples } from '../../../cli/src/examples/list-examples';
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import type { JobOptions } from '../../src/job-options';

export interface RenderedExample {
  readonly name: string;
  readonly document: LabelDocument;
  readonly bitmap: Bitmap1;
  readonly options: JobOptions;
}

/** The clock golden files are made with, so date variables never change them. */
export const GOLDEN_CLOCK = { nowMs: Date.UTC(2026, 10, 24, 9), tzOffsetMinutes: 0 } as const;

/** Dots across a 4 in head: 832 at 203 dpi (the common 104 mm head), 1248 at 300 dpi. */
export function fourInchHeadDots(dpi: number): number {
  return dpi === 300 ? 1248 : dpi === 600 ? 2496 : 832;
}

let cached: Promise<RenderedExample[]> | undefined;

/** Every example, rendered and given its job options (cached across the tests of one file). */
export function renderExamples(): Promise<RenderedExample[]> {
  cached ??= (async () => {
    const fonts = loadBundledFonts();
    const out: RenderedExample[] = [];
    for (const example of await listExamples()) {
      const parsed = validateDocument(example.document);
      if (!parsed.ok) throw new Error(`${example.name}: ${parsed.issues.map((i) => i.message).join('; ')}`);
      const doc = parsed.value;
      const rendered = compileLabel(doc, { fonts }).render({ row: example.row, labelIndex: 0, ...GOLDEN_CLOCK });
      if (!rendered.ok) throw new Error(`${example.name}: ${rendered.issues.map((i) => i.message).join('; ')}`);
      const media = doc.label.media;
      const options: JobOptions = {
        dpi: doc.label.dpi,
        widthMm: doc.label.widthMm,
        heightMm: doc.label.heightMm,
        headWidthDots: fourInchHeadDots(doc.label.dpi),
        media: { type: media.type, gapMm: media.gapMm ?? 0, markMm: media.markMm ?? 0, offsetMm: media.offsetMm ?? 0 },
        copies: 1,
      };
      out.push({ name: example.name, document: doc, bitmap: rendered.value.bitmap, options });
    }
    return out;
  })();
  return cached;
}
