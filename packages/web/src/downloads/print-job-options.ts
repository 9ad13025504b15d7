import type { Issue, LabelSetup } from '@inkless/label';
import { checkLabelFitsProfile, findProfile, printerProfiles, type JobOptions, type PrinterLanguage, type PrinterProfile } from '@inkless/printers';

/**
 * The printer profile a printer file is made for: the studio's chosen printer when it speaks the
 * language, else the first generic profile of the language at the label's dpi that the label
 * fits (as the server's POST /api/render does). Issues say why none fits.
 */
export function pickProfileFor(language: PrinterLanguage, label: LabelSetup, chosenId: string): { profile: PrinterProfile } | { issues: Issue[] } {
  const chosen = findProfile(chosenId);
  if (chosen && chosen.language === language) {
    const misfit = checkLabelFitsProfile(label, chosen);
    return misfit.length > 0 ? { issues: misfit } : { profile: chosen };
  }
  const generic = printerProfiles.filter((p) => p.language === language && p.id.startsWith('generic-'));
  const candidates = generic.filter((p) => p.dpi === label.dpi);
  const fitting = candidates.find((p) => checkLabelFitsProfile(label, p).length === 0);
  if (fitting) return { profile: fitting };
  const nearest = candidates[0] ?? generic[0];
  if (!nearest) return { issues: [{ code: 'INKLESS_PRINTER_UNSUPPORTED', path: 'label', message: `no printer profile speaks ${language}` }] };
  return { issues: checkLabelFitsProfile(label, nearest) };
}

/**
 * A driver's job options for one label: its size after orientation, the profile's head and dpi,
 * the label's media, one copy, printer defaults for the rest (what `inkless print` sends without flags).
 */
export function buildJobOptions(label: LabelSetup, profile: PrinterProfile): JobOptions {
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
