// PLACEHOLDER: replaced by the escpos decoder.
import type { JobDecoder } from '../job-options';

export function createEscposDecoder(): JobDecoder {
  throw new Error('escpos decoder not written yet');
}
