// Places a ZPL barcode as an Inkless barcode element. ZPL puts the first bar (or the symbol's
// corner) at the field origin and leaves the quiet zone to the label; an Inkless barcode box holds
// its quiet zones, so the box starts a quiet zone before the origin. The box is the symbol's exact
// size, so a rotated symbol turns about the same corner the printer turns it about.
import { encodeBarcode, InklessError, type LabelElement } from '@inkless/label';
import { minModuleMm, zplQrLevel, type ZplBarcodeSpec } from './zpl-barcodes';
import { boxMm } from './zpl-geometry';

/** Size of the text under linear symbols (pt): about Zebra's interpretation line at 203 dpi. */
const TEXT_SIZE_PT = 8;
/** Nominal MaxiCode module (mm), as the label engine draws it: the symbol has one size. */
const MAXICODE_MODULE_MM = 0.88;
const SQRT3 = Math.sqrt(3);

export interface PlacedBarcode {
  readonly element: LabelElement;
  /** Set when the module had to grow to the scannable minimum. */
  readonly widenedFrom?: number;
}

function mmDots(mm: number, dpi: number): number {
  return Math.round((mm * dpi) / 25.4);
}

/** The element for one barcode field; throws the encoder's issue when the data does not encode. */
export function barcodeElement(spec: ZplBarcodeSpec, fd: string, x: number, y: number, typeset: boolean, qrShiftDots: number, dpi: number): PlacedBarcode {
  const data = spec.data(fd);
  const qrErrorLevel = spec.symbology === 'qrcode' ? zplQrLevel(fd) : 'M';
  const floor = Math.max(1, Math.ceil((minModuleMm(spec.symbology) * dpi) / 25.4 - 0.05));
  const m = spec.symbology === 'maxicode' ? mmDots(MAXICODE_MODULE_MM, dpi) : Math.max(spec.moduleDots, floor);
  const options: Record<string, string | number | boolean> = { ...spec.options };
  if (spec.symbology === 'pdf417') options.rowmult = Math.max(1, Math.round(spec.heightDots / m));
  if (spec.dimension === 1 && spec.ratio !== 2.5) options.ratio = Math.min(3, Math.max(2, spec.ratio));
  const encoded = encodeBarcode({ symbology: spec.symbology, data, qrErrorLevel, checkDigit: spec.checkDigit, options }, 'data');
  if (!encoded.ok) throw InklessError.fromIssues(encoded.issues);
  const symbol = encoded.value;
  let w: number;
  let h: number;
  let qx: number;
  let qy: number;
  let content: number;
  const textSizeDots = Math.max(4, Math.round((TEXT_SIZE_PT * dpi) / 72));
  if (symbol.kind === 'linear') {
    const wide = Math.round((options.ratio as number | undefined ?? 2.5) * m);
    let bars = 0;
    for (const run of symbol.modules) bars += symbol.twoWidth ? (run === 1 ? m : wide) : run * m;
    const bearer = (symbol.bearerModules ?? 0) * m;
    w = bars + (symbol.quietLeft + symbol.quietRight) * m + 2 * bearer;
    const text = spec.showText ? Math.ceil(textSizeDots * 1.2) + Math.max(2, m) : 0;
    h = spec.heightDots + text + 2 * bearer;
    qx = symbol.quietLeft * m + bearer;
    qy = 0;
    content = spec.heightDots;
  } else if (symbol.kind === 'matrix') {
    w = (symbol.width + 2 * symbol.quiet) * m;
    h = (symbol.height + 2 * symbol.quiet) * m;
    qx = symbol.quiet * m;
    qy = qx;
    content = symbol.height * m;
  } else {
    const pitch = Math.round((m * SQRT3) / 2);
    const hexH = Math.round((2 * m) / SQRT3);
    qx = symbol.quiet * m;
    qy = qx;
    w = 30 * m + Math.ceil(m / 2) + 2 * qx;
    h = 32 * pitch + hexH + 2 * qy;
    content = h - 2 * qy;
  }
  const top = typeset ? y - content : y + (spec.symbology === 'qrcode' ? qrShiftDots : 0);
  // Margins from the box to the symbol in the box's own frame; turning the box moves them to other sides.
  const qRight = symbol.kind === 'linear' ? (symbol.quietRight + (symbol.bearerModules ?? 0)) * m : qx;
  const qBottom = h - qy - content;
  const [mLeft, mTop] = spec.rotation === 0 ? [qx, qy] : spec.rotation === 90 ? [qBottom, qx] : spec.rotation === 180 ? [qRight, qBottom] : [qy, qRight];
  const left = x - mLeft;
  const boxTop = top - mTop;
  const sideways = spec.rotation === 90 || spec.rotation === 270;
  const element: LabelElement = {
    type: 'barcode', ...boxMm(left, boxTop, sideways ? h : w, sideways ? w : h, dpi, spec.rotation),
    symbology: spec.symbology, data, moduleDots: m, showText: spec.showText, textSizePt: TEXT_SIZE_PT, qrErrorLevel,
    checkDigit: spec.checkDigit, align: 'left',
    ...(symbol.kind === 'linear' ? { barHeightMm: (spec.heightDots * 25.4) / dpi } : {}),
    ...(Object.keys(options).length ? { options } : {}),
  };
  return m !== spec.moduleDots && spec.symbology !== 'maxicode' ? { element, widenedFrom: spec.moduleDots } : { element };
}
