import { findProfile } from '@inkless/printers';
import type { AppContext } from '../app-context';
import { ApiError } from '../http/api-error';
import type { ConfiguredPrinter } from './configured-printers';

/** A configured printer as users see it (GET /api/printers): no address. */
export function describePrinter(printer: ConfiguredPrinter): Record<string, unknown> {
  return { id: printer.id, name: printer.name, profile: printer.profile, confirm: printer.confirm };
}

/** The configured printer a request names by id, or a 400 saying how to find the ids. */
export function findPrinter(ctx: Pick<AppContext, 'printers'>, id: string): ConfiguredPrinter {
  const printer = ctx.printers.find((p) => p.id === id);
  if (printer) return printer;
  const known = ctx.printers.length === 0 ? 'this server has no printers set up (its administrator adds them with INKLESS_PRINTERS)' : `GET /api/printers lists the ${ctx.printers.length} it has`;
  throw new ApiError('INKLESS_PRINT_PRINTER_UNKNOWN', `printerId: no printer "${id.slice(0, 64)}" on this server; ${known}`, { path: 'printerId' });
}

/**
 * The profile a job to `printer` uses: the one asked for when it speaks the printer's language
 * (another model of the same kind), else the printer's own. An unknown id is left to the preflight,
 * which suggests close ones.
 */
export function pickProfile(printer: ConfiguredPrinter, requested: string | undefined): string {
  if (requested === undefined) return printer.profile;
  const asked = findProfile(requested);
  const own = findProfile(printer.profile)!;
  if (asked && asked.language !== own.language) {
    throw new ApiError('INKLESS_API_BAD_REQUEST', `profile: ${asked.name} speaks ${asked.language}, but printer "${printer.name}" speaks ${own.language}; leave profile out to use the printer's own (${own.id})`, { path: 'profile' });
  }
  return requested;
}
