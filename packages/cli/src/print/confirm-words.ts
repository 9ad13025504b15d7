import type { ConfirmMode } from '@inkless/printers';

/**
 * How messages say that labels are done, by confirm mode, so no message calls a label the printer
 * never acknowledged "confirmed printed": `labels up to 7 are ${sayConfirmed(mode)}`.
 */
export function sayConfirmed(mode: ConfirmMode): string {
  return mode === 'status' ? 'confirmed printed' : 'written (not confirmed by the printer)';
}
