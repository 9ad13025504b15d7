import type { StartMessageKey } from '../i18n/en-start';

/** A size a starter offers, in millimetres (width across the printer's feed, height along it). */
export interface StarterSize {
  readonly widthMm: number;
  readonly heightMm: number;
}

/**
 * A label to start from: a document designed at its own size, the other sizes it is laid out for,
 * and sample values for its `{{fields}}` so it looks finished before any data is loaded.
 */
export interface Starter {
  /** Stable kebab-case id (tests and the start screen's buttons use it). */
  readonly id: string;
  readonly nameKey: StartMessageKey;
  /** The label as designed: a document in the CLI's JSON format (validated when sized). */
  readonly doc: unknown;
  /** Sizes besides the design's own that the starter is checked at (each renders without issues). */
  readonly otherSizes: readonly StarterSize[];
  readonly sampleRow: Readonly<Record<string, string>>;
}
