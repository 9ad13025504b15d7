import { MM_PER_INCH, POINTS_PER_INCH } from '../units';
import { formatNumber } from './format-number';

/** Millimetres to PDF points (1/72 in). */
export function mmToPt(mm: number): number {
  return (mm * POINTS_PER_INCH) / MM_PER_INCH;
}

/**
 * The `cm` operator that maps a label's dot space (origin top-left, y down) onto a box of the page
 * given in mm from the page's top-left, as PDF user space has its origin bottom-left with y up.
 */
export function placeDotSpace(dotsWide: number, dotsHigh: number, box: { xMm: number; yMm: number; widthMm: number; heightMm: number }, pageHeightMm: number): string {
  const sx = mmToPt(box.widthMm) / dotsWide;
  const sy = mmToPt(box.heightMm) / dotsHigh;
  const left = mmToPt(box.xMm);
  const top = mmToPt(pageHeightMm - box.yMm);
  return `${formatNumber(sx, 6)} 0 0 ${formatNumber(-sy, 6)} ${formatNumber(left, 4)} ${formatNumber(top, 4)} cm`;
}

/** `[0 0 w h]` in points for a page of the given size. */
export function formatMediaBox(widthMm: number, heightMm: number): string {
  return `[0 0 ${formatNumber(mmToPt(widthMm), 4)} ${formatNumber(mmToPt(heightMm), 4)}]`;
}
