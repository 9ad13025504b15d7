// PLACEHOLDER: replaced by the zpl driver.
import type { PrinterDriver } from '../job-options';

export const zplDriver: PrinterDriver = {
  language: 'zpl',
  startJob: () => new Uint8Array(0),
  encodeLabel: () => {
    throw new Error('zpl driver not written yet');
  },
  endJob: () => new Uint8Array(0),
};
