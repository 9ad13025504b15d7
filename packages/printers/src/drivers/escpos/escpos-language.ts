// The ESC/POS registry entry: what drivers/languages.ts lists for this folder.
import type { PrinterLanguageModule } from '../printer-language-module';
import { escposDriver } from './escpos-driver';
import { createEscposDecoder } from './escpos-decoder';

/** ESC/POS raster (receipt printers and 58/80 mm label printers): its driver and its independent decoder. */
export const escposLanguage = {
  id: 'escpos',
  name: 'ESC/POS',
  driver: escposDriver,
  createDecoder: createEscposDecoder,
} as const satisfies PrinterLanguageModule;
