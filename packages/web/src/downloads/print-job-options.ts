import type { Issue, LabelSetup } from '@inkless/label';
import { checkLabelFitsProfile, findProfile, pickGenericProfile, type PrinterLanguage, type PrinterProfile } from '@inkless/printers';

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
  const picked = pickGenericProfile(language, label);
  return 'profile' in picked ? picked : { issues: picked.issues.map((i) => (i.path === 'format' ? { ...i, path: 'label' } : i)) };
}
