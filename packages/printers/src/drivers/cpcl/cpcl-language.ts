// The CPCL registry entry: what drivers/languages.ts lists for this folder.
import type { PrinterLanguageModule } from '../printer-language-module';
import { cpclDriver } from './cpcl-driver';
import { createCpclDecoder } from './cpcl-decoder';

/** CPCL (Zebra mobile printers and clones): its driver and its independent decoder. */
export const cpclLanguage = {
  id: 'cpcl',
  name: 'CPCL',
  driver: cpclDriver,
  createDecoder: createCpclDecoder,
} as const satisfies PrinterLanguageModule;
