import { mmToDots, validateDocument, type Issue, type LabelDocument, type LabelStock } from '@inkless/label';
import type { PrinterProfile } from '@inkless/printers';
import { convertDots, scaleDocument } from './scale-document';
import type { Starter, StarterSize } from './starter';

type Json = Record<string, unknown>;

/**
 * How a starter came out for the chosen printer: as designed, or narrowed to the printer's head
 * (a 4 in label on a 58 mm receipt printer), with the width it was designed at.
 */
export type StarterFit =
  | { readonly kind: 'fits' }
  | { readonly kind: 'narrowed'; readonly designedWidthMm: number; readonly widthMm: number };

export type SizedStarter =
  | { readonly ok: true; readonly doc: LabelDocument; readonly fit: StarterFit }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** What the start screen chose: the printer, and a stock (undefined: each starter's own size). */
export interface StarterTarget {
  readonly profile: PrinterProfile;
  readonly stock?: LabelStock;
  /** Overrides the size (the unit test walks every size a starter offers). */
  readonly size?: StarterSize;
  /** The document's name, in the user's language. */
  readonly name?: string;
}

/** The starter's own size: the size its document is designed at. */
export function designSize(starter: Starter): StarterSize {
  const label = (starter.doc as Json).label as Json;
  return { widthMm: label.widthMm as number, heightMm: label.heightMm as number };
}

/** Every size a starter is laid out and checked for, its own first. */
export function offeredSizes(starter: Starter): StarterSize[] {
  return [designSize(starter), ...starter.otherSizes];
}

function chooseSize(starter: Starter, target: StarterTarget): StarterSize {
  if (target.size) return target.size;
  const own = designSize(starter);
  if (!target.stock) return own;
  // A continuous roll has no height of its own: keep the starter's proportions.
  const heightMm = target.stock.heightMm ?? Math.round(((target.stock.widthMm * own.heightMm) / own.widthMm) * 10) / 10;
  return { widthMm: target.stock.widthMm, heightMm };
}

/** The widest label the printer's head prints, in whole tenths of a millimetre. */
function headWidthMm(profile: PrinterProfile): number {
  return Math.floor((profile.headWidthDots * 254) / profile.dpi) / 10;
}

/** The media the printer can sense: the stock's, else the design's if the printer has it, else the printer's first. */
function chooseMedia(design: Json | undefined, profile: PrinterProfile, stock: LabelStock | undefined): Json {
  const wanted = stock && stock.media !== 'sheet' ? stock.media : ((design?.type as string | undefined) ?? 'gap');
  const type = (profile.media as readonly string[]).includes(wanted) ? wanted : profile.media[0]!;
  const gapMm = stock?.gapMm ?? (design?.gapMm as number | undefined);
  return { type, ...(type === 'gap' && gapMm !== undefined ? { gapMm } : {}), ...(type === 'mark' && stock?.markMm !== undefined ? { markMm: stock.markMm } : {}) };
}

/**
 * A starter as a label document for the chosen printer and stock: laid out at the stock's size
 * (or its own), at the printer's dpi, on media the printer senses, and narrowed to the printer's
 * head when it is wider. Validated by the engine, as any opened document is.
 * @example sizeStarter(starter, { profile: getProfile('generic-tspl-203'), stock: findStock('roll-100x150mm') })
 */
export function sizeStarter(starter: Starter, target: StarterTarget): SizedStarter {
  const { profile, stock } = target;
  const size = chooseSize(starter, target);
  let raw = convertDots(scaleDocument(starter.doc as Json, size.widthMm, size.heightMm), profile.dpi);
  let fit: StarterFit = { kind: 'fits' };
  if (mmToDots(size.widthMm, profile.dpi) > profile.headWidthDots) {
    const widthMm = headWidthMm(profile);
    const heightMm = Math.round(((size.heightMm * widthMm) / size.widthMm) * 10) / 10;
    raw = scaleDocument(raw, widthMm, heightMm);
    fit = { kind: 'narrowed', designedWidthMm: size.widthMm, widthMm };
  }
  const label = raw.label as Json;
  const { stock: _designStock, ...labelRest } = label;
  const sizedLabel = {
    ...labelRest,
    dpi: profile.dpi,
    media: chooseMedia(label.media as Json | undefined, profile, stock),
    ...(stock && fit.kind === 'fits' ? { stock: stock.id } : {}),
  };
  const r = validateDocument({ ...raw, ...(target.name ? { name: target.name } : {}), label: sizedLabel });
  return r.ok ? { ok: true, doc: r.value, fit } : { ok: false, issues: r.issues };
}
