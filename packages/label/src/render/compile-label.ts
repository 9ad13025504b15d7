import { bitmapWindow, createBitmap, fillRect, rotateBitmap, type Bitmap1 } from '../bitmap/bitmap1';
import type { LabelDocument, LabelElement } from '../document/label-document';
import type { ElementContext, ElementKind, ExpectedScan } from '../elements/element-kind';
import { findElementKind } from '../elements/registry';
import { InklessError } from '../errors/inkless-error';
import { fail, joinPath, ok, type Issue, type Result } from '../errors/issue';
import type { FontSet } from '../text/font-set';
import { mmToDots } from '../units';
import { resolveVariable, type LabelInstance } from '../variables/resolve-variable';
import { fillTemplateTree, parseTemplateTree, type TemplateTree } from '../variables/template-tree';
import { drawOnLabel, finishElementBitmap, placeElement, type Placement } from './place-element';

/** What rendering needs besides the document: fonts now; image caches and the like later. */
export interface RenderEnv {
  readonly fonts: FontSet;
  /**
   * False draws every element into a bitmap of its own before it goes on the label, even those
   * that could be drawn on it directly; the dots are the same (tests compare the two ways). Hosts
   * that put ready dots on a label themselves (the ZPL interpreter's graphics) honour it too.
   */
  readonly drawOnLabel?: boolean;
}

export interface RenderOptions {
  /**
   * Draw in the bitmap the previous `reuseBitmap` render returned (before orientation), which that
   * render's result then no longer holds: for batches that encode each label before drawing the next.
   */
  readonly reuseBitmap?: boolean;
}

export interface RenderedLabel {
  /** The label as it goes to the printer (after orientation). */
  readonly bitmap: Bitmap1;
  /** Non-fatal problems, e.g. clipped text. */
  readonly warnings: readonly Issue[];
}

/** One element as laid out for one label. */
export interface ElementLayout {
  readonly path: string;
  readonly element: LabelElement;
  readonly placement: Placement;
  readonly expectedScan: ExpectedScan | undefined;
}

interface CompiledElement {
  readonly kind: ElementKind;
  readonly element: LabelElement;
  readonly path: string;
  readonly at: Placement;
  /** Parsed templates of the fields that use variables; empty for a static element. */
  readonly templates: ReadonlyMap<string, { tree: TemplateTree; names: readonly string[] }>;
  /** A static element is drawn once and reused for every label. */
  cached?: { bitmap: Bitmap1; warnings: Issue[] } | { issues: Issue[] };
  /** Drawn straight onto the label through a window (see markDrawnOnLabel), not into a bitmap of its own. */
  onLabel?: boolean;
}

/**
 * A document prepared for printing many labels: templates are parsed once, static elements are
 * drawn once, and each label only draws what its data changes.
 *
 * @example
 * const compiled = compileLabel(doc, { fonts });
 * for (const [i, row] of rows.entries()) {
 *   const r = compiled.render({ row, labelIndex: i });
 *   if (r.ok) send(r.value.bitmap);
 * }
 */
export class CompiledLabel {
  readonly dpi: number;
  readonly widthDots: number;
  readonly heightDots: number;
  private readonly elements: CompiledElement[];
  /** Index of the first element that varies; everything before it is pre-composited in `base`. */
  private readonly firstDynamic: number;
  private base: Bitmap1 | undefined;
  /** The bitmap render draws in again when asked to reuse it. */
  private spare: Bitmap1 | undefined;
  /** The instance being resolved, and one lookup for all its fields (made once, not per field). */
  private instance: LabelInstance = {};
  private readonly lookup = (name: string): string | undefined => resolveVariable(name, this.doc.variables, this.instance);

  constructor(private readonly doc: LabelDocument, private readonly env: RenderEnv) {
    this.dpi = doc.label.dpi;
    this.widthDots = mmToDots(doc.label.widthMm, this.dpi);
    this.heightDots = mmToDots(doc.label.heightMm, this.dpi);
    this.elements = doc.elements.map((element, index) => compileElement(element, joinPath('elements', index), this.dpi));
    const dynamic = this.elements.findIndex((e) => e.templates.size > 0);
    this.firstDynamic = dynamic < 0 ? this.elements.length : dynamic;
    if (env.drawOnLabel !== false) markDrawnOnLabel(this.elements, this.widthDots, this.heightDots);
  }

  /** Names of data columns the label needs (the `{{names}}` that are not document variables). */
  get fieldNames(): string[] {
    const names = new Set<string>();
    for (const e of this.elements) for (const t of e.templates.values()) for (const n of t.names) if (!Object.hasOwn(this.doc.variables, n)) names.add(n);
    return [...names];
  }

  /** Paths of the elements drawn straight onto the label, with no bitmap of their own (see markDrawnOnLabel). */
  get drawnOnLabel(): string[] {
    return this.elements.filter((e) => e.onLabel).map((e) => e.path);
  }

