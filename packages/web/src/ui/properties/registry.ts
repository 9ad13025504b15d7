import { BarcodeProperties } from './BarcodeProperties';
import { EllipseProperties } from './EllipseProperties';
import { ImageProperties } from './ImageProperties';
import type { KindUi } from './kind-editor';
import { LineProperties } from './LineProperties';
import { RectProperties } from './RectProperties';
import { TextProperties } from './TextProperties';

const field = (name: string) => (el: { readonly [key: string]: unknown }) => String(el[name] ?? '');

/**
 * One property editor (and layer summary) per element kind, by type. Adding a kind's editor
 * means adding it here; the properties panel and the layers list never ask which kind they show.
 */
export const kindUis: ReadonlyMap<string, KindUi> = new Map<string, KindUi>([
  ['text', { Editor: TextProperties, summarize: field('text') }],
  ['barcode', { Editor: BarcodeProperties, summarize: (el) => `${field('symbology')(el)}: ${field('data')(el)}` }],
  ['image', { Editor: ImageProperties, summarize: field('dither') }],
  ['line', { Editor: LineProperties, summarize: field('direction') }],
  ['rect', { Editor: RectProperties, summarize: () => '' }],
  ['ellipse', { Editor: EllipseProperties, summarize: () => '' }],
]);
