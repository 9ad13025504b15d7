import { CURRENT_SCHEMA_VERSION, validateDocument, type LabelDocument, type LabelSetup } from '@inkless/label';

/**
 * The calibration page: a border 1 mm inside the label, a centre cross and ticks every 5 mm along
 * the top and left, on the label's own size, so offsets and darkness can be judged on paper.
 */
export function buildTestPattern(label: LabelSetup): LabelDocument {
  const { widthMm: w, heightMm: h } = label;
  // Thin filled rectangles: exact on any dpi, no line-direction rules to get wrong.
  const bar = (xMm: number, yMm: number, widthMm: number, heightMm: number) => ({ type: 'rect', xMm, yMm, widthMm, heightMm, fill: true, strokeMm: 0 });
  const ticks = [];
  for (let x = 5; x < w - 1; x += 5) ticks.push(bar(x, 1, 0.25, 2));
  for (let y = 5; y < h - 1; y += 5) ticks.push(bar(1, y, 2, 0.25));
  const r = validateDocument({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: 'test pattern',
    label,
    variables: {},
    elements: [
      { type: 'rect', xMm: 1, yMm: 1, widthMm: w - 2, heightMm: h - 2, strokeMm: 0.25 },
      bar(w / 2 - 5, h / 2, 10, 0.25),
      bar(w / 2, h / 2 - 5, 0.25, 10),
      ...ticks,
    ],
  });
  if (!r.ok) throw new Error(`the test pattern is invalid: ${r.issues.map((i) => i.message).join('; ')}`);
  return r.value;
}
