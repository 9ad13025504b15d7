import type { PrinterStatus } from '../../job-options';

/** `<ESC>!?`: the immediate status query; works even while the printer is in an error state. */
export const TSPL_STATUS_QUERY = Uint8Array.of(0x1b, 0x21, 0x3f);

/**
 * The bits of the one-byte `<ESC>!?` reply (TSPL2 manual via fintrace TSPLStatusPollCommands):
 * a bit field, so combined states (0x05 = out of paper + head open) read as two problems.
 */
const STATUS_BITS: readonly (readonly [bit: number, problem: string | undefined])[] = [
  [0x01, 'head open'],
  [0x02, 'paper jam'],
  [0x04, 'out of paper'],
  [0x08, 'out of ribbon'],
  [0x10, 'paused'],
  [0x20, undefined], // printing: busy, not a problem
  [0x40, 'unknown status bit 0x40'],
  [0x80, 'printer error'],
];

/** Reads the `<ESC>!?` reply byte into words a user can act on. */
export function parseTsplStatus(reply: Uint8Array): PrinterStatus {
  if (reply.length < 1) return { ready: false, problems: ['no status reply'], raw: reply };
  const byte = reply[0]!;
  const problems: string[] = [];
  for (const [bit, problem] of STATUS_BITS) if (byte & bit && problem) problems.push(problem);
  return { ready: problems.length === 0, problems, raw: reply };
}
