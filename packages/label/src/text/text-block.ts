import { blit, createBitmap, type Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';
import { advanceDots, breakLines, type BrokenLines, type TextLine } from './break-lines';
import type { FontSet } from './font-set';
import { glyphKey } from './glyph-cache';
import { rasterizeGlyph } from './rasterize-glyph';
import { shapeText } from './shape-text';

/** Longest text one block accepts; longer input is refused rather than laid out for seconds. */
export const MAX_TEXT_CHARS = 10_000;
/** Largest font size in dots (400 pt at 600 dpi is 3,334 dots). */
export const MAX_SIZE_DOTS = 4000;
/** Smallest size shrinkToFit goes to unless told otherwise (dots). */
export const DEFAULT_MIN_SIZE_DOTS = 6;

export interface TextBlockOptions {
  readonly text: string;
  readonly family: string;
  /** Font size in dots (em height): pt * dpi / 72. */
  readonly sizeDots: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  readonly valign?: 'top' | 'middle' | 'bottom';
  /** Break lines at spaces (and between CJK characters) to fit widthDots. */
  readonly wrap?: boolean;
  /** Reduce the size (down to minSizeDots) until the text fits the box. */
  readonly shrinkToFit?: boolean;
  readonly minSizeDots?: number;
  /** Line height as a multiple of the font size (1.2 default). */
  readonly lineSpacing?: number;
  readonly widthDots: number;
  readonly heightDots: number;
}

export interface TextBlockResult {
  readonly bitmap: Bitmap1;
  /** True when some ink fell outside the box and was clipped. */
  readonly overflow: boolean;
  /** The size actually used (after shrinking). */
  readonly sizeDots: number;
  /** Lines drawn (or clipped), after wrapping. */
  readonly lineCount?: number;
  /** Widest line in dots, without trailing spaces. */
  readonly contentWidthDots?: number;
  /** Height of the lines from the first ascender to the last descender, in dots. */
  readonly contentHeightDots?: number;
}

/** Vertical metrics of a family at a size, for callers that size a box around one line of text. */
export interface LineMetrics {
  readonly ascentDots: number;
  readonly descentDots: number;
}

/** Ascent and descent (dots) of the face a family resolves to; one line needs ascent + descent. */
export function measureLineMetrics(fonts: FontSet, family: string, sizeDots: number, bold = false, italic = false): LineMetrics {
  const face = fonts.resolve(family, bold, italic)?.face;
  if (!face) throw new InklessError('INKLESS_TEXT_NO_FONTS', 'no font is registered; register at least one TTF/OTF font before drawing text');
  return { ascentDots: face.ascentEm * sizeDots, descentDots: face.descentEm * sizeDots };
}

interface Layout extends BrokenLines {
  readonly sizeDots: number;
  readonly heightDots: number;
}

/**
 * Lays out and draws text in a box: wrapping, alignment, shrink-to-fit, clipping. Glyphs sit on
 * whole dots and come from a cache, so the same text gives the same bits everywhere, fast.
 *
 * Draws into `into` when given (a blank bitmap of the box's size, or a window onto the label:
 * glyphs are OR-ed in and clipped to the box), else into a fresh bitmap.
 *
 * @example
 * const { bitmap, overflow } = renderTextBlock(fonts, { text: 'Milk 1 L', family: 'Sans', sizeDots: 28, widthDots: 300, heightDots: 40 });
 */
export function renderTextBlock(fonts: FontSet, options: TextBlockOptions, into?: Bitmap1): TextBlockResult {
  const { text, widthDots, heightDots } = options;
  if (!(options.sizeDots > 0 && options.sizeDots <= MAX_SIZE_DOTS)) {
    throw new InklessError('INKLESS_TEXT_SIZE_INVALID', `font size of ${options.sizeDots} dots is outside 0..${MAX_SIZE_DOTS}; use a size in points between 2 and 400`);
  }
  if (text.length > MAX_TEXT_CHARS) {
    throw new InklessError('INKLESS_TEXT_TOO_LONG', `text has ${text.length} characters; a text block holds at most ${MAX_TEXT_CHARS}, so split it or shorten it`);
  }
  if (into && (into.width !== widthDots || into.height !== heightDots)) {
    throw new RangeError(`a ${widthDots}x${heightDots} text box cannot draw into a ${into.width}x${into.height} bitmap`);
  }
  const bitmap = into ?? createBitmap(widthDots, heightDots);
  if (text.length === 0) return { bitmap, overflow: false, sizeDots: options.sizeDots, lineCount: 0, contentWidthDots: 0, contentHeightDots: 0 };
  const bold = options.bold ?? false;
  const italic = options.italic ?? false;
  const primary = fonts.resolve(options.family, bold, italic);
  if (!primary) throw new InklessError('INKLESS_TEXT_NO_FONTS', 'no font is registered; register at least one TTF/OTF font before drawing text');
  const wrap = options.wrap ?? true;
  const lineSpacing = options.lineSpacing ?? 1.2;
  const paragraphs = shapeText(fonts, text, options.family, bold, italic);
  const ascentEm = primary.face.ascentEm;
  const job: LayoutJob = { paragraphs, widthDots, heightDots, wrap, lineSpacing, ascentEm, descentEm: primary.face.descentEm };
  let layout = layoutAt(job, options.sizeDots);
  if (options.shrinkToFit && !fits(job, layout)) layout = shrink(job, options.sizeDots, options.minSizeDots ?? DEFAULT_MIN_SIZE_DOTS);
  const overflow = drawLines(fonts, bitmap, layout, options, ascentEm * layout.sizeDots, lineSpacing);
  return {
    bitmap,
    overflow,
    sizeDots: layout.sizeDots,
    lineCount: layout.lines.length,
    contentWidthDots: layout.maxWidthDots,
    contentHeightDots: layout.heightDots,
  };
}

/** The shaped text and the box it is laid out in, at whatever size a shrink tries. */
interface LayoutJob {
  readonly paragraphs: ReturnType<typeof shapeText>;
  readonly widthDots: number;
  readonly heightDots: number;
  readonly wrap: boolean;
  readonly lineSpacing: number;
  readonly ascentEm: number;
  readonly descentEm: number;
}

function layoutAt(job: LayoutJob, sizeDots: number): Layout {
  const broken = breakLines(job.paragraphs, sizeDots, job.widthDots, job.wrap);
  const height = (job.ascentEm + job.descentEm + (broken.lines.length - 1) * job.lineSpacing) * sizeDots;
  return { ...broken, sizeDots, heightDots: height };
}

function fits(job: LayoutJob, l: Layout): boolean {
  return !l.splitWord && l.heightDots <= job.heightDots && l.maxWidthDots <= job.widthDots;
}

/** Largest size in whole quarter-dots, between min and max, whose layout fits (binary search). */
function shrink(job: LayoutJob, maxSize: number, minSize: number): Layout {
  let lo = Math.max(1, Math.min(Math.ceil(minSize * 4), Math.floor(maxSize * 4)));
  let hi = Math.floor(maxSize * 4) === maxSize * 4 ? maxSize * 4 - 1 : Math.floor(maxSize * 4);
  let best = layoutAt(job, lo / 4);
  if (!fits(job, best)) return best;
  lo++;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = layoutAt(job, mid / 4);
    if (fits(job, candidate)) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Draws the lines; returns true when some ink fell outside the box (clipped). */
function drawLines(fonts: FontSet, bitmap: Bitmap1, layout: Layout, options: TextBlockOptions, ascentDots: number, lineSpacing: number): boolean {
  const size = layout.sizeDots;
  const size64 = Math.round(size * 64);
  const rasterSize = size64 / 64;
  const free = options.heightDots - layout.heightDots;
  const valign = options.valign ?? 'top';
  // When the lines overflow, keep the first ones visible whatever the vertical alignment.
  const top = free <= 0 || valign === 'top' ? 0 : valign === 'middle' ? free / 2 : free;
  const align = options.align ?? 'left';
  const cache = fonts.glyphCache;
  const { width, height } = bitmap;
  let clipped = false;
  for (let n = 0; n < layout.lines.length; n++) {
    const line = layout.lines[n]!;
    const baseline = Math.round(top + ascentDots + n * lineSpacing * size);
    if (baseline - ascentDots > height) return true; // this line and the rest start below the box
    let pen = startX(line, align, options.widthDots);
    const spaceExtra = align === 'justify' ? justifyExtra(line, options.widthDots) : 0;
    const glyphs = line.glyphs;
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i]!;
      if (pen - size > width) {
        clipped = true; // the rest of this line lies right of the box (wrap off): skip it
        break;
      }
      if (!g.isSpace) {
        const { face, synth } = g.face;
        const key = glyphKey(face.id, g.glyphIndex, size64, synth.bold, synth.italic);
        const placed = cache.get(key) ?? cache.put(key, rasterizeGlyph(face, g.glyphIndex, rasterSize, synth));
        const gw = placed.bitmap.width;
        if (gw > 0) {
          const x = Math.round(pen) + placed.left;
          const y = baseline + placed.top;
          if (x < 0 || y < 0 || x + gw > width || y + placed.bitmap.height > height) clipped = true;
          blit(bitmap, placed.bitmap, x, y);
        }
      } else pen += spaceExtra;
      pen += advanceDots(g, size) + (i < glyphs.length - 1 ? g.kernEm * size : 0);
    }
  }
  return clipped;
}

function startX(line: TextLine, align: 'left' | 'center' | 'right' | 'justify', widthDots: number): number {
  if (align === 'center') return (widthDots - line.widthDots) / 2;
  if (align === 'right') return widthDots - line.widthDots;
  return 0;
}

/** Extra dots per inner space that make a wrapped line reach both edges. */
function justifyExtra(line: TextLine, widthDots: number): number {
  if (!line.wrapped || line.widthDots >= widthDots) return 0;
  let end = line.glyphs.length;
  while (end > 0 && line.glyphs[end - 1]!.isSpace) end--;
  let spaces = 0;
  for (let i = 0; i < end; i++) if (line.glyphs[i]!.isSpace) spaces++;
  return spaces === 0 ? 0 : (widthDots - line.widthDots) / spaces;
}
