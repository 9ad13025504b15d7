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
  /** String fields that may hold `{{variables}}`; they are substituted before check and render. */
  readonly templatedFields: readonly string[];
  /**
   * Checks that need the final values (payload rules, fit at the label's dpi). Issue paths are full
   * (start from ctx.path). Called after variables are resolved, before render.
   */
  check?(element: E, box: BoxDots, ctx: ElementContext): Issue[];
  /** Draws the element's content into a fresh bitmap of the box's size. Throws InklessError on failure. */
  render(element: E, box: BoxDots, ctx: ElementContext): Bitmap1;
}

/** Helper that keeps the element type when declaring a kind. */
export function defineElementKind<E extends ElementBase>(kind: ElementKind<E>): ElementKind<E> {
  return kind;
}
