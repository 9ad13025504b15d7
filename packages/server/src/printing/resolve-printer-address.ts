import { lookup as dnsLookup } from 'node:dns/promises';
import { classifyAddress, isIpAddress } from './address-ranges';
import type { ConfiguredPrinter } from './configured-printers';
import { PrintJobError } from './send-print-job';

/** Resolves a host name to its addresses (node:dns by default; tests may answer themselves). */
export type LookupHost = (host: string) => Promise<readonly string[]>;

export const systemLookup: LookupHost = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * The one IP address to connect to for a configured printer. An IP written in the settings is
 * used as it is (the administrator chose it). A host name is resolved here, once, and the job
 * connects to the address checked, never to the name again, so DNS cannot answer differently
 * between the check and the connection (rebinding). A name that resolves to this machine or its
 * own networks is refused unless the printer says `allowInternalAddress`.
 */
export async function resolvePrinterAddress(printer: ConfiguredPrinter, lookup: LookupHost = systemLookup): Promise<string> {
  if (isIpAddress(printer.host)) return printer.host;
  let addresses: readonly string[];
  try {
    addresses = await lookup(printer.host);
  } catch {
    addresses = [];
  }
  const usable = addresses.filter((a) => {
    const range = classifyAddress(a);
    return range === 'public' || (range === 'internal' && printer.allowInternalAddress);
  });
  if (usable.length > 0) return usable[0]!;
  if (addresses.length === 0) throw new PrintJobError('INKLESS_PRINTER_UNREACHABLE', unreachableMessage(printer));
  throw new PrintJobError('INKLESS_PRINT_PRINTER_NOT_ALLOWED', `printer "${printer.name}" is set up by a host name that leads inside the server's own network, which this server does not print to unless its administrator allows it for this printer`);
}

/**
 * The one message for a printer that could not be reached, whatever the reason (no answer,
 * refused, no route, no such name): a user learns nothing about ports or hosts from it.
 */
export function unreachableMessage(printer: Pick<ConfiguredPrinter, 'name'>): string {
  return `could not reach printer "${printer.name}": it may be off, busy or disconnected`;
}
