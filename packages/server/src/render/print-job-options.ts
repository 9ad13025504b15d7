import type { Issue, LabelSetup } from '@inkless/label';
import { checkLabelFitsProfile, findProfile, pickGenericProfile, type PrinterLanguage, type PrinterProfile } from '@inkless/printers';

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
  const picked = pickGenericProfile(language, label);
  if ('profile' in picked) return picked;
  return { issues: picked.issues.map((i) => (i.path === 'format' ? i : { ...i, path: `document.${i.path}`, message: `${i.message} (or name a printer with "profile")` })) };
}
