import type { LabelDocument } from '@inkless/label';
import type { BarcodeCheck, Fit, PageRegion, Rotation, ZplNotice } from '@inkless/import';
import type { StockDots } from './import-options';

/** What kind of file it was, by its bytes (never its name). */
export type ImportedFileKind = 'pdf' | 'picture' | 'zpl';

/** One label made from the file, as `POST /api/import` answers it. */
export interface ImportedLabel {
  /** The PDF page (a picture is page 1) or, for ZPL, the label's number in the file; counted from 1. */
  readonly pageNumber: number;
  /** Where the label was on the page, in pixels of the page rendered at `sourceDpi`, and how it was found; null for ZPL. */
  readonly region: PageRegion | null;
  /** The same place in millimetres from the page's top-left corner as displayed (what `region` in a request takes). */
  readonly regionMm: { readonly xMm: number; readonly yMm: number; readonly widthMm: number; readonly heightMm: number } | null;
  /** Clockwise turn from the page to the stock. */
  readonly rotation: Rotation;
  /**
   * Every barcode read on the page (before) and on the 1-bit label (after), with those lost or
   * changed; null for ZPL, whose barcodes are drawn from their data at whole dots, not resampled.
   */
  readonly barcodes: BarcodeCheck | null;
  /** Why the check failed (which symbol, where on the page); null when it passed or there is none. */
  readonly barcodeProblem: string | null;
  /** Copies the file asks for (ZPL ^PQ); 1 for PDF pages and pictures. */
  readonly copies: number;
  /** Byte offset of the label's ^XA in a ZPL file; null otherwise. */
  readonly offset: number | null;
  /** ZPL notices of this label: commands skipped or approximated, with their byte offsets. */
  readonly notices: readonly ZplNotice[];
  /**
   * A label document: for a PDF page or picture one image element printing exactly the label's
   * dots; for ZPL the interpreter's editable document (text, barcodes, boxes as elements).
   * `POST /api/render` draws it, `POST /api/templates` saves it.
   */
  readonly document: LabelDocument;
  readonly widthDots: number;
  readonly heightDots: number;
  readonly dpi: number;
}

/** The answer of `POST /api/import`. */
export interface ImportResponse {
  readonly kind: ImportedFileKind;
  readonly fileName: string;
  /** Pages in the PDF, 1 for a picture, labels in the ZPL: all of them, not only those imported. */
  readonly pageCount: number;
  /** Pixels per inch the pages were read at (PDF render, the picture's own); null for ZPL. */
  readonly sourceDpi: number | null;
  readonly stock: StockDots;
  /** In page order; a page with two or four labels gives two or four. */
  readonly labels: readonly ImportedLabel[];
  /** ZPL notices outside any label. */
  readonly notices: readonly ZplNotice[];
}

/** The options of an import as the render worker takes them (checked and resolved by the route). */
export interface ImportTaskOptions {
  readonly fileName: string;
  readonly stock: StockDots;
  /** Pages (or ZPL labels) from 1, in order; undefined: all (up to the limit). */
  readonly pages?: readonly number[];
  readonly regionMm?: { readonly xMm: number; readonly yMm: number; readonly widthMm: number; readonly heightMm: number };
  readonly rotate?: Rotation | 'auto';
  readonly fit?: Fit;
  readonly zplDpi?: number;
  /** Print jobs: every label's document prints its exact dots (ZPL too), instead of the editable one. */
  readonly exactDots?: boolean;
}

/** `POST /api/import` in the render pool: the file's bytes and how to make labels of them. */
export interface ImportTask {
  readonly kind: 'import';
  readonly bytes: Uint8Array;
  readonly options: ImportTaskOptions;
}

/** Why a file was refused: the import package's code (or the server's, for its own limits), and what and where. */
export interface ImportRefusal {
  readonly code: string;
  readonly message: string;
  /** True when `code` is one of the server's (a request limit), false for the import package's. */
  readonly serverCode: boolean;
}

export type ImportOutcome =
  | { readonly ok: true; readonly result: ImportResponse }
  | { readonly ok: false; readonly refusal: ImportRefusal };
