import { readdirSync, readFileSync } from 'node:fs';
import { hashBitmap, renderLabel, rotateBitmap, validateDocument, type LabelDocument, type LabelInstance } from '@inkless/label';
import { describe, expect, it } from 'vitest';
// Test-only, as docs/decisions/004 allows for label's tests: the one Node font loader.
import { loadBundledFonts } from '../../../cli/src/fonts/load-bundled-fonts';
import { elementTemplates } from './element-templates';
import { createPreview } from './preview';
import { TestEditor } from './test-editor';
import { makeDocument } from './testing/make-document';

const env = { fonts: loadBundledFonts() };
const examplesDir = new URL('../../../../examples/', import.meta.url);
const NOW_MS = Date.UTC(2026, 0, 15, 9, 30);

function loadExample(file: string): { doc: LabelDocument; instance: LabelInstance } {
  const r = validateDocument(JSON.parse(readFileSync(new URL(file, examplesDir), 'utf8')));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues)}`);
  const csv = readdirSync(examplesDir).find((f) => f === file.replace(/\.json$/, '.csv'));
  if (!csv) return { doc: r.value, instance: { nowMs: NOW_MS } };
  const [header, first] = readFileSync(new URL(csv, examplesDir), 'utf8').split('\n');
  const names = header!.split(',');
  const cells = first!.split(',');
  return { doc: r.value, instance: { nowMs: NOW_MS, labelIndex: 0, row: Object.fromEntries(names.map((n, i) => [n, cells[i] ?? ''])) } };
}

/** The preview, turned as the printer receives it, against the engine's own render. */
function expectSameAsEngine(doc: LabelDocument, instance: LabelInstance, preview = createPreview(env)): void {
  const engine = renderLabel(doc, env, instance);
  const shown = preview.render(doc, instance);
  if (!engine.ok) throw new Error(JSON.stringify(engine.issues));
  expect(shown.issues).toEqual([]);
  expect(hashBitmap(rotateBitmap(shown.bitmap, doc.label.orientation))).toBe(hashBitmap(engine.value.bitmap));
  expect(shown.warnings).toEqual(engine.value.warnings);
}

describe('preview', () => {
  const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));

  it.each(examples)('draws %s bit for bit as the engine prints it', (file) => {
    const { doc, instance } = loadExample(file);
    expectSameAsEngine(doc, instance);
  });

  it('stays identical after edits that put elements off the dot grid, rotate and resize them', () => {
    const { doc, instance } = loadExample('shipping-4x6.json');
    const ed = new TestEditor(doc).click(50, 70).drag([50, 70], [53.37, 71.11], { alt: true }).press('Shift+R');
    ed.click(10, 25).drag([10, 25], [12.3, 26.9], { alt: true });
    ed.perform('select-all').press('ArrowRight');
    expectSameAsEngine(ed.doc, instance);
  });

  it('redraws nothing for a move by whole dots, one element for an edit of one, dynamic ones for a new row', () => {
    const { doc, instance } = loadExample('shipping-4x6.json');
    const preview = createPreview(env);
    // 13 elements, but the three horizontal rules are alike (same fields, same size in dots): drawn once.
    expect(preview.render(doc, instance)).toMatchObject({ drawnCount: 11, reusedCount: 2 });
    const ed = new TestEditor(doc).click(50, 120).press('ArrowRight').press('ArrowDown');
    expect(preview.render(ed.doc, instance)).toMatchObject({ drawnCount: 0, reusedCount: doc.elements.length });
    ed.press('Shift+R');
    expect(preview.render(ed.doc, instance).drawnCount).toBe(1);
    const nextRow = { ...instance, row: { ...instance.row, name: 'Grace Hopper' } };
    // The five elements showing data columns depend on the row; the others are reused.
    expect(preview.render(ed.doc, nextRow).drawnCount).toBe(5);
  });

  it('lists the data columns the label uses', () => {
    const { doc } = loadExample('shipping-4x6.json');
    expect(new Set(createPreview(env).render(doc, { row: {} }).fieldNames)).toEqual(new Set(['name', 'street', 'city', 'tracking', 'url']));
  });

  it('still shows the other elements when one cannot be drawn, and says which and why', () => {
    const doc = makeDocument([
      { type: 'rect', xMm: 0, yMm: 0, widthMm: 10, heightMm: 10, fill: true },
      { type: 'barcode', xMm: 20, yMm: 0, widthMm: 40, heightMm: 20, symbology: 'ean13', data: 'not digits' },
    ]);
    const r = createPreview(env).render(doc);
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.path.startsWith('elements[1]'))).toBe(true);
    const rectAlone = renderLabel(makeDocument([doc.elements[0]!]), env);
    expect(rectAlone.ok && hashBitmap(rectAlone.value.bitmap)).toBe(hashBitmap(r.bitmap));
  });

  it('reports a half-typed {{placeholder}} as an issue of its element instead of throwing', () => {
    const valid = makeDocument([{ type: 'rect', xMm: 0, yMm: 0, widthMm: 5, heightMm: 5 }, { type: 'text', xMm: 0, yMm: 10, widthMm: 30, heightMm: 8, text: 'x' }]);
    const typing = { ...valid, elements: [valid.elements[0]!, { ...valid.elements[1]!, text: 'Hello {{na' }] };
    const r = createPreview(env).render(typing);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'INKLESS_VAR_SYNTAX', path: expect.stringMatching(/^elements\[1\]\.text/) })]);
  });

  it('draws every creation template without an issue', () => {
    for (const template of elementTemplates.values()) {
      const ed = new TestEditor(makeDocument([])).tool(template.id).click(2, 2, { alt: true });
      const r = createPreview(env).render(ed.doc, { nowMs: NOW_MS, row: { field: 'A value' } });
      expect(r.issues, template.id).toEqual([]);
    }
  });

  it('measures a render of the shipping label (logged, not asserted)', () => {
    const { doc, instance } = loadExample('shipping-4x6.json');
    const preview = createPreview(env);
    const drawnPerFrame: number[] = [];
    const time = (f: () => unknown) => {
      const t0 = performance.now();
      const r = f() as { drawnCount?: number };
      if (r.drawnCount !== undefined) drawnPerFrame.push(r.drawnCount);
      return (performance.now() - t0).toFixed(2);
    };
    const first = time(() => preview.render(doc, instance));
    const same = time(() => preview.render(doc, instance));
    const ed = new TestEditor(doc).click(50, 120);
    const dragFrames: string[] = [];
    ed.down(50, 120);
    for (let i = 1; i <= 5; i++) {
      ed.move(50 + i * 1.7, 120 + i * 0.9, { alt: true });
      dragFrames.push(time(() => preview.render(ed.doc, instance)));
    }
    ed.up(58.5, 124.5, { alt: true });
    const engine = time(() => renderLabel(ed.doc, env, instance));
    console.log(`[preview] shipping-4x6: first ${first} ms, same doc ${same} ms, drag frames ${dragFrames.join(' / ')} ms (elements drawn: ${drawnPerFrame.slice(2).join(' / ')}); engine full render ${engine} ms`);
    // The time is only logged; what is asserted is the work: a drag frame draws at most the moved element.
    expect(drawnPerFrame.slice(1)).toEqual([0, ...drawnPerFrame.slice(2).map((n) => Math.min(n, 1))]);
  });
});
