// PLACEHOLDER: replaced by the zpl decoder.
import type { JobDecoder } from '../job-options';

export function createZplDecoder(): JobDecoder {
  throw new Error('zpl decoder not written yet');
}
