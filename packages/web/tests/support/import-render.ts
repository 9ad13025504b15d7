import { renderLabel, type Bitmap1, type LabelDocument } from '@inkless/label';
// Test-only, as docs/decisions/004 allows: the CLI's bundled fonts, read from disk in Node.
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';

/** A label document drawn by the engine in Node: the pictures import tests open are made with it. */
export function renderLabelInNode(doc: LabelDocument): Bitmap1 {
  const rendered = renderLabel(doc, { fonts: loadBundledFonts() });
  if (!rendered.ok) throw new Error(rendered.issues[0]?.message);
  return rendered.value.bitmap;
}
