import { mmToDots, type Issue, type LabelSetup } from '@inkless/label';
import type { PrinterProfile } from './printer-profile-types';

/** The part of a label setup the fit check reads (a whole LabelSetup fits). */
export type FitLabel = Pick<LabelSetup, 'widthMm' | 'heightMm' | 'dpi' | 'orientation'> & { readonly media?: { readonly type: string } };

/**
 * Checks, before any byte is sent, that a label can come out of this printer: same dpi, no wider
 * than the head and no longer than the printer's maximum (both after orientation: a label turned
 * 90 degrees feeds sideways), media type the printer can sense. Empty when it fits.
 * @example checkLabelFitsProfile(doc.label, getProfile('zebra-gk420d'))
 */
export function checkLabelFitsProfile(label: FitLabel, profile: PrinterProfile): Issue[] {
  const issues: Issue[] = [];
  const turned = label.orientation === 90 || label.orientation === 270;
  const acrossMm = turned ? label.heightMm : label.widthMm;
  const alongMm = turned ? label.widthMm : label.heightMm;
  const side = turned ? 'heightMm' : 'widthMm';
  if (label.dpi !== profile.dpi) {
    issues.push({ code: 'INKLESS_PRINTER_DPI_MISMATCH', path: 'label.dpi', message: `the label is ${label.dpi} dpi but ${profile.name} prints at ${profile.dpi} dpi; set the label's dpi to ${profile.dpi}` });
  }
  const acrossDots = mmToDots(acrossMm, profile.dpi);
  if (acrossDots > profile.headWidthDots) {
    const headMm = Math.floor((profile.headWidthDots * 254) / profile.dpi) / 10;
    issues.push({
      code: 'INKLESS_PRINTER_TOO_WIDE',
      path: `label.${side}`,
      message: `the label is ${acrossMm} mm (${acrossDots} dots) across the feed${turned ? ' after turning it' : ''} but ${profile.name} prints at most ${headMm} mm (${profile.headWidthDots} dots); use narrower labels${turned ? '' : ' or turn the label 90 degrees'}`,
    });
  }
  if (alongMm > profile.maxLabelLengthMm) {
    issues.push({ code: 'INKLESS_PRINTER_TOO_WIDE', path: `label.${turned ? 'widthMm' : 'heightMm'}`, message: `the label is ${alongMm} mm long but ${profile.name} prints labels up to ${profile.maxLabelLengthMm} mm long` });
  }
  const media = label.media?.type;
  if (media !== undefined && !(profile.media as readonly string[]).includes(media)) {
    issues.push({ code: 'INKLESS_PRINTER_UNSUPPORTED', path: 'label.media.type', message: `${profile.name} cannot sense ${media} media (it has ${profile.media.join(', ')}); pick media it supports` });
  }
  return issues;
}
