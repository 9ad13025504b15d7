import { CURRENT_SCHEMA_VERSION, dotsToMm, InklessError, validateDocument, type Bitmap1, type LabelDocument } from '@inkless/label';
import { encodePng1 } from '@inkless/label/output';
import { encodeBase64 } from './encode-base64';

/** What to call the label, and the media it is printed on (gap labels unless said). */
export interface BitmapDocumentOptions {
  readonly name: string;
  readonly dpi: number;
}

/**
 * A label document that prints exactly `bitmap`: one image element covering the whole label, its
 * picture the bitmap as a 1-bit PNG, drawn at one pixel per dot with a plain threshold. An imported
 * PDF page or picture becomes this, so every host (studio canvas, server print jobs, browser
 * transports) prints it through the one engine, dot for dot.
 *
 * @example
 * const doc = bitmapDocument(prepared.bitmap, { name: 'ship.pdf, page 1', dpi: 203 });
 */
export function bitmapDocument(bitmap: Bitmap1, options: BitmapDocumentOptions): LabelDocument {
  // Validated, so every field has its default (margins and the rest), as a document opened from a file does.
  const checked = validateDocument(rawBitmapDocument(bitmap, options));
  if (!checked.ok) throw InklessError.fromIssues(checked.issues);
  return checked.value;
}

function rawBitmapDocument(bitmap: Bitmap1, options: BitmapDocumentOptions): unknown {
  const widthMm = dotsToMm(bitmap.width, options.dpi);
  const heightMm = dotsToMm(bitmap.height, options.dpi);
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name: options.name,
    label: { widthMm, heightMm, dpi: options.dpi },
    variables: {},
    elements: [{
      type: 'image', id: 'imported', name: options.name, xMm: 0, yMm: 0, widthMm, heightMm, rotation: 0, inverse: false,
      src: `data:image/png;base64,${encodeBase64(encodePng1(bitmap, { dpi: options.dpi }))}`,
      fit: 'stretch', dither: 'threshold', threshold: 128, brightness: 0, contrast: 0, invert: false,
    }],
  };
}
