import type { JobDecoder, PrinterDriver } from '../job-options';

/**
 * What one printer language folder (`drivers/<language>/`) gives the registry. The host-facing
 * lists (`PRINTER_LANGUAGES`, `drivers`, `decoders`) are all derived from these entries, so a new
 * language is its folder plus one line in `drivers/languages.ts`.
 *
 * @example
 * export const tsplLanguage = { id: 'tspl', name: 'TSPL', driver: tsplDriver, createDecoder: createTsplDecoder } as const satisfies PrinterLanguageModule;
 */
export interface PrinterLanguageModule {
  /** Stable id: profile rows, `--lang`, file formats and stored templates use it. Equals `driver.language`. */
  readonly id: string;
  /** How people write the language's name in messages and docs ("ESC/POS"). */
  readonly name: string;
  /** Bitmap + job options -> bytes. */
  readonly driver: PrinterDriver;
  /** A fresh decoder written from the manuals, independently of the driver (virtual printer, round trips). */
  readonly createDecoder: () => JobDecoder;
}
