/** Where a label sits on a page, in the page's pixels, and how it was found. */
export interface PageRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** ink: the ink's bounding box; cut-lines: a part between dashed cut lines; half/quarter: the ink fell apart that way; given: the user's. */
  readonly found: 'ink' | 'cut-lines' | 'half' | 'quarter' | 'whole-page' | 'given';
}
