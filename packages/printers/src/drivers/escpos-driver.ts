// PLACEHOLDER: replaced by the escpos driver.
import type { PrinterDriver } from '../job-options';

export const escposDriver: PrinterDriver = {
  language: 'escpos',
  startJob: () => new Uint8Array(0),
  encodeLabel: () => {
    throw new Error('escpos driver not written yet');
  },
  endJob: () => new Uint8Array(0),
};
