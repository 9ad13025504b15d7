// PLACEHOLDER: replaced by the cpcl driver.
import type { PrinterDriver } from '../job-options';

export const cpclDriver: PrinterDriver = {
  language: 'cpcl',
  startJob: () => new Uint8Array(0),
  encodeLabel: () => {
    throw new Error('cpcl driver not written yet');
  },
  endJob: () => new Uint8Array(0),
};
