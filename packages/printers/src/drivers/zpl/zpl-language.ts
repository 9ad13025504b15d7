// The ZPL II registry entry: what drivers/languages.ts lists for this folder.
import type { PrinterLanguageModule } from '../printer-language-module';
import { zplDriver } from './zpl-driver';
import { createZplDecoder } from './zpl-decoder';

/** ZPL II (Zebra desktop and industrial printers): its driver and its independent decoder. */
export const zplLanguage = {
  id: 'zpl',
  name: 'ZPL II',
  driver: zplDriver,
  createDecoder: createZplDecoder,
} as const satisfies PrinterLanguageModule;