  /**
   * Renders one label. Every element's problems are collected, not just the first. With
   * `reuseBitmap`, the label is drawn in the bitmap the previous such call drew in (wiped first):
   * no new 100 KB array per label in a batch whose caller is done with each bitmap before the next.
   */
  render(instance: LabelInstance = {}, options: RenderOptions = {}): Result<RenderedLabel> {
    const issues: Issue[] = [];
    const warnings: Issue[] = [];
    const reused = options.reuseBitmap ? this.spare : undefined;
    const label = reused ?? createBitmap(this.widthDots, this.heightDots);
    if (options.reuseBitmap) this.spare = label;
    const base = this.baseLayer(issues, warnings);
    if (base) label.data.set(base.data);
    else if (reused) label.data.fill(0);
    for (let i = this.firstDynamic; i < this.elements.length; i++) {
      const compiled = this.elements[i]!;
      const drawn = compiled.templates.size > 0 ? this.drawDynamic(compiled, instance, label) : this.drawStatic(compiled);
      if ('issues' in drawn) issues.push(...drawn.issues);
      else {
        warnings.push(...drawn.warnings);
        if (!compiled.onLabel) drawOnLabel(label, drawn.bitmap, compiled.element, compiled.at);
      }
    }
    if (issues.length > 0) return fail(issues);
    this.clipMargins(label);
    return ok({ bitmap: rotateBitmap(label, this.doc.label.orientation), warnings });
  }

  /** Resolves variables and runs every element's checks without drawing: the batch preflight. */
  check(instance: LabelInstance = {}): Issue[] {
    const issues: Issue[] = [];
    for (const compiled of this.elements) {
      const resolved = this.resolve(compiled, instance);
      if ('issues' in resolved) issues.push(...resolved.issues);
      else issues.push(...(compiled.kind.check?.(resolved.element, compiled.at.local, this.context(compiled.path, [])) ?? []));
    }
    return issues;
  }

  /**
   * Where each element lands for this instance, with its variables filled in: for verification
   * and for editors. Coordinates are on the label before orientation.
   */
  layout(instance: LabelInstance = {}): ElementLayout[] {
    return this.elements.map((compiled) => {
      const resolved = this.resolve(compiled, instance);
      const element = 'issues' in resolved ? compiled.element : resolved.element;
      const ctx = this.context(compiled.path, []);
      return { path: compiled.path, element, placement: compiled.at, expectedScan: compiled.kind.expectedScan?.(element, compiled.at.local, ctx) };
    });
  }

  private baseLayer(issues: Issue[], warnings: Issue[]): Bitmap1 | undefined {
    if (this.firstDynamic === 0) return undefined;
    if (!this.base) {
      const base = createBitmap(this.widthDots, this.heightDots);
      for (let i = 0; i < this.firstDynamic; i++) {
        const compiled = this.elements[i]!;
        const drawn = this.drawStatic(compiled);
        if (!('issues' in drawn)) drawOnLabel(base, drawn.bitmap, compiled.element, compiled.at);
      }
      this.base = base;
    }
    for (let i = 0; i < this.firstDynamic; i++) {
      const cached = this.elements[i]!.cached!;
      if ('issues' in cached) issues.push(...cached.issues);
      else warnings.push(...cached.warnings);
    }
    return this.base;
  }

  private drawStatic(compiled: CompiledElement): { bitmap: Bitmap1; warnings: Issue[] } | { issues: Issue[] } {
    compiled.cached ??= this.draw(compiled, compiled.element);
    return compiled.cached;
  }

  /** Draws a varying element: straight onto `label` when it may (onLabel), else into its own bitmap. */
  private drawDynamic(compiled: CompiledElement, instance: LabelInstance, label: Bitmap1): { bitmap: Bitmap1; warnings: Issue[] } | { issues: Issue[] } {
    const resolved = this.resolve(compiled, instance);
    if ('issues' in resolved) return resolved;
    const { xDots, yDots, local } = compiled.at;
    return this.draw(compiled, resolved.element, compiled.onLabel ? bitmapWindow(label, xDots, yDots, local.widthDots, local.heightDots) : undefined);
  }

  private resolve(compiled: CompiledElement, instance: LabelInstance): { element: LabelElement } | { issues: Issue[] } {
    if (compiled.templates.size === 0) return { element: compiled.element };
    const issues: Issue[] = [];
    const values: Record<string, unknown> = {};
    this.instance = instance;
    for (const [field, template] of compiled.templates) {
      const path = joinPath(compiled.path, field);
      try {
        const { value, missing } = fillTemplateTree(template.tree, this.lookup);
        for (const name of missing) issues.push(missingFieldIssue(path, name, instance));
        values[field] = value;
      } catch (e) {
        // A variable that cannot be printed on this label (a serial past its digits): said at the field using it.
        if (!(e instanceof InklessError)) throw e;
        issues.push(...e.issues.map((issue) => ({ ...issue, path })));
      }
    }
    return issues.length > 0 ? { issues } : { element: { ...compiled.element, ...values } };
  }

