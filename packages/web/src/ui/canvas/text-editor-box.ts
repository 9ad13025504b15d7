import { ptToDots, type LabelElement } from '@inkless/label';
import { convertMmToScreen, type Viewport } from '../../editor/viewport';

/** Where and how the canvas text editor sits: CSS for a box laid exactly over the element's. */
export interface TextEditorBox {
  /** The centre of the element's box on the stage, in CSS px. */
  readonly centreXPx: number;
  readonly centreYPx: number;
  /** The text's own box before it is turned (width and height swap for 90 and 270 degrees). */
  readonly widthPx: number;
  readonly heightPx: number;
  readonly rotationDeg: number;
  readonly fontSizePx: number;
  readonly lineHeight: number;
  readonly textAlign: 'left' | 'center' | 'right' | 'justify';
  readonly fontWeight: 'bold' | 'normal';
  readonly fontStyle: 'italic' | 'normal';
  readonly wrap: boolean;
}

/** The text style fields of a text element, read without naming its kind (defaults as its schema has them). */
interface TextStyle {
  readonly fontSizePt?: number;
  readonly align?: TextEditorBox['textAlign'];
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly lineSpacing?: number;
  readonly wrap?: boolean;
}

/**
 * The editor box for a text element at this zoom: the element's box turned into stage pixels
 * (the viewport's mm-to-px mapping), the text laid the way the element lays it (rotated with it),
 * the font at the size the engine draws it (points to dots at the label's dpi, dots to px at the zoom).
 */
export function placeTextEditor(el: LabelElement, viewport: Viewport, dpi: number): TextEditorBox {
  const style = el as TextStyle;
  const a = convertMmToScreen({ xMm: el.xMm, yMm: el.yMm }, viewport, dpi);
  const b = convertMmToScreen({ xMm: el.xMm + el.widthMm, yMm: el.yMm + el.heightMm }, viewport, dpi);
  const turned = el.rotation === 90 || el.rotation === 270;
  const boxWidth = b.xPx - a.xPx;
  const boxHeight = b.yPx - a.yPx;
  return {
    centreXPx: (a.xPx + b.xPx) / 2,
    centreYPx: (a.yPx + b.yPx) / 2,
    widthPx: turned ? boxHeight : boxWidth,
    heightPx: turned ? boxWidth : boxHeight,
    rotationDeg: el.rotation,
    fontSizePx: ptToDots(style.fontSizePt ?? 10, dpi) * viewport.zoom,
    lineHeight: style.lineSpacing ?? 1.2,
    textAlign: style.align ?? 'left',
    fontWeight: style.bold ? 'bold' : 'normal',
    fontStyle: style.italic ? 'italic' : 'normal',
    wrap: style.wrap ?? true,
  };
}
