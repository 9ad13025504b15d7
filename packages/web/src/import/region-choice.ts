import type { PageRegion } from '@inkless/import';

/** A box as fractions of the page (0..1), so a drawn region stays put whatever dpi the page is drawn at. */
export interface PageFractionBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Which part of the page becomes the label: one the engine found (ink, cut lines, halves), the
 * whole page, a half or a quarter, or a box the user drew on the page.
 */
export type RegionChoice =
  | { readonly kind: 'found'; readonly index: number }
  | { readonly kind: 'whole' }
  /** 0: top (left on a landscape page), 1: bottom (right). */
  | { readonly kind: 'half'; readonly index: 0 | 1 }
  /** 0 top left, 1 top right, 2 bottom left, 3 bottom right. */
  | { readonly kind: 'quarter'; readonly index: 0 | 1 | 2 | 3 }
  | { readonly kind: 'drawn'; readonly box: PageFractionBox };

/** The choices a select offers, as stable ids (`found-0`, `half-1`, ...); a drawn box is not listed. */
export function regionChoiceId(choice: RegionChoice): string {
  if (choice.kind === 'whole' || choice.kind === 'drawn') return choice.kind;
  return `${choice.kind}-${choice.index}`;
}

export function parseRegionChoiceId(id: string): RegionChoice | undefined {
  if (id === 'whole') return { kind: 'whole' };
  const match = /^(found|half|quarter)-(\d)$/.exec(id);
  if (!match) return undefined;
  const index = Number(match[2]);
  if (match[1] === 'found') return { kind: 'found', index };
  if (match[1] === 'half' && index <= 1) return { kind: 'half', index: index as 0 | 1 };
  if (match[1] === 'quarter' && index <= 3) return { kind: 'quarter', index: index as 0 | 1 | 2 | 3 };
  return undefined;
}

/** Whole pixels of a fraction box on a page of `width` x `height` pixels, at least 1 x 1, inside the page. */
function pixelBox(box: PageFractionBox, width: number, height: number): Omit<PageRegion, 'found'> {
  const x = Math.min(width - 1, Math.max(0, Math.round(box.x * width)));
  const y = Math.min(height - 1, Math.max(0, Math.round(box.y * height)));
  const right = Math.min(width, Math.max(x + 1, Math.round((box.x + box.width) * width)));
  const bottom = Math.min(height, Math.max(y + 1, Math.round((box.y + box.height) * height)));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The region of a page (pixels) for a choice. A found region that no longer exists (another page
 * has fewer labels) falls back to the first found one, and a page with none to the whole page.
 */
export function resolveRegion(choice: RegionChoice, page: { readonly width: number; readonly height: number }, found: readonly PageRegion[]): PageRegion {
  const { width, height } = page;
  switch (choice.kind) {
    case 'found':
      return found[choice.index] ?? found[0] ?? { x: 0, y: 0, width, height, found: 'whole-page' };
    case 'whole':
      return { x: 0, y: 0, width, height, found: 'whole-page' };
    case 'half': {
      const box = height >= width ? { x: 0, y: choice.index / 2, width: 1, height: 0.5 } : { x: choice.index / 2, y: 0, width: 0.5, height: 1 };
      return { ...pixelBox(box, width, height), found: 'half' };
    }
    case 'quarter':
      return { ...pixelBox({ x: (choice.index % 2) / 2, y: Math.floor(choice.index / 2) / 2, width: 0.5, height: 0.5 }, width, height), found: 'quarter' };
    case 'drawn':
      return { ...pixelBox(choice.box, width, height), found: 'given' };
    default: {
      const never: never = choice;
      return never;
    }
  }
}
