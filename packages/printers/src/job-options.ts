import type { Bitmap1 } from '@inkless/label';

/** How the printer finds each label on the roll (the label document's media, in mm). */
export interface JobMedia {
  readonly type: 'gap' | 'mark' | 'continuous';
  readonly gapMm: number;
  readonly markMm: number;
  /** Distance from the gap or mark to the label's top edge. */
  readonly offsetMm: number;
}

/**
 * Everything a driver needs besides the bitmap: the label's physical size and the print settings
 * a user picks. Drivers map what their language has and ignore the rest.
 */
export interface JobOptions {
  readonly dpi: number;
  readonly widthMm: number;
  readonly heightMm: number;
  /** Dots across the print head, from the printer profile: the bitmap is placed within it. */
  readonly headWidthDots: number;
  readonly media: JobMedia;
  /** Copies of each label (the language's own copy count where it has one). */
  readonly copies: number;
  /** Darkness 0..15 (TSPL's scale; other languages map it), undefined = printer default. */
  readonly density?: number;
  /** Print speed in inches per second, undefined = printer default. */
  readonly speedIps?: number;
  /** Print upside down (TSPL DIRECTION 1, ZPL ^POI). */
  readonly rotate180?: boolean;
  readonly mirror?: boolean;
  /** Calibration shift of the whole image, mm (positive = right / down). */
  readonly shiftXMm?: number;
  readonly shiftYMm?: number;
  /** What happens after each label, where the printer can do it. */
  readonly finish?: 'none' | 'tear' | 'peel' | 'cut';
  /**
   * Send the bitmap as-is (full label width, no crop, no blank-band skipping, no compression): the
   * baseline a naive driver would send. Used by the benchmark and to debug odd firmware.
   */
  readonly raw?: boolean;
}

/** One label's bytes and what they cost on the wire. */
export interface EncodedLabel {
  readonly bytes: Uint8Array;
}

/** The printer's answer to a status query, decoded. */
export interface PrinterStatus {
  readonly ready: boolean;
  /** Human words: "head open", "out of paper", "printing"... empty when ready. */
  readonly problems: readonly string[];
  /** The raw reply, for logs. */
  readonly raw: Uint8Array;
}

/**
 * A printer language: pure, Bitmap1 + options in, bytes out. One module per language, one
 * registry (`drivers`); shared code never switches on the language.
 */
export interface PrinterDriver {
  readonly language: string;
  /** Bytes once per job, before the first label (media, density, speed...). */
  startJob(options: JobOptions): Uint8Array;
  /** Bytes of one label, including the command that prints it (copies included). */
  encodeLabel(bitmap: Bitmap1, options: JobOptions): Uint8Array;
  /** Bytes once per job, after the last label (may be empty). */
  endJob(options: JobOptions): Uint8Array;
  /** The language's status query, when it has one, and how to read the reply. */
  readonly status?: {
    readonly request: Uint8Array;
    /** Bytes in a complete reply, when fixed. */
    readonly replyBytes?: number;
    parse(reply: Uint8Array): PrinterStatus;
  };
}

/** What a decoder (virtual printer, round-trip tests) finds in a byte stream. */
export type DecodedEvent =
  | { readonly kind: 'label'; readonly bitmap: Bitmap1; readonly copies: number }
  | { readonly kind: 'reply'; readonly bytes: Uint8Array };

/**
 * Reads a printer language back into bitmaps, incrementally: `feed` takes bytes as they arrive and
 * returns what became complete; `end` flushes at the end of the stream. Written from the manuals,
 * independently of the drivers, so round-trip tests mean something.
 */
export interface JobDecoder {
  feed(chunk: Uint8Array): DecodedEvent[];
  end(): DecodedEvent[];
  /**
   * Gives back the bitmap of a label event once the caller is done with it (and with every other
   * event of the same feed holding it): the decoder may draw a later label into it instead of
   * allocating one. Optional on both sides: a caller that keeps bitmaps never calls it.
   */
  recycle?(bitmap: Bitmap1): void;
}
