// PLACEHOLDER: replaced by the tspl decoder.
import type { JobDecoder } from '../job-options';

export function createTsplDecoder(): JobDecoder {
  throw new Error('tspl decoder not written yet');
}
