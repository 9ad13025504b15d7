import type { PrinterStatus } from '../../job-options';

/** `DLE EOT 1`: real-time printer status, answered with one byte even while the printer is busy. */
export const ESCPOS_STATUS_QUERY = Uint8Array.of(0x10, 0x04, 0x01);

/** Bits of the `DLE EOT 1` reply (Epson ESC/POS): bits 1 and 4 are always 1, bits 0 and 7 always 0. */
const FIXED_MASK = 0b1001_0011;
const FIXED_VALUE = 0b0001_0010;
const OFFLINE = 0x08;
const WAITING_FOR_RECOVERY = 0x20;

/** Reads the `DLE EOT 1` reply; a byte whose fixed bits are wrong is not a status reply at all. */
export function parseEscposStatus(reply: Uint8Array): PrinterStatus {
  if (reply.length < 1) return { ready: false, problems: ['no status reply'], raw: reply };
  const byte = reply[0]!;
  if ((byte & FIXED_MASK) !== FIXED_VALUE) {
    return { ready: false, problems: [`unexpected status reply 0x${byte.toString(16).padStart(2, '0')}`], raw: reply };
  }
  const problems: string[] = [];
  if (byte & OFFLINE) problems.push('offline (cover open, out of paper or error)');
  if (byte & WAITING_FOR_RECOVERY) problems.push('waiting for online recovery');
  return { ready: problems.length === 0, problems, raw: reply };
}
