// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- brings the ?test=1 hook's Window typing in when another package (the CLI bench) compiles this file; an import would run the studio module in Node
/// <reference path="../src/studio/test-hook.ts" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, validateDocument, type LabelDocument } from '@inkless/label';
import { startStudioFixture } from '../tests/support/studio-server';
import { openStudio } from '../tests/support/studio-page';

/** Percentiles of one series of timings, ms. */
export interface LatencySummary {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export interface DragLatencyResult {
  readonly label: string;
  readonly labelDots: string;
  /** Drag steps measured (after the warm-up). */
  readonly steps: number;
  /** Pointer event dispatched -> the new bitmap is in the canvas (the edit-to-preview latency). */
  readonly toPaint: LatencySummary;
  /** Pointer event dispatched -> React has re-rendered the overlay and panels too (the next task). */
  readonly toSettled: LatencySummary;
  /** Of toPaint: the engine composing the label (preview.render), and writing the pixels. */
  readonly render: LatencySummary;
  readonly pixels: LatencySummary;
  readonly targetP95Ms: number;
}

/** Steps that warm up the JIT and the preview cache; not measured. */
const WARM_UP_STEPS = 20;

function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  const round = (n: number) => Math.round(n * 100) / 100;
  return { p50Ms: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted.at(-1) ?? Number.NaN) };
}

/**
 * Drags the QR code of the 4x6 in shipping label (812 x 1218 dots at 203 dpi) around in the real
 * studio in headless Chromium and times each step from the pointer event to the canvas holding
 * the new bitmap. Events are dispatched in the page (one per animation frame, as a pointer
 * reports), so the figure is the studio's own work, not the input pipeline's.
 *
 * @example
 * const r = await runDragLatencyBench({ steps: 300 }); // r.toPaint.p95Ms
 */
export async function runDragLatencyBench(options: { steps?: number } = {}): Promise<DragLatencyResult> {
  const steps = options.steps ?? 300;
  const example = JSON.parse(readFileSync(new URL('../../../examples/shipping-4x6.json', import.meta.url), 'utf8')) as unknown;
  const parsed = validateDocument(example);
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
  const fixture = await startStudioFixture();
  try {
    const context = await fixture.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await openStudio(page, fixture.origin);
    await page.evaluate((doc: LabelDocument) => window.__inklessStudio!.editor.load(doc), parsed.value);
    // tsx keeps function names with a __name helper the page does not have.
    await page.evaluate('globalThis.__name ??= (fn) => fn');
    const raw = await page.evaluate(async ({ total, warmUp }) => {
      const studio = window.__inklessStudio!;
      const stage = document.querySelector<HTMLElement>('.stage')!;
      const rect = stage.getBoundingClientRect();
      const state = studio.editor.store.getState();
      const qr = state.doc.elements.find((el) => el.id === 'track-url')!;
      const pxPerMm = (state.viewport.zoom * state.doc.label.dpi) / 25.4;
      const cx = rect.left + state.viewport.panXPx + (qr.xMm + qr.widthMm / 2) * pxPerMm;
      const cy = rect.top + state.viewport.panYPx + (qr.yMm + qr.heightMm / 2) * pxPerMm;
      const fire = (type: string, x: number, y: number) =>
        stage.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, clientX: x, clientY: y, button: type === 'pointermove' ? -1 : 0, buttons: type === 'pointerup' ? 0 : 1 }));
      const nextTask = () => new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
      const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      fire('pointerdown', cx, cy);
      const out = { toPaint: [] as number[], toSettled: [] as number[], render: [] as number[], pixels: [] as number[] };
      for (let i = 1; i <= total + warmUp; i++) {
        // Wander around the label, a few millimetres per step, as a hand drags.
        const x = cx + 160 * Math.sin(i / 23);
        const y = cy - 120 + 120 * Math.cos(i / 17);
        await nextFrame();
        const started = performance.now();
        fire('pointermove', x, y);
        const paint = studio.painter!.lastPaint()!;
        await nextTask();
        const settled = performance.now();
        if (i <= warmUp || paint.paintedAtMs < started) continue;
        out.toPaint.push(paint.paintedAtMs - started);
        out.toSettled.push(settled - started);
        out.render.push(paint.renderMs);
        out.pixels.push(paint.paintMs);
      }
      fire('pointerup', cx, cy);
      return out;
    }, { total: steps, warmUp: WARM_UP_STEPS });
    await context.close();
    return {
      label: 'examples/shipping-4x6.json (13 elements), dragging its QR code',
      labelDots: '812 x 1218 dots at 203 dpi',
      steps: raw.toPaint.length,
      toPaint: summarize(raw.toPaint),
      toSettled: summarize(raw.toSettled),
      render: summarize(raw.render),
      pixels: summarize(raw.pixels),
      targetP95Ms: 16,
    };
  } finally {
    await fixture.close();
  }
}

// `npx tsx packages/web/bench/drag-latency.ts [steps]` prints the result as JSON.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await runDragLatencyBench({ steps: Number(process.argv[2] ?? 300) });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.exit(0);
}