  /** Draws an element into its own bitmap, or into `into` (a window onto the label) when given. */
  private draw(compiled: CompiledElement, element: LabelElement, into?: Bitmap1): { bitmap: Bitmap1; warnings: Issue[] } | { issues: Issue[] } {
    const warnings: Issue[] = [];
    const ctx = this.context(compiled.path, warnings);
    const problems = compiled.kind.renderChecks ? [] : compiled.kind.check?.(element, compiled.at.local, ctx) ?? [];
    if (problems.length > 0) return { issues: problems };
    try {
      const content = compiled.kind.render(element, compiled.at.local, ctx, into);
      if (into) return { bitmap: into, warnings };
      if (content.width !== compiled.at.local.widthDots || content.height !== compiled.at.local.heightDots) {
        throw new InklessError('INKLESS_RENDER_ELEMENT_FAILED', `drew ${content.width}x${content.height} dots into a ${compiled.at.local.widthDots}x${compiled.at.local.heightDots} box`, { path: compiled.path });
      }
      return { bitmap: finishElementBitmap(content, element), warnings };
    } catch (e) {
      if (e instanceof InklessError) return { issues: [...e.issues] };
      const message = e instanceof Error ? e.message : String(e);
      return { issues: [{ code: 'INKLESS_RENDER_ELEMENT_FAILED', path: compiled.path, message: `could not be drawn: ${message}` }] };
    }
  }

  private context(path: string, warnings: Issue[]): ElementContext {
    return new DrawContext(this.dpi, this.env.fonts, path, warnings);
  }

  private clipMargins(label: Bitmap1): void {
    const m = this.doc.label.marginsMm;
    const [top, right, bottom, left] = [m.top, m.right, m.bottom, m.left].map((mm) => mmToDots(mm, this.dpi)) as [number, number, number, number];
    if (top) fillRect(label, 0, 0, label.width, top, false);
    if (bottom) fillRect(label, 0, label.height - bottom, label.width, bottom, false);
    if (left) fillRect(label, 0, 0, left, label.height, false);
    if (right) fillRect(label, label.width - right, 0, right, label.height, false);
  }
}

/** What an element sees while it is checked or drawn; its warnings go to the label's list. */
class DrawContext implements ElementContext {
  constructor(readonly dpi: number, readonly fonts: FontSet, readonly path: string, private readonly warnings: Issue[]) {}

  warn(issue: Issue): void {
    this.warnings.push(issue);
  }
}

/**
 * Marks the varying elements that can be drawn straight onto the label through a window instead
 * of into a bitmap of their own that is then copied on: same dots, one pass fewer. That takes a
 * kind that `drawsInto`, no rotation or inversion, a box inside the label starting on a byte
 * (x a multiple of 8), and no element before it touching the bytes of its box, so the window is
 * blank when it is drawn (the elements after it add their ink on top, as they would anyway).
 */
function markDrawnOnLabel(elements: readonly CompiledElement[], widthDots: number, heightDots: number): void {
  const byteBox = (e: CompiledElement) => ({ x0: e.at.xDots >> 3, x1: (e.at.xDots + e.at.widthDots + 7) >> 3, y0: e.at.yDots, y1: e.at.yDots + e.at.heightDots });
  elements.forEach((e, i) => {
    const { xDots, yDots, local } = e.at;
    const fits = xDots % 8 === 0 && xDots >= 0 && yDots >= 0 && xDots + local.widthDots <= widthDots && yDots + local.heightDots <= heightDots;
    if (!e.kind.drawsInto || e.templates.size === 0 || !fits || e.element.rotation !== 0 || e.element.inverse) return;
    const box = byteBox(e);
    const touched = elements.slice(0, i).some((before) => {
      const b = byteBox(before);
      return b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1;
    });
    e.onLabel = !touched;
  });
}

function compileElement(element: LabelElement, path: string, dpi: number): CompiledElement {
  const kind = findElementKind(element.type);
  if (!kind) throw new InklessError('INKLESS_DOC_INVALID', `unknown element type "${element.type}"; validate the document first`, { path });
  const templates = new Map<string, { tree: TemplateTree; names: readonly string[] }>();
  for (const field of kind.templatedFields) {
    const parsed = parseTemplateTree(element[field]);
    if (!parsed) continue;
    if (!parsed.ok) throw new InklessError('INKLESS_VAR_SYNTAX', parsed.message, { path: joinPath(path, field) + parsed.where });
    if (parsed.names.length > 0) templates.set(field, parsed);
  }
  return { kind, element, path, at: placeElement(element, dpi), templates };
}

function missingFieldIssue(path: string, name: string, instance: LabelInstance): Issue {
  const columns = instance.row ? Object.keys(instance.row) : [];
  const known = !instance.row ? ' (no data row was given)'
    : columns.length > 0 ? ` (columns: ${columns.slice(0, 20).join(', ')}${columns.length > 20 ? ', ...' : ''})` : ' (the data row has no columns)';
  return { code: 'INKLESS_VAR_MISSING', path, message: `{{${name}}} is neither a data column nor a variable${known}`, params: { field: name } };
}

/** One-shot convenience: compile and render a single label. */
export function renderLabel(doc: LabelDocument, env: RenderEnv, instance: LabelInstance = {}): Result<RenderedLabel> {
  return new CompiledLabel(doc, env).render(instance);
}

export function compileLabel(doc: LabelDocument, env: RenderEnv): CompiledLabel {
  return new CompiledLabel(doc, env);
}
