/** A network printer's address as the printer settings give it: raw TCP (AppSocket/JetDirect). */
export interface PrinterAddress {
  readonly host: string;
  readonly port: number;
  /** `tcp://host:port`, normalised (lower-case host, explicit port, IPv6 in brackets). */
  readonly uri: string;
}

/** Raw TCP printers listen here unless told otherwise. */
export const DEFAULT_PRINTER_PORT = 9100;

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^[0-9a-f:.]{2,45}$/;

/**
 * Reads `tcp://host[:port]`, the only printer address the printer settings accept (users never
 * give one, decision 008): serial, USB, CUPS and files are the server machine's own devices.
 * Returns a reason in words when the text is not such an address.
 */
export function parsePrinterUri(text: string): { ok: true; value: PrinterAddress } | { ok: false; reason: string } {
  const match = /^tcp:\/\/(\[[^\]]*\]|[^:/?#@[\]]*)(?::(\d{1,5}))?\/?$/i.exec(text.trim());
  if (!match) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text.trim())?.[1];
    if (scheme && scheme.toLowerCase() !== 'tcp') return { ok: false, reason: `the server prints only to network printers, tcp://HOST:PORT (not ${scheme}://)` };
    return { ok: false, reason: 'a printer address is tcp://HOST or tcp://HOST:PORT, e.g. tcp://192.0.2.7:9100 (no user, path or query)' };
  }
  const rawHost = match[1]!.toLowerCase();
  const bracketed = rawHost.startsWith('[');
  const host = bracketed ? rawHost.slice(1, -1) : rawHost;
  const hostOk = bracketed ? IPV6.test(host) && host.includes(':') : HOST_NAME.test(host);
  if (!hostOk) return { ok: false, reason: `"${match[1]}" is not a host name or IP address` };
  const port = match[2] === undefined ? DEFAULT_PRINTER_PORT : Number(match[2]);
  if (port < 1 || port > 65535) return { ok: false, reason: `port ${match[2]} is not between 1 and 65535` };
  return { ok: true, value: { host, port, uri: `tcp://${bracketed ? `[${host}]` : host}:${port}` } };
}
