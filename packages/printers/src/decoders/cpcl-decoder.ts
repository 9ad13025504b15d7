// PLACEHOLDER: replaced by the cpcl decoder.
import type { JobDecoder } from '../job-options';

export function createCpclDecoder(): JobDecoder {
  throw new Error('cpcl decoder not written yet');
}
