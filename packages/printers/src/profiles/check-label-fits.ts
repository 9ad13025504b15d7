import { mmToDots, type Issue, type LabelSetup } from '@inkless/label';
import type { PrinterProfile } from './printer-profile-types';
import { printerProfiles } from './printer-profiles';

/** Profiles named as alternatives in a media issue, at most. */
const MEDIA_ALTERNATIVES = 3;

/** The part of a label setup the fit check reads (a whole LabelSetup fits). */
export type FitLabel = Pick<LabelSetup, 'widthMm' | 'heightMm' | 'dpi' | 'orientation'> & { readonly media?: { readonly type: string } };

/**
 * Checks, before any byte is sent, that a label can come out of this printer: same dpi, no wider
 * than the head and no longer than the printer's maximum (both after orientation: a label turned
 * 90 degrees feeds sideways), media type the printer can sense (naming profiles that can, as a way
 * out besides printing the label as the media this printer has). Empty when it fits.
 * @example checkLabelFitsProfile(doc.label, getProfile('zebra-gk420d'))
 */
export function checkLabelFitsProfile(label: FitLabel, profile: PrinterProfile): Issue[] {
  const issues: Issue[] = [];
  const turned = label.orientation === 90 || label.orientation === 270;
  const acrossMm = turned ? label.heightMm : label.widthMm;
  const alongMm = turned ? label.widthMm : label.heightMm;
  const side = turned ? 'heightMm' : 'widthMm';
  // What the plain-words texts name (describeIssue); the message keeps the numbers for the details line.
  const params = { printer: profile.name, labelDpi: label.dpi, printerDpi: profile.dpi };
  if (label.dpi !== profile.dpi) {
    issues.push({ code: 'INKLESS_PRINTER_DPI_MISMATCH', path: 'label.dpi', params, message: `the label is ${label.dpi} dpi but ${profile.name} prints at ${profile.dpi} dpi; set the label's dpi to ${profile.dpi}` });
  }
  const acrossDots = mmToDots(acrossMm, profile.dpi);
  if (acrossDots > profile.headWidthDots) {
    const headMm = Math.floor((profile.headWidthDots * 254) / profile.dpi) / 10;
    issues.push({
      code: 'INKLESS_PRINTER_TOO_WIDE',
      path: `label.${side}`,
      params,
      message: `the label is ${acrossMm} mm (${acrossDots} dots) across the feed${turned ? ' after turning it' : ''} but ${profile.name} prints at most ${headMm} mm (${profile.headWidthDots} dots); use narrower labels${turned ? '' : ' or turn the label 90 degrees'}`,
    });
  }
  if (alongMm > profile.maxLabelLengthMm) {
    issues.push({ code: 'INKLESS_PRINTER_TOO_WIDE', path: `label.${turned ? 'widthMm' : 'heightMm'}`, params, message: `the label is ${alongMm} mm long but ${profile.name} prints labels up to ${profile.maxLabelLengthMm} mm long` });
  }
  const media = label.media?.type;
  if (media !== undefined && !(profile.media as readonly string[]).includes(media)) {
    const others = findProfilesSensing(label, media);
    const elsewhere = others.length > 0 ? `, or pick a profile that senses ${media} media and fits the label (${others.join(', ')})` : '';
    issues.push({ code: 'INKLESS_PRINTER_UNSUPPORTED', path: 'label.media.type', params, message: `${profile.name} cannot sense ${media} media (it has ${profile.media.join(', ')}); print the label as ${profile.media.join(' or ')} media on it${elsewhere}` });
  }
  return issues;
}

/** Ids of the first profiles (generic ones first) that sense `media` and take the label as it is. */
function findProfilesSensing(label: FitLabel, media: string): string[] {
  return printerProfiles
    .filter((p) => (p.media as readonly string[]).includes(media) && checkLabelFitsProfile(label, p).length === 0)
    .slice(0, MEDIA_ALTERNATIVES)
    .map((p) => p.id);
}
