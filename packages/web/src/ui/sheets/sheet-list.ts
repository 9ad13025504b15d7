import type { PhoneMessageKey } from '../../i18n/en-phone';

/**
 * The sheets of the narrow-screen layout, in bottom-bar order: each holds one or more of the
 * desktop's side panels. On a desk the panels stay in their columns and no sheet exists.
 */
export const SHEETS = [
  { id: 'tools', icon: '✚', label: 'phone.sheet.tools' },
  { id: 'properties', icon: '☰', label: 'phone.sheet.properties' },
  { id: 'layers', icon: '≡', label: 'phone.sheet.layers' },
  { id: 'variables', icon: '{ }', label: 'phone.sheet.variables' },
  { id: 'setup', icon: '▭', label: 'phone.sheet.setup' },
  { id: 'merge', icon: '▤', label: 'phone.sheet.merge' },
  { id: 'print', icon: '⇩', label: 'phone.sheet.print' },
  { id: 'labels', icon: '❐', label: 'phone.sheet.labels' },
  { id: 'account', icon: '☺', label: 'phone.sheet.account' },
] as const satisfies readonly { id: string; icon: string; label: PhoneMessageKey }[];

export type SheetId = (typeof SHEETS)[number]['id'];
