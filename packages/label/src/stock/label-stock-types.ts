/**
 * How the printer finds the start of each label: a gap between die-cut labels, a black mark on the
 * back, nothing (continuous roll, cut to length), or an office sheet printed on a normal printer.
 */
export type StockMedia = 'gap' | 'mark' | 'continuous' | 'sheet';

/** Paper sizes sheet stocks come on. */
export type SheetPage = 'A4' | 'Letter';

/**
 * Where the labels sit on an office sheet (all mm, from the page's top-left corner). Cells are
 * numbered row by row, left to right, as the sheet is read.
 */
export interface SheetLayout {
  readonly page: SheetPage;
  readonly pageWidthMm: number;
  readonly pageHeightMm: number;
  readonly columns: number;
  readonly rows: number;
  readonly labelWidthMm: number;
  readonly labelHeightMm: number;
  /** Page edge to the left edge of the first column. */
  readonly marginLeftMm: number;
  /** Page edge to the top edge of the first row. */
  readonly marginTopMm: number;
  /** Left edge to left edge of neighbouring columns (label width + gap). */
  readonly pitchXMm: number;
  /** Top edge to top edge of neighbouring rows (label height + gap). */
  readonly pitchYMm: number;
}

/** One label stock preset: the size to design for and how the printer should feed it. */
export interface LabelStock {
  /** Stable kebab-case id stored in documents; never renamed once published. */
  readonly id: string;
  readonly name: string;
  readonly widthMm: number;
  /** null for continuous rolls: the label is as long as its content (or the user's choice). */
  readonly heightMm: number | null;
  readonly media: StockMedia;
  /** Gap between die-cut labels on a roll ('gap' media), for the printer's gap sensor. */
  readonly gapMm?: number;
  /** Height of the black mark on the back ('mark' media); matches the document's media.markMm. */
  readonly markMm?: number;
  readonly cornerRadiusMm?: number;
  /** Present exactly when media is 'sheet'. */
  readonly sheet?: SheetLayout;
  /** Words search matches besides the name: brands, uses, inch sizes. */
  readonly tags: readonly string[];
}
