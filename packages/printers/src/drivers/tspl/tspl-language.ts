// The TSPL registry entry: what drivers/languages.ts lists for this folder.
import type { PrinterLanguageModule } from '../printer-language-module';
import { tsplDriver } from './tspl-driver';
import { createTsplDecoder } from './tspl-decoder';

/** TSPL / TSPL2 (TSC and the many Xprinter, iDPRT, HPRT clones): its driver and its independent decoder. */
export const tsplLanguage = {
  id: 'tspl',
  name: 'TSPL',
  driver: tsplDriver,
  createDecoder: createTsplDecoder,
} as const satisfies PrinterLanguageModule;
