import type { Bitmap1 } from '../bitmap/bitmap1';
import { InklessError } from '../errors/inkless-error';
import { deflateBytes } from './deflate';
import { assertNonEmptyBitmap, assertPositive } from './assert-output';
import { describeImageMask, drawLabel, type PdfLabelMode } from './pdf-label-drawing';
import { formatMediaBox, placeDotSpace } from './pdf-geometry';
import { asciiBytes, PdfWriter } from './pdf-writer';

/** One label as one PDF page of the label's physical size. */
export interface PdfPage {
  readonly bitmap: Bitmap1;
  readonly widthMm: number;
  readonly heightMm: number;
}

export interface PdfOptions {
  /** 'auto' (default) picks vector or image per page, see MAX_VECTOR_RECTS. */
  readonly mode?: PdfLabelMode;
}

/** Written into every PDF so a file can be traced to its maker; no dates, so output is deterministic. */
export const PDF_INFO = '<< /Producer (Inkless) /Creator (Inkless label engine) >>';

/**
 * Encodes labels as a PDF, one page per label at the label's real size, drawn as vector rectangles
 * (or a 1-bit image mask for photo-like pages), so it prints and zooms crisply anywhere.
 *
 * @example
 * const pdf = encodePdf([{ bitmap, widthMm: 101.6, heightMm: 152.4 }]);
 */
export function encodePdf(pages: readonly PdfPage[], options: PdfOptions = {}): Uint8Array {
  if (pages.length === 0) throw new InklessError('INKLESS_OUTPUT_EMPTY', 'a PDF needs at least one page; pass one label or more', { path: 'pages' });
  const mode = options.mode ?? 'auto';
  const pdf = new PdfWriter();
  const catalogRef = pdf.reserve();
  const pagesRef = pdf.reserve();
  const pageRefs: number[] = [];
  pages.forEach((page, i) => {
    const path = `pages[${i}]`;
    assertNonEmptyBitmap(page.bitmap, `${path}.bitmap`);
    assertPositive(page.widthMm, `${path}.widthMm`, 'page width in mm');
    assertPositive(page.heightMm, `${path}.heightMm`, 'page height in mm');
    const { bitmap } = page;
    const drawing = drawLabel(bitmap, mode, 'Im0');
    const place = placeDotSpace(bitmap.width, bitmap.height, { xMm: 0, yMm: 0, widthMm: page.widthMm, heightMm: page.heightMm }, page.heightMm);
    const content = asciiBytes(`q ${place}\n${drawing.ops}Q\n`);
    const contentRef = pdf.addStream('/Filter /FlateDecode', deflateBytes(content));
    let resources = '<< >>';
    if (drawing.maskData) {
      const imageRef = pdf.addStream(describeImageMask(bitmap), drawing.maskData);
      resources = `<< /XObject << /Im0 ${imageRef} 0 R >> >>`;
    }
    pageRefs.push(pdf.addObject(
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox ${formatMediaBox(page.widthMm, page.heightMm)} /Resources ${resources} /Contents ${contentRef} 0 R >>`,
    ));
  });
  pdf.setObject(pagesRef, `<< /Type /Pages /Kids [${pageRefs.map((r) => `${r} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`);
  pdf.setObject(catalogRef, `<< /Type /Catalog /Pages ${pagesRef} 0 R >>`);
  const infoRef = pdf.addObject(PDF_INFO);
  return pdf.finish(catalogRef, infoRef);
}
