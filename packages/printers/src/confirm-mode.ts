import type { PrinterDriver } from './job-options';
import type { Transport } from './transport';

/**
 * When a label counts as printed. `status`: the printer answered a status query sent behind it (the
 * default wherever the language and the connection can ask). `written`: the bytes were handed to the
 * connection without error; for one-way printers (plain network print servers, some USB bridges)
 * that never answer, so a job can be sent but not confirmed by the printer itself.
 */
export type ConfirmMode = 'status' | 'written';

/** Every confirm mode, for option parsers and schemas. */
export const confirmModes: readonly ConfirmMode[] = ['status', 'written'];

/**
 * How long the first status reply of a job may take. A printer that answers at all answers within a
 * second or two of taking a label, so this much silence on the first one means a printer that never
 * will: the job says so (and suggests `written`) instead of waiting out the usual reply timeout.
 */
export const FIRST_STATUS_TIMEOUT_MS = 10_000;

/** The confirm mode a job runs in, and in plain words why it is `written` when it is. */
export interface ConfirmChoice {
  readonly mode: ConfirmMode;
  /** Empty for `status`; for `written`, e.g. "CPCL has no status query". */
  readonly reason: string;
}

/**
 * Picks how a job confirms its labels, the same way in every host: the mode asked for, else the
 * profile's, else `status`; `status` falls back to `written` where it cannot work (a language
 * without a status query, a one-way connection), and the reason says which.
 * @example resolveConfirmMode({ requested: undefined, profile, driver: drivers.tspl, transport })
 */
export function resolveConfirmMode(input: {
  readonly requested: ConfirmMode | undefined;
  readonly profile: { readonly id: string; readonly confirm?: ConfirmMode };
  readonly driver: Pick<PrinterDriver, 'language' | 'status'>;
  readonly transport: Pick<Transport, 'description' | 'query'>;
}): ConfirmChoice {
  const { requested, profile, driver, transport } = input;
  if (requested === 'written') return { mode: 'written', reason: 'asked for' };
  if (requested === undefined && profile.confirm === 'written') return { mode: 'written', reason: `profile ${profile.id} confirms by written` };
  if (!driver.status) return { mode: 'written', reason: `${driver.language.toUpperCase()} has no status query` };
  if (!transport.query) return { mode: 'written', reason: `the connection to ${transport.description} is one-way` };
  return { mode: 'status', reason: '' };
}
