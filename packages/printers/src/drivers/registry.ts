import type { JobDecoder, PrinterDriver } from '../job-options';
import type { PrinterLanguage } from '../printer-language';
import { cpclDriver } from './cpcl-driver';
import { escposDriver } from './escpos-driver';
import { tsplDriver } from './tspl-driver';
import { zplDriver } from './zpl-driver';
import { createCpclDecoder } from '../decoders/cpcl-decoder';
import { createEscposDecoder } from '../decoders/escpos-decoder';
import { createTsplDecoder } from '../decoders/tspl-decoder';
import { createZplDecoder } from '../decoders/zpl-decoder';

/** Every printer language's driver. */
export const drivers: Readonly<Record<PrinterLanguage, PrinterDriver>> = { tspl: tsplDriver, zpl: zplDriver, escpos: escposDriver, cpcl: cpclDriver };

/** Every printer language's decoder (virtual printer, round-trip tests). */
export const decoders: Readonly<Record<PrinterLanguage, () => JobDecoder>> = { tspl: createTsplDecoder, zpl: createZplDecoder, escpos: createEscposDecoder, cpcl: createCpclDecoder };
