import type { Issue, LabelSetup, Media } from '@inkless/label';
import type { JobOptions } from '../job-options';
import type { PrinterLanguage } from '../printer-language';
import { checkLabelFitsProfile } from './check-label-fits';
import type { PrinterProfile } from './printer-profile-types';
import { printerProfiles } from './printer-profiles';

/**
 * A driver's job options for one label on a profile's printer: the label's size as it runs through
 * the printer (after its orientation), the profile's head and dpi, the label's media, one copy,
 * the printer's own settings for the rest. The server, the studio and the CLI all start from it.
 */
export function buildLabelJobOptions(label: LabelSetup, profile: PrinterProfile): JobOptions {
  const turned = label.orientation === 90 || label.orientation === 270;
  return {
    dpi: profile.dpi,
    widthMm: turned ? label.heightMm : label.widthMm,
    heightMm: turned ? label.widthMm : label.heightMm,
    headWidthDots: profile.headWidthDots,
    media: label.media,
    copies: 1,
  };
}

/**
 * The label on other media for one print (`inkless print --media continuous`): a gap label on a
 * receipt printer's continuous paper, say. Only the type changes; gap, mark and offset sizes stay
 * the document's, and the document itself is left alone.
 */
export function withMediaType(label: LabelSetup, type: Media['type']): LabelSetup {
  return { ...label, media: { ...label.media, type } };
}

/**
 * The generic profile of `language` a label is printed with when no printer is named: the first
 * at the label's dpi that the label fits; otherwise the issues of the nearest (why none fits).
 */
export function pickGenericProfile(language: PrinterLanguage, label: LabelSetup): { profile: PrinterProfile } | { issues: Issue[] } {
  const generic = printerProfiles.filter((p) => p.language === language && p.id.startsWith('generic-'));
  const candidates = generic.filter((p) => p.dpi === label.dpi);
  const fitting = candidates.find((p) => checkLabelFitsProfile(label, p).length === 0);
  if (fitting) return { profile: fitting };
  const nearest = candidates[0] ?? generic[0];
  if (!nearest) return { issues: [{ code: 'INKLESS_PRINTER_UNSUPPORTED', path: 'format', message: `no printer profile speaks ${language}` }] };
  return { issues: checkLabelFitsProfile(label, nearest) };
}
