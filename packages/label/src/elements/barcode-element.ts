import { z } from 'zod';
import { createBitmap } from '../bitmap/bitmap1';
import { formatCount } from '../barcode/capacity';
import { checkBarcodePlan, planBarcode, type BarcodePlanInput } from '../barcode/plan-barcode';
import { drawSymbol, measureSymbolDots } from '../barcode/rasterize-symbol';
import { expectedScan } from '../barcode/expected-scan';
import { documentLimits } from '../document/limits';
import { InklessError } from '../errors/inkless-error';
import { elementBaseShape, type ElementBase } from './element-base';
import { defineElementKind, type BoxDots, type ElementContext } from './element-kind';

/** Font of the human-readable text under barcodes (bundled, so every host has it). */
export const BARCODE_TEXT_FAMILY = 'DejaVu Sans';

export interface BarcodeElement extends ElementBase {
  readonly type: 'barcode';
  /** First-class id (code128, gs1-128, ean13, qrcode, datamatrix, ...) or any bwip-js bcid. */
  readonly symbology: string;
  readonly data: string;
  /** Module width in whole dots; default: the largest that fits the box, never below the scannable minimum. */
  readonly moduleDots?: number;
  /** Bar height of linear symbols; default: the box height minus the text. */
  readonly barHeightMm?: number;
  /** Human-readable text; default on for linear symbols, off for 2D. */
  readonly showText?: boolean;
  readonly textSizePt: number;
  readonly qrErrorLevel: 'L' | 'M' | 'Q' | 'H';
  /** Code 39: add the mod-43 check character. */
  readonly checkDigit: boolean;
  /** Horizontal place of the symbol in its box; it always sits at the top. */
  readonly align: 'left' | 'center' | 'right';
  /** bwip-js encoding options (allow-listed primitives, e.g. { columns: 4 } for PDF417). */
  readonly options?: Readonly<Record<string, string | number | boolean>>;
}

function toPlanInput(el: BarcodeElement): BarcodePlanInput {
  return {
    symbology: el.symbology, data: el.data, qrErrorLevel: el.qrErrorLevel, checkDigit: el.checkDigit, textSizePt: el.textSizePt,
    ...(el.options ? { options: el.options } : {}),
    ...(el.moduleDots !== undefined ? { moduleDots: el.moduleDots } : {}),
    ...(el.barHeightMm !== undefined ? { barHeightMm: el.barHeightMm } : {}),
    ...(el.showText !== undefined ? { showText: el.showText } : {}),
  };
}

/**
 * Drawing and the expected scan of one element both need the plan (the encoded symbol):
 * remembering the last one encodes it once. (Checks need only its size: checkBarcodePlan.)
 */
let lastPlan: { key: string; result: ReturnType<typeof planBarcode> } | undefined;

function plan(el: BarcodeElement, box: BoxDots, ctx: ElementContext) {
  const input = toPlanInput(el);
  const key = JSON.stringify([input, box.widthDots, box.heightDots, ctx.dpi, ctx.path]);
  if (lastPlan?.key !== key) lastPlan = { key, result: planBarcode(input, box, ctx.dpi, ctx.path) };
  return lastPlan.result;
}

/** A barcode: encoded in modules, drawn at whole-dot module widths with its quiet zones, never resampled. */
export const barcodeElement = defineElementKind<BarcodeElement>({
  type: 'barcode',
  schema: z.strictObject({
    type: z.literal('barcode'),
    ...elementBaseShape,
    symbology: z.string({ error: 'symbology must be a symbology id such as code128 or qrcode' }).min(1).max(40),
    data: z.string({ error: 'data must be text' }).max(documentLimits.maxBarcodeDataChars, `data may have at most ${formatCount(documentLimits.maxBarcodeDataChars)} characters; no barcode holds more`),
    moduleDots: z.number().int('moduleDots must be a whole number of dots').min(1).max(20).optional(),
    barHeightMm: z.number().finite().gt(0).max(1000).optional(),
    showText: z.boolean().optional(),
    textSizePt: z.number().finite().min(4).max(72).default(8),
    qrErrorLevel: z.enum(['L', 'M', 'Q', 'H'], { error: 'qrErrorLevel must be L, M, Q or H' }).default('M'),
    checkDigit: z.boolean().default(false),
    align: z.enum(['left', 'center', 'right']).default('center'),
    options: z.record(z.string().max(40), z.union([z.string().max(64), z.number(), z.boolean()])).optional(),
  }),
  templatedFields: ['data'],
  check(el, box, ctx) {
    return checkBarcodePlan(toPlanInput(el), box, ctx.dpi, ctx.path);
  },
  // render plans the symbol and throws the plan's issues: the ones checkBarcodePlan finds.
  renderChecks: true,
  drawsInto: true,
  render(el, box, ctx, into) {
    const r = plan(el, box, ctx);
    if (!r.ok) throw InklessError.fromIssues(r.issues);
    const p = r.value;
    const options = {
      moduleDots: p.moduleDots,
      barHeightDots: Math.max(1, p.barHeightDots),
      ratio: p.ratio,
      ...(p.showText ? { hrt: { fonts: ctx.fonts, family: BARCODE_TEXT_FAMILY, sizeDots: p.textSizeDots }, hrtText: el.data } : {}),
    };
    const out = into ?? createBitmap(box.widthDots, box.heightDots);
    const free = box.widthDots - measureSymbolDots(p.symbol, options).width;
    const x = el.align === 'left' ? 0 : el.align === 'right' ? free : Math.floor(free / 2);
    drawSymbol(out, x, p.symbol, options);
    return out;
  },
  expectedScan(el, box, ctx) {
    const r = plan(el, box, ctx);
    return r.ok ? expectedScan(toPlanInput(el), r.value.moduleDots) : undefined;
  },
});
