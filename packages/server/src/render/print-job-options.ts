import type { Issue, LabelSetup } from '@inkless/label';
import { checkLabelFitsProfile, findProfile, printerProfiles, type JobOptions, type PrinterLanguage, type PrinterProfile } from '@inkless/printers';

/**
 * The printer profile a render uses: the one asked for (it must speak `language`), else the first
 * generic profile of the language at the label's dpi that the label fits. Issues say why none fits.
 */
export function pickPrinterProfile(language: PrinterLanguage, label: LabelSetup, profileId: string | undefined): { profile: PrinterProfile } | { issues: Issue[] } {
  if (profileId !== undefined) {
    const profile = findProfile(profileId);
    if (!profile) return { issues: [{ code: 'INKLESS_PRINTER_PROFILE_UNKNOWN', path: 'profile', message: `no printer profile "${profileId}"; leave "profile" out to render for a generic ${language} printer` }] };
    if (profile.language !== language) return { issues: [{ code: 'INKLESS_PRINTER_UNSUPPORTED', path: 'profile', message: `${profile.name} speaks ${profile.language}, not ${language}; pick format "${profile.language}" or another profile` }] };
    const misfit = checkLabelFitsProfile(label, profile).map((i) => ({ ...i, path: `document.${i.path}` }));
    return misfit.length > 0 ? { issues: misfit } : { profile };
  }
  const generic = printerProfiles.filter((p) => p.language === language && p.id.startsWith('generic-'));
  const candidates = generic.filter((p) => p.dpi === label.dpi);
  const fitting = candidates.find((p) => checkLabelFitsProfile(label, p).length === 0);
  if (fitting) return { profile: fitting };
  const nearest = candidates[0] ?? generic[0];
  if (!nearest) return { issues: [{ code: 'INKLESS_PRINTER_UNSUPPORTED', path: 'format', message: `no printer profile speaks ${language}` }] };
  return { issues: checkLabelFitsProfile(label, nearest).map((i) => ({ ...i, path: `document.${i.path}`, message: `${i.message} (or name a printer with "profile")` })) };
}

/** A driver's job options for one plain label: the size after orientation, the profile's head, printer defaults for the rest. */
export function buildPrintJobOptions(label: LabelSetup, profile: PrinterProfile): JobOptions {
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
