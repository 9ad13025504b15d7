// PLACEHOLDER: replaced by the tspl driver.
import type { PrinterDriver } from '../job-options';

export const tsplDriver: PrinterDriver = {
  language: 'tspl',
  startJob: () => new Uint8Array(0),
  encodeLabel: () => {
    throw new Error('tspl driver not written yet');
  },
  endJob: () => new Uint8Array(0),
};
