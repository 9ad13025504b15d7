import type { Bitmap1 } from '@inkless/label';
import { encodePdf, encodePng1, encodePreviewPng, encodeSvg } from '@inkless/label/output';

export type FileFormat = 'png' | 'svg' | 'pdf';

/** Encodes one rendered label for a file of the given format. */
export function encodeLabelFile(bitmap: Bitmap1, format: FileFormat, options: { preview: boolean; widthMm: number; heightMm: number }): Uint8Array | string {
  switch (format) {
    case 'png': return options.preview ? encodePreviewPng(bitmap) : encodePng1(bitmap);
    case 'svg': return encodeSvg(bitmap, { widthMm: options.widthMm, heightMm: options.heightMm });
    case 'pdf': return encodePdf([{ bitmap, widthMm: options.widthMm, heightMm: options.heightMm }]);
    default: {
      const never: never = format;
      return never;
    }
  }
}
