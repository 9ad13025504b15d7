import type { z } from 'zod';
import type { Bitmap1 } from '../bitmap/bitmap1';
import type { Issue } from '../errors/issue';
import type { FontSet } from '../text/font-set';
import type { ElementBase } from './element-base';

/** What an element needs to know while it is checked or drawn. */
export interface ElementContext {
  readonly dpi: number;
  readonly fonts: FontSet;
  /** Path of the element in the document, e.g. `elements[3]`, for issues. */
  readonly path: string;
  /** Report a non-fatal problem (clipped text, ...). */
  warn(issue: Issue): void;
}

/** The box an element draws into, in dots, already turned for its rotation (90/270 swap w and h). */
export interface BoxDots {
  readonly widthDots: number;
  readonly heightDots: number;
}

/**
 * One kind of element (text, barcode, ...): it owns its schema, its checks and its drawing.
 * Shared code never asks `el.type === 'barcode'`; it asks the element's kind.
 */
export interface ElementKind<E extends ElementBase = ElementBase> {
  readonly type: E['type'];
  /** Strict zod schema for the whole element, including the base fields and defaults. */
  readonly schema: z.ZodType<E>;
  /**
   * Fields that may hold `{{variables}}`: strings, or arrays of them (a table's rows of cells).
   * They are substituted before check and render.
   */
  readonly templatedFields: readonly string[];
  /**
   * Checks that need the final values (payload rules, fit at the label's dpi). Issue paths are full
   * (start from ctx.path). Called after variables are resolved, before render.
   */
  check?(element: E, box: BoxDots, ctx: ElementContext): Issue[];
  /**
   * True when render throws every issue check would report, so drawing need not check first
   * (check stays for the batch preflight, which does not draw).
   */
  readonly renderChecks?: boolean;
  /**
   * Draws the element's content into a fresh bitmap of the box's size, or, for a kind that
   * `drawsInto`, into `into` when given, which it returns. Throws InklessError on failure.
   */
  render(element: E, box: BoxDots, ctx: ElementContext, into?: Bitmap1): Bitmap1;
  /**
   * True when render can draw into a given bitmap of the box's size, blank in every byte the box
   * touches: a window onto the label (bitmapWindow), so the element needs no bitmap of its own.
   */
  readonly drawsInto?: boolean;
  /**
   * What a scanner should read from this element once printed (barcodes only), so `inkless verify`
   * can decode the raster and compare without knowing element types.
   */
  expectedScan?(element: E, box: BoxDots, ctx: ElementContext): ExpectedScan | undefined;
}

/** The decoder-side view of a barcode: text as ZXing reports it, and how it was drawn. */
export interface ExpectedScan {
  /** The symbology's name for people, e.g. "EAN-13". */
  readonly symbology: string;
  /** Text a decoder should report (GS1 in HRI form, `(01)...`). */
  readonly text: string;
  /** AIM symbology identifier a decoder should report, when it matters (`]C1` for GS1-128). */
  readonly symbologyIdentifier?: string;
  /** Width of one module in dots. */
  readonly moduleDots: number;
}

/** Helper that keeps the element type when declaring a kind. */
export function defineElementKind<E extends ElementBase>(kind: ElementKind<E>): ElementKind<E> {
  return kind;
}
