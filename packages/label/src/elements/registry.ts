import { barcodeElement } from './barcode-element';
import type { ElementKind } from './element-kind';
import { ellipseElement } from './ellipse-element';
import { imageElement } from './image-element';
import { lineElement } from './line-element';
import { rectElement } from './rect-element';
import { tableElement } from './table-element';
import { textElement } from './text-element';

/**
 * Every element kind, by type. Adding a kind means writing its module and listing it here;
 * nothing else in the engine changes.
 */
export const elementKinds: ReadonlyMap<string, ElementKind> = new Map(
  ([textElement, barcodeElement, imageElement, lineElement, rectElement, ellipseElement, tableElement] as ElementKind[]).map((kind) => [kind.type, kind]),
);

export function findElementKind(type: string): ElementKind | undefined {
  return elementKinds.get(type);
}
