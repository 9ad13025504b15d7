// The one list of printer languages. Everything else that enumerates languages derives from it:
// PRINTER_LANGUAGES (printer-language.ts), `drivers` and `decoders` below.
import type { JobDecoder, PrinterDriver } from '../job-options';
import type { PrinterLanguageModule } from './printer-language-module';
import { cpclLanguage } from './cpcl/cpcl-language';
import { escposLanguage } from './escpos/escpos-language';
import { tsplLanguage } from './tspl/tspl-language';
import { zplLanguage } from './zpl/zpl-language';

/** Every printer language Inkless speaks, in the order menus and messages list them. */
export const printerLanguages = [tsplLanguage, zplLanguage, escposLanguage, cpclLanguage] as const satisfies readonly PrinterLanguageModule[];

/** The id of a language in the registry: `'tspl' | 'zpl' | 'escpos' | 'cpcl'`. */
export type PrinterLanguageId = (typeof printerLanguages)[number]['id'];

/** Builds `{ [id]: pick(entry) }` over the registry, typed by language id. */
function mapLanguages<T>(pick: (entry: PrinterLanguageModule) => T): Readonly<Record<PrinterLanguageId, T>> {
  return Object.fromEntries(printerLanguages.map((entry) => [entry.id, pick(entry)])) as Record<PrinterLanguageId, T>;
}

/** Every printer language's driver. */
export const drivers: Readonly<Record<PrinterLanguageId, PrinterDriver>> = mapLanguages((entry) => entry.driver);

/** Every printer language's decoder (virtual printer, round-trip tests). */
export const decoders: Readonly<Record<PrinterLanguageId, () => JobDecoder>> = mapLanguages((entry) => entry.createDecoder);
