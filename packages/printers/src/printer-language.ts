import { printerLanguages, type PrinterLanguageId } from './drivers/languages';

/** The ids of every registry entry, as a tuple type (`readonly ['tspl', 'zpl', ...]`) so schemas can enumerate it. */
type LanguageIds<T extends readonly { readonly id: string }[]> = { readonly [K in keyof T]: T[K]['id'] };

/**
 * The printer command languages Inkless speaks, derived from the registry (`drivers/languages.ts`).
 * The cast only restores the tuple type that `map` widens to an array; the values are the ids.
 */
export const PRINTER_LANGUAGES = printerLanguages.map((entry) => entry.id) as unknown as LanguageIds<typeof printerLanguages>;
export type PrinterLanguage = PrinterLanguageId;

/** Narrows user input (`--lang`, a profile row) to a language id. */
export function isPrinterLanguage(value: string): value is PrinterLanguage {
  return (PRINTER_LANGUAGES as readonly string[]).includes(value);
}
